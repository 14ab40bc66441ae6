import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { BodyMapHeat } from "@/components/body-map/body-map-heat";
import { SorenessLogForm } from "@/components/body-map/soreness-log-form";
import type { FormState } from "@/lib/validation/form";
import { sorenessFormSchema, sorenessFormValues } from "@/lib/validation/soreness";

// jsdom has no CSS.escape; user-event uses it to walk radio groups with the arrow keys.
globalThis.CSS ??= { escape: (text: string) => text.replace(/[^\w-]/g, "\\$&") } as unknown as typeof CSS;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function setup(initial: Parameters<typeof SorenessLogForm>[0]["initial"] = []) {
  const action = vi.fn<Action>(async () => ({ ok: true, message: "Saved." }));
  const user = userEvent.setup();
  render(<SorenessLogForm action={action} date="2026-11-24" dayLabel="today, Tuesday 24 November" initial={initial} />);
  const submitted = () => {
    const formData = action.mock.calls.at(-1)![1];
    return sorenessFormSchema.parse(sorenessFormValues(formData));
  };
  return { action, user, submitted };
}

const focused = () => document.activeElement as Element;
const nameOf = (el: Element) => el.getAttribute("aria-label") ?? (el as HTMLElement).textContent ?? "";

async function arrowTo(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  for (let i = 0; i < 30 && !name.test(nameOf(focused())); i++) await user.keyboard("{ArrowRight}");
  expect(nameOf(focused())).toMatch(name);
}

async function tabTo(user: ReturnType<typeof userEvent.setup>, element: Element) {
  for (let i = 0; i < 60 && focused() !== element; i++) await user.tab();
  expect(focused()).toBe(element);
}

