"use client";

import { useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { searchTimeZones, type TimeZoneOption } from "@/lib/format/time-zone-search";

const noSubscription = () => () => {};
/** This device's time zone (null while server-rendered). */
const useDeviceZone = () =>
  useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );

/**
 * A searchable time-zone choice: type a city, a country, a zone's name or an offset ("Seoul",
 * "Korea", "New York", "GMT+9") and the list below shows only the zones that match, each with its
 * friendly name and current offset. The list is a plain <select name=…>, so the form also works
 * without JavaScript (then it shows every zone). `aliases` maps older names to the listed ones, so
 * a saved "Asia/Calcutta" or this device's legacy name selects "Asia/Kolkata".
 */
export function TimeZonePicker({
  id,
  name,
  options,
  aliases,
  defaultValue,
  preferDeviceZone = false,
  "aria-invalid": ariaInvalid,
  "aria-describedby": describedBy,
}: {
  /** The <select>'s id (the Field's label points at it). */
  id: string;
  name: string;
  options: readonly TimeZoneOption[];
  /** Older or linked IANA names → the option id that stands for them. */
  aliases: Readonly<Record<string, string>>;
  /** The saved zone (any IANA name). */
  defaultValue: string;
  /** Start from this device's zone instead of the saved one (first-run profile). */
  preferDeviceZone?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}) {
  const ids = useId();
  const deviceZoneRaw = useDeviceZone();
  const toOption = (zone: string) => aliases[zone] ?? zone;
  const deviceZone = deviceZoneRaw ? toOption(deviceZoneRaw) : null;
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const saved = toOption(defaultValue);
  const value = chosen ?? (preferDeviceZone && deviceZone && options.some((o) => o.id === deviceZone) ? deviceZone : saved);
  // A saved zone missing from the table stays choosable, first.
  const all = useMemo(
    () => (options.some((o) => o.id === saved) ? options : [{ id: saved, label: saved.replaceAll("_", " "), offsetMinutes: 0, words: saved.toLowerCase() }, ...options]),
    [options, saved],
  );
  const matches = useMemo(() => searchTimeZones(all, query), [all, query]);
  const current = all.find((o) => o.id === value);
  // The chosen zone stays in the list while searching, so the form never posts a zone not shown.
  const shown = matches.some((o) => o.id === value) || !current ? matches : [current, ...matches];

  const onSearch = (text: string) => {
    setQuery(text);
    const found = searchTimeZones(all, text);
    // Typing picks the best match, as a search box should; the list shows the others to choose from.
    if (text.trim() && found.length > 0 && !found.some((o) => o.id === value)) setChosen(found[0]!.id);
  };

  return (
    <div className="tz-picker">
      <label htmlFor={`${ids}-search`} className="tz-search-label">
        Search by city, country or offset <span className="hint">(like Seoul, Korea or GMT+9)</span>
      </label>
      <input
        id={`${ids}-search`}
        type="search"
        value={query}
        onChange={(e) => onSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault(); // Enter in the search box does not submit the form.
          if (e.key === "ArrowDown") {
            e.preventDefault();
            selectRef.current?.focus();
          }
        }}
        autoComplete="off"
        aria-controls={id}
        aria-describedby={`${ids}-count`}
      />
      <p id={`${ids}-count`} className="hint" aria-live="polite" style={{ margin: "0.25rem 0" }}>
        {query.trim()
          ? matches.length === 0
            ? `No time zone matches “${query.trim()}”.`
            : `${matches.length} time zone${matches.length === 1 ? "" : "s"} match${matches.length === 1 ? "es" : ""}. Chosen: ${current?.label ?? value}.`
          : current
            ? `Chosen: ${current.label}.`
            : null}
      </p>
      <select
        ref={selectRef}
        id={id}
        name={name}
        value={value}
        size={Math.min(6, Math.max(2, shown.length))}
        onChange={(e) => setChosen(e.target.value)}
        aria-invalid={ariaInvalid}
        aria-describedby={describedBy}
        className="tz-list"
      >
        {shown.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {deviceZone && deviceZone !== value && all.some((o) => o.id === deviceZone) ? (
        <button type="button" className="secondary tz-device" onClick={() => setChosen(deviceZone)}>
          Use this device’s time zone ({all.find((o) => o.id === deviceZone)!.label})
        </button>
      ) : null}
    </div>
  );
}
