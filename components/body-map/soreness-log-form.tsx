"use client";

import { useActionState, useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Region, Side } from "@/lib/rules";
import type { FormState } from "@/lib/validation/form";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./body-map.module.css";
import { ALL_SPOTS, BodyFigure, HitArea, ShapeElement, SpotNumber, type BodySide, type SpotShape, type ViewName } from "./figure";
import { HeatLegend } from "./heat-legend";
import { SorenessList, type SpotValues } from "./soreness-list";
import { levelShownAt, unsavedChanges, type SpotLevel } from "./spot-levels";
import { heatBand, LEVEL_WORDS, levelPhrase, spotKey, spotLabel } from "./words";

const noSubscription = () => () => {};
/** false while server-rendered and before hydration (the list then carries the form), true after. */
const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

const valuesOf = (entries: readonly SpotLevel[]): SpotValues =>
  Object.fromEntries(entries.map((e) => [spotKey(e.region, e.side), { level: e.level, sharp: e.sharp ?? false }]));

const loggedOf = (values: SpotValues): SpotLevel[] =>
  Object.entries(values).flatMap(([key, v]) => {
    if (v.level === null) return [];
    const [region, side] = key.split(".") as [Region, Side];
    return [{ region, side, level: v.level, sharp: v.sharp }];
  });

/**
 * Log soreness for one day: tap (or Tab/arrow to) a spot on the body map, choose 0–10 and
 * whether it is sharp, repeat, then one Save for all. The list below the map holds the form's
 * fields, so it also works without JavaScript. What the form shows is the whole day: a spot
 * cleared here is removed when saved.
 */