describe("body map", () => {
  it("after saving a red flag, says it at once in an alert beside the confirmation", async () => {
    const action = vi.fn<Action>(async () => ({ ok: true, message: "Saved 1 spot.", warning: "Sharp pain, or pain above 5/10, is a red flag: see a physiotherapist or doctor before you run on it." }));
    const user = userEvent.setup();
    render(<SorenessLogForm action={action} date="2026-11-24" dayLabel="today, Tuesday 24 November" initial={[{ region: "knees", side: "right", level: 9, sharp: true }]} />);
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save soreness" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Sharp pain, or pain above 5/10, is a red flag: see a physiotherapist or doctor before you run on it.");
    expect(screen.getByRole("status").textContent).toBe("Saved 1 spot.");
  });

  it("is one Tab stop: Tab enters the map, the next Tab leaves it, Shift+Tab comes back to the spot last used", async () => {
    const { user } = setup();
    await user.tab();
    expect(nameOf(focused())).toBe("Right hip, not logged");
    await arrowTo(user, /^Left calf/);
    await user.tab();
    // Past all 22 spots in one key press: the next control is the form's own, not another spot.
    expect(focused().getAttribute("data-spot")).toBeNull();
    expect(focused()).toBe(screen.getByRole("button", { name: "Save soreness" }));
    await user.tab({ shift: true });
    expect(nameOf(focused())).toBe("Left calf, not logged");
    expect(document.querySelectorAll('[data-spot][tabindex="0"]')).toHaveLength(1);
  });

  it("logs three spots with the keyboard only: Tab, arrows, Enter, a level, sharp, and one Save", async () => {
    const { action, user, submitted } = setup();
    await user.tab();
    expect(nameOf(focused())).toBe("Right hip, not logged");

    await arrowTo(user, /^Left calf/);
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Left calf" })).toBeTruthy();
    expect(focused()).toBe(screen.getByRole("radio", { name: "0 none" }));
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "4 moderate" }).checked).toBe(true);
    await user.tab();
    expect(focused()).toBe(screen.getByRole("checkbox", { name: "Sharp or stabbing (not a dull ache)" }));
    await user.keyboard(" ");
    await user.keyboard("{Escape}");
    expect(nameOf(focused())).toBe("Left calf, sore 4 of 10 (moderate), sharp or stabbing");

    await arrowTo(user, /^Right Achilles/);
    await user.keyboard("{Enter}");
    await user.keyboard("2");
    await user.keyboard("{Enter}");
    expect(nameOf(focused())).toBe("Right Achilles, sore 2 of 10 (mild)");

    await arrowTo(user, /^Left quadriceps/);
    await user.keyboard(" ");
    await user.keyboard("7{Enter}");
    expect(nameOf(focused())).toBe("Left quadriceps, sore 7 of 10 (very sore)");

    await tabTo(user, screen.getByRole("button", { name: "Save soreness" }));
    await user.keyboard("{Enter}");
    expect(action).toHaveBeenCalledTimes(1);
    expect(submitted()).toEqual({
      date: "2026-11-24",
      spots: [
        { region: "calves", side: "left", level: 4, sharp: true },
        { region: "achilles", side: "right", level: 2, sharp: false },
        { region: "quadriceps", side: "left", level: 7, sharp: false },
      ],
    });
    expect(await screen.findByText("Saved.")).toBeTruthy();
  }, 20_000);

  it("names every region and side for screen readers, front and back", () => {
    setup();
    const names = screen.getAllByRole("button").map(nameOf).filter((n) => n.endsWith("not logged"));
    expect(names).toHaveLength(22);
    for (const spot of ["calf", "shin", "Achilles", "sole of the foot", "hamstring", "quadriceps", "knee", "IT band", "hip", "glute"]) {
      expect(names).toContain(`Left ${spot}, not logged`);
      expect(names).toContain(`Right ${spot}, not logged`);
    }
    expect(names).toContain("Lower back, left side, not logged");
    expect(screen.getByRole("group", { name: "Body map, front" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Body map, back" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Colour key" }).textContent).toContain("3–4 moderate");
  });

  it("starts from the day's saved entries; a spot logged for both sides shows on both", () => {
    setup([
      { region: "knees", side: "right", level: 6, sharp: false },
      { region: "glutes", side: "both", level: 3, sharp: false },
    ]);
    expect(screen.getByRole("button", { name: "Right knee, sore 6 of 10 (quite sore)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Left glute, sore 3 of 10 (moderate) (logged for both sides)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Right glute, sore 3 of 10 (moderate) (logged for both sides)" })).toBeTruthy();
  });

  it("moves a spot to both sides, and clears a saved spot so that Save removes it", async () => {
    const { user, submitted } = setup([{ region: "hamstrings", side: "right", level: 5, sharp: true }]);
    await user.click(screen.getByRole("button", { name: "Left calf, not logged" }));
    await user.click(screen.getByRole("radio", { name: "3 moderate" }));
    await user.click(screen.getByRole("radio", { name: "Both sides" }));
    expect(screen.getByRole("heading", { name: "Both calves" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Done" }));

    await user.click(screen.getByRole("button", { name: /^Right hamstring, sore 5/ }));
    await user.click(screen.getByRole("button", { name: "Clear this spot" }));
    expect(screen.getByRole("button", { name: "Right hamstring, not logged" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Save soreness" }));
    expect(submitted().spots).toEqual([{ region: "calves", side: "both", level: 3, sharp: false }]);
  });

  // Many clicks through the map and its panel: jsdom needs more than vitest's default 5 s on a busy machine.
  it("lists under 'To be saved' only what Save would change; once saved, a spot leaves the list at once", { timeout: 30_000 }, async () => {
    const action = vi.fn<Action>(async () => ({ ok: true, message: "Saved 1 spot." }));
    const user = userEvent.setup();
    const saved = [{ region: "knees" as const, side: "right" as const, level: 6, sharp: false }];
    const { rerender } = render(<SorenessLogForm action={action} date="2026-11-24" dayLabel="today" initial={saved} />);
    // What is saved is on the map, not in the "to be saved" list.
    expect(screen.queryByRole("list", { name: "To be saved for today" })).toBeNull();
    expect(screen.getByText("Nothing new to save: the map shows what is saved for today.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Left calf, not logged" }));
    await user.click(screen.getByRole("radio", { name: "4 moderate" }));
    await user.click(screen.getByRole("button", { name: "Done" }));
    await user.click(screen.getByRole("button", { name: /^Right knee, sore 6/ }));
    await user.click(screen.getByRole("button", { name: "Clear this spot" }));
    const pending = screen.getByRole("list", { name: "To be saved for today" });
    expect(within(pending).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Left calf: sore 4 of 10 (moderate)",
      "Right knee: cleared (removed when you save)",
    ]);

    // The page comes back with the saved day (revalidated after the action): nothing is left to save.
    await user.click(screen.getByRole("button", { name: "Save soreness" }));
    rerender(<SorenessLogForm action={action} date="2026-11-24" dayLabel="today" initial={[{ region: "calves", side: "left", level: 4, sharp: false }]} />);
    expect(screen.queryByRole("list", { name: "To be saved for today" })).toBeNull();
    expect(screen.getByRole("button", { name: "Left calf, sore 4 of 10 (moderate)" })).toBeTruthy();
  });

  it("offers the same choices as a list, kept in step with the map", async () => {
    const { user, submitted } = setup();
    const toggle = screen.getByRole("button", { name: "Use a list instead" });
    expect(screen.queryByRole("table")).toBeNull(); // hidden until asked for
    await user.click(toggle);
    const table = screen.getByRole("table");
    await user.selectOptions(within(table).getByRole("combobox", { name: "Left shin: how sore" }), "5");
    await user.click(within(table).getByRole("checkbox", { name: "Left shin: sharp or stabbing" }));
    await user.selectOptions(within(table).getByRole("combobox", { name: "Lower back (both sides): how sore" }), "2");
    expect(screen.getByRole("button", { name: "Left shin, sore 5 of 10 (quite sore), sharp or stabbing" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Right knee, not logged" }));
    await user.keyboard("8");
    expect(within(table).getByRole<HTMLSelectElement>("combobox", { name: "Right knee: how sore" }).value).toBe("8");

    await user.click(screen.getByRole("button", { name: "Save soreness" }));
    expect(submitted().spots).toEqual([
      { region: "shins", side: "left", level: 5, sharp: true },
      { region: "knees", side: "right", level: 8, sharp: false },
      { region: "lower-back", side: "both", level: 2, sharp: false },
    ]);
  });

  it("works without JavaScript: the server-rendered form shows the list with named fields and a submit button", () => {
    const html = renderToString(
      <SorenessLogForm action={vi.fn<Action>()} date="2026-11-24" dayLabel="today" initial={[{ region: "feet", side: "left", level: 3, sharp: true }]} />,
    );
    const doc = new DOMParser().parseFromString(html, "text/html");
    const level = doc.querySelector<HTMLSelectElement>('select[name="level.feet.left"]')!;
    expect(level.closest("[hidden]")).toBeNull();
    expect(level.querySelector("option[selected]")?.getAttribute("value")).toBe("3");
    expect(doc.querySelector<HTMLInputElement>('input[name="sharp.feet.left"]')!.hasAttribute("checked")).toBe(true);
    expect(doc.querySelectorAll('select[name^="level."]')).toHaveLength(33);
    expect(doc.querySelector('input[type="hidden"][name="date"]')!.getAttribute("value")).toBe("2026-11-24");
    expect(doc.querySelectorAll('button[type="submit"]').length).toBeGreaterThan(0);
  });
});

describe("read-only heat map", () => {
  it("shows levels by colour, number and words, with nothing to press", () => {
    render(
      <BodyMapHeat
        entries={[
          { region: "calves", side: "left", level: 4 },
          { region: "it-band", side: "right", level: 7, sharp: true },
        ]}
      />,
    );
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByRole("figure", { name: "Soreness on the body map" })).toBeTruthy();
    expect(screen.getByText("Right IT band: sore 7 of 10 (very sore), sharp or stabbing")).toBeTruthy();
    expect(screen.getByText("Left calf: sore 4 of 10 (moderate)")).toBeTruthy();
    expect(screen.getByText("7!")).toBeTruthy();
  });
});
