import rawTimeZones from "@vvo/tzdb/raw-time-zones.json" with { type: "json" };
import { formatOffset, searchWords, type TimeZoneOption } from "@/lib/format/time-zone-search";

interface RawTimeZone {
  name: string;
  alternativeName: string;
  group: string[];
  countryName: string;
  countryCode: string;
  mainCities: string[];
  abbreviation: string;
}

// @vvo/tzdb: every current IANA zone with its country, main cities, a friendly name ("Korean
// Time") and the older names linked to it (group: Asia/Kolkata ← Asia/Calcutta). It is plain JSON
// in the npm package: nothing is fetched at run time. Offsets come from Intl, for "now".
const ZONES = rawTimeZones as RawTimeZone[];

const CANONICAL = new Map<string, string>();
for (const zone of ZONES) for (const alias of zone.group) CANONICAL.set(alias, zone.name);
for (const utc of ["UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu", "UCT", "Etc/UCT"]) CANONICAL.set(utc, "UTC");

/**
 * The current name of a time zone: legacy and linked names map to the zone people know today
 * ("Asia/Calcutta" → "Asia/Kolkata", "US/Eastern" → "America/New_York", "Etc/UTC" → "UTC");
 * a name not in the table is returned as it is.
 */
export function canonicalTimeZone(zone: string): string {
  return CANONICAL.get(zone) ?? zone;
}

/** The UTC offset of a zone at `now`, in minutes, from Intl ("GMT+09:00" → 540). */
export function offsetMinutesAt(zone: string, now: Date): number {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(now)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * The time-zone picker's options at `now`: every zone this runtime's Intl knows from the tzdb
 * table, plus UTC, each with a friendly label and its current offset; sorted by offset, then label.
 */
export function timeZoneOptions(now: Date): TimeZoneOption[] {
  const options: TimeZoneOption[] = [{ id: "UTC", label: "GMT+00:00 · UTC, Coordinated Universal Time", offsetMinutes: 0, words: searchWords(["UTC GMT Coordinated Universal Time Etc/UTC Zulu"]) }];
  for (const zone of ZONES) {
    let offsetMinutes: number;
    try {
      offsetMinutes = offsetMinutesAt(zone.name, now);
    } catch {
      continue; // A zone newer than this runtime's ICU data.
    }
    const cities = zone.mainCities.filter(Boolean).slice(0, 3).join(", ");
    const place = zone.countryName ? ` (${zone.countryName})` : "";
    options.push({
      id: zone.name,
      label: `GMT${formatOffset(offsetMinutes)} · ${cities || zone.name.replaceAll("_", " ")} — ${zone.alternativeName}${place}`,
      offsetMinutes,
      words: searchWords([zone.name, ...zone.group, zone.alternativeName, zone.countryName, zone.countryCode, zone.abbreviation, ...zone.mainCities]),
    });
  }
  return options.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label));
}

/** Every older or linked name → the listed zone that stands for it (for the picker's preselection). */
export function timeZoneAliases(): Record<string, string> {
  return Object.fromEntries([...CANONICAL].filter(([alias, zone]) => alias !== zone));
}

/** What the settings form's time-zone picker needs, computed at `now`. */
export function timeZoneChoices(now: Date): { options: TimeZoneOption[]; aliases: Record<string, string> } {
  return { options: timeZoneOptions(now), aliases: timeZoneAliases() };
}