export function SorenessLogForm({
  action,
  date,
  dayLabel,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The day logged, YYYY-MM-DD. */
  date: string;
  /** "today, Tuesday 24 November". */
  dayLabel: string;
  /** What is already logged for that day. */
  initial: readonly SpotLevel[];
}) {
  const [state, formAction] = useActionState(action, {});
  const hydrated = useHydrated();
  const [values, setValues] = useState<SpotValues>(() => valuesOf(initial));
  // When the saved day changes under us (saved here, edited below, another day chosen), start from it.
  const signature = `${date}|${initial.map((e) => `${e.region}.${e.side}:${e.level}${e.sharp ? "!" : ""}`).join(",")}`;
  const [seenSignature, setSeenSignature] = useState(signature);
  if (seenSignature !== signature) {
    setSeenSignature(signature);
    setValues(valuesOf(initial));
  }
  const [selected, setSelected] = useState<{ region: Region; side: Side; from: BodySide } | null>(null);
  const [listShown, setListShown] = useState(false);
  // One Tab stop for the whole map (roving tabindex): the spot last focused, the first one at the start.
  const [activeSpot, setActiveSpot] = useState(() => spotKey(ALL_SPOTS[0]!.region, ALL_SPOTS[0]!.side));
  const mapRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const ids = useId();
  const panelId = `${ids}-panel`;
  const listId = `${ids}-list`;

  const logged = loggedOf(values);
  // Only what Save would change: a saved spot leaves this list as soon as the saved day comes back.
  const pending = unsavedChanges(values, valuesOf(initial));
  const setSpot = (region: Region, side: Side, next: { level: number | null; sharp: boolean }) =>
    setValues((current) => ({ ...current, [spotKey(region, side)]: next }));

  const spotButton = (region: Region, side: BodySide) =>
    mapRef.current?.querySelector<SVGGElement>(`[data-spot="${spotKey(region, side)}"]`) ?? null;

  const open = (spot: SpotShape) => {
    // The panel (keyed by the spot) mounts and puts focus on its level choice.
    setSelected({ region: spot.region, side: spot.side, from: spot.side });
  };

  const close = () => {
    if (!selected) return;
    const back = spotButton(selected.region, selected.from);
    setSelected(null);
    back?.focus();
  };

  const onSpotKeyDown = (event: KeyboardEvent<SVGGElement>, spot: SpotShape) => {
    const index = ALL_SPOTS.findIndex((s) => s.region === spot.region && s.side === spot.side);
    let next: number | null = null;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open(spot);
      return;
    }
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = (index + 1) % ALL_SPOTS.length;
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = (index - 1 + ALL_SPOTS.length) % ALL_SPOTS.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = ALL_SPOTS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = ALL_SPOTS[next]!;
    spotButton(target.region, target.side)?.focus();
  };

  const renderSpot = (spot: SpotShape) => {
    const shown = levelShownAt(logged, spot.region, spot.side);
    const isSelected = selected?.region === spot.region && (selected.from === spot.side || selected.side === "both");
    const name = spotLabel(spot.region, spot.side);
    const label = shown
      ? `${name}, ${levelPhrase(shown.level, shown.sharp)}${shown.fromBoth ? " (logged for both sides)" : ""}`
      : `${name}, not logged`;
    return (
      <g
        key={spotKey(spot.region, spot.side)}
        data-spot={spotKey(spot.region, spot.side)}
        className={styles.control}
        role="button"
        tabIndex={spotKey(spot.region, spot.side) === activeSpot ? 0 : -1}
        onFocus={() => setActiveSpot(spotKey(spot.region, spot.side))}
        aria-label={label}
        aria-expanded={hydrated ? isSelected : undefined}
        aria-controls={isSelected ? panelId : undefined}
        onClick={() => open(spot)}
        onKeyDown={(e) => onSpotKeyDown(e, spot)}
      >
        <HitArea spot={spot} />
        <ShapeElement shape={spot.shape} band={shown ? heatBand(shown.level) : undefined} />
        {shown ? <SpotNumber spot={spot} level={shown.level} sharp={shown.sharp} /> : null}
      </g>
    );
  };

  return (
    <form action={formAction} noValidate aria-label={`Log soreness for ${dayLabel}`}>
      <input type="hidden" name="date" value={date} />
      <FormMessage message={state.message ?? errorSummary(state)} ok={state.ok} />
      {state.warning ? (
        <p className="form-message error" role="alert">
          {state.warning}
        </p>
      ) : null}
      <div className={styles.logger}>
        <div>
          <p className="hint" id={`${ids}-hint`}>
            Choose a sore area. Tab into the map, then the arrow keys move between areas; Enter or Space chooses one.
          </p>
          <div className={styles.maps} ref={mapRef}>
            {(["front", "back"] as ViewName[]).map((view) => (
              <div className={styles.view} key={view}>
                <span className={styles.viewTitle} aria-hidden="true">
                  {view === "front" ? "Front" : "Back"}
                </span>
                <BodyFigure view={view} role="group" label={`Body map, ${view}`} renderSpot={renderSpot} />
              </div>
            ))}
          </div>
          <HeatLegend />
        </div>
        <div>
          {selected ? (
            <SpotPanel
              key={`${selected.region}.${selected.from}`}
              panelRef={panelRef}
              id={panelId}
              region={selected.region}
              side={selected.side}
              value={values[spotKey(selected.region, selected.side)] ?? { level: null, sharp: false }}
              onChange={(next) => setSpot(selected.region, selected.side, next)}
              onSide={(side) => {
                // Moving what was chosen to another side: "it is both calves, not just the left".
                const current = values[spotKey(selected.region, selected.side)];
                if (current && current.level !== null) {
                  setValues((v) => ({ ...v, [spotKey(selected.region, selected.side)]: { level: null, sharp: false }, [spotKey(selected.region, side)]: current }));
                }
                setSelected({ ...selected, side });
              }}
              onDone={close}
              onClear={() => {
                setSpot(selected.region, selected.side, { level: null, sharp: false });
                close();
              }}
            />
          ) : (
            <p className="muted">{hydrated ? "Nothing chosen yet: choose an area on the map." : "Use the list below to log soreness."}</p>
          )}
          <h3 className="visually-hidden">To be saved</h3>
          {pending.length ? (
            <ul className={styles.summary} aria-label={`To be saved for ${dayLabel}`}>
              {pending.map((s) => (
                <li key={spotKey(s.region, s.side)}>
                  {spotLabel(s.region, s.side)}: {s.level === null ? "cleared (removed when you save)" : levelPhrase(s.level, s.sharp)}
                </li>
              ))}
            </ul>
          ) : hydrated && initial.length ? (
            <p className="muted small">Nothing new to save: the map shows what is saved for {dayLabel}.</p>
          ) : null}
          <div className="actions" style={{ marginTop: "0.75rem" }}>
            <SubmitButton pendingText="Saving…">Save soreness</SubmitButton>
            {hydrated ? (
              <button type="button" className="secondary" aria-expanded={listShown} aria-controls={listId} onClick={() => setListShown((s) => !s)}>
                {listShown ? "Hide the list" : "Use a list instead"}
              </button>
            ) : null}
          </div>
        </div>
      </div>
      <div id={listId} hidden={hydrated && !listShown} style={{ marginTop: "1rem" }}>
        <SorenessList values={values} onChange={setSpot} />
        {!hydrated ? (
          <div className="actions" style={{ marginTop: "0.75rem" }}>
            <button type="submit">Save soreness</button>
          </div>
        ) : null}
      </div>
    </form>
  );
}

