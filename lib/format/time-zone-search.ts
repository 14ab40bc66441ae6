// Searching the time-zone picker's options: pure, shared by the client picker and its tests.

/** One choice in the time-zone picker (built on the server by lib/time-zones.ts). */
export interface TimeZoneOption {
  /** The IANA name saved in the profile: "Asia/Seoul". */
  id: string;
  /** What the list shows: "GMT+09:00 · Seoul, Busan — Korean Time (South Korea)". */
  label: string;
  /** Offset from UTC now, in minutes (+540 for Seoul), from Intl. */
  offsetMinutes: number;
  /** Lower-case words the search matches: id, aliases, country, cities, zone name, abbreviation. */
  words: string;
}

/** "+09:00", "-03:30", "±00:00" for an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * A query that names an offset → minutes: "GMT+9", "UTC+09:00", "utc-3:30", "+5.5", "GMT" (0);
 * null when the query is not an offset. Range: −14 h … +14 h.
 */
export function offsetQueryMinutes(query: string): number | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, "");
  if (q === "gmt" || q === "utc" || q === "z") return 0;
  const match = /^(?:gmt|utc)?([+\-−])(\d{1,2})(?:[:.h]?(\d{1,2}))?$/.exec(q);
  if (!match) return null;
  const hours = Number(match[2]);
  let minutes = match[3] === undefined ? 0 : Number(match[3]);
  // "+5.5" means 5 h 30; "+5:30" means 5 h 30 too.
  if (q.includes(".") && match[3] !== undefined) minutes = Math.round(Number(`0.${match[3]}`) * 60);
  if (hours > 14 || minutes >= 60) return null;
  const total = hours * 60 + minutes;
  return match[1] === "+" ? total : -total;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** The words of an option, for matching (accents folded, "_" and "/" as spaces). */
export function searchWords(parts: readonly string[]): string {
  return fold(parts.join(" ").replace(/[_/]/g, " "));
}

/**
 * The options that match what the runner typed: an offset ("GMT+9") matches zones at that offset
 * now; words ("new york", "korea", "seoul") match when every word is found. Empty query: all.
 * Order kept (the list is sorted by offset, then name).
 */
export function searchTimeZones<T extends Pick<TimeZoneOption, "offsetMinutes" | "words">>(options: readonly T[], query: string): T[] {
  const offset = offsetQueryMinutes(query);
  if (offset !== null) return options.filter((o) => o.offsetMinutes === offset);
  const terms = fold(query).replace(/[_/,]/g, " ").split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...options];
  return options.filter((o) => terms.every((t) => o.words.includes(t)));
}
