import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignUpForm } from "@/components/auth/sign-up-form";
import type { FormState } from "@/lib/validation/form";

describe("sign-in form", () => {
  it("labels every input and announces the action's message", async () => {
    const action = vi.fn(async (_: FormState, fd: FormData): Promise<FormState> => ({
      message: "Email or password is incorrect.",
      values: { email: String(fd.get("email")) },
    }));
    render(<SignInForm action={action} />);
    await userEvent.type(screen.getByLabelText("Email"), "runner@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "wrong password");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const status = await screen.findByRole("status");
    await waitFor(() => expect(status).toHaveProperty("textContent", "Email or password is incorrect."));
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]![1];
    expect(sent.get("email")).toBe("runner@example.com");
    expect(sent.get("password")).toBe("wrong password");
    // The email stays filled in; the password does not come back.
    expect(screen.getByLabelText<HTMLInputElement>("Email").value).toBe("runner@example.com");
  });

  it("keeps the page to return to after sign-in", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({}));
    render(<SignInForm action={action} next="/settings" />);
    await userEvent.type(screen.getByLabelText("Email"), "a@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "x");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(action).toHaveBeenCalled());
    expect((action.mock.calls[0] as unknown as [FormState, FormData])[1].get("next")).toBe("/settings");
  });
});

describe("sign-up form", () => {
  it("shows each field's error next to it and marks the input invalid", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({
      fieldErrors: { password: ["Use at least 8 characters."], email: ["Enter a valid email address, like name@example.com."] },
      values: { email: "nope" },
    }));
    render(<SignUpForm action={action} />);
    await userEvent.type(screen.getByLabelText("Email"), "nope");
    await userEvent.type(screen.getByLabelText("Password"), "short");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    const password = await screen.findByLabelText("Password");
    await waitFor(() => expect(password.getAttribute("aria-invalid")).toBe("true"));
    expect(password.getAttribute("aria-describedby")).toContain("field-password-error");
    expect(screen.getByText("Use at least 8 characters.")).toBeTruthy();
    expect(screen.getByText("Enter a valid email address, like name@example.com.")).toBeTruthy();
  });

  it("sends the browser's time zone with the sign-up", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({}));
    render(<SignUpForm action={action} />);
    await userEvent.type(screen.getByLabelText("Email"), "new@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "a long passphrase");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(action).toHaveBeenCalled());
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(sent.get("timeZone")).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