function errorSummary(state: FormState): string | undefined {
  const errors = state.fieldErrors;
  if (!errors) return undefined;
  return Object.values(errors).flat().join(" ");
}

function SpotPanel({
  panelRef,
  id,
  region,
  side,
  value,
  onChange,
  onSide,
  onDone,
  onClear,
}: {
  panelRef: React.RefObject<HTMLElement | null>;
  id: string;
  region: Region;
  side: Side;
  value: { level: number | null; sharp: boolean };
  onChange: (next: { level: number | null; sharp: boolean }) => void;
  onSide: (side: Side) => void;
  onDone: () => void;
  onClear: () => void;
}) {
  const headingId = `${id}-title`;
  useEffect(() => {
    // Focus on the level choice: the chosen level, or 0.
    const panel = panelRef.current;
    (panel?.querySelector<HTMLInputElement>('input[name="spot-level"]:checked') ?? panel?.querySelector<HTMLInputElement>('input[name="spot-level"]'))?.focus();
  }, [panelRef]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === "Escape") {
      event.preventDefault();
      onDone();
    } else if (event.key === "Enter" && target instanceof HTMLInputElement) {
      // Enter on a choice confirms the spot (instead of submitting the whole form).
      event.preventDefault();
      onDone();
    } else if (/^[0-9]$/.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey && target instanceof HTMLInputElement) {
      // Typing a digit picks that level.
      event.preventDefault();
      onChange({ level: Number(event.key), sharp: value.sharp });
      panelRef.current?.querySelector<HTMLInputElement>(`input[name="spot-level"][value="${event.key}"]`)?.focus();
    }
  };
  return (
    <section ref={panelRef} id={id} className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h3 id={headingId}>{spotLabel(region, side)}</h3>
      <fieldset>
        <legend>How sore? 0 none – 10 worst imaginable</legend>
        <div className={styles.levels}>
          {LEVEL_WORDS.map((word, level) => (
            <label key={level} className={styles.choice}>
              <input type="radio" name="spot-level" value={level} checked={value.level === level} onChange={() => onChange({ level, sharp: value.sharp })} />
              {level} {word}
            </label>
          ))}
        </div>
      </fieldset>
      <label className={styles.choice} style={{ marginBottom: "0.75rem" }}>
        <input type="checkbox" name="spot-sharp" checked={value.sharp} onChange={(e) => onChange({ level: value.level, sharp: e.target.checked })} />
        Sharp or stabbing (not a dull ache)
      </label>
      <fieldset>
        <legend>Side</legend>
        <div className={styles.sides}>
          {(["left", "right", "both"] as const).map((s) => (
            <label key={s} className={styles.choice}>
              <input type="radio" name="spot-side" value={s} checked={side === s} onChange={() => onSide(s)} />
              {s === "both" ? "Both sides" : s === "left" ? "Left" : "Right"}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="button" onClick={onDone}>
          Done
        </button>
        <button type="button" className="secondary" onClick={onClear}>
          Clear this spot
        </button>
      </div>
    </section>
  );
}
