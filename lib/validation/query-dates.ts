import { EARLIEST_YEAR, LATEST_YEAR } from "../rules/dates";

/**
 * The first query parameter that names a day or a month (`YYYY-MM-DD`, `YYYY-MM`) in a year the
 * app does not keep (outside EARLIEST_YEAR–LATEST_YEAR, 1900–2100), as "name=value", or null. Pages use
 * it (through proxy.ts) to refuse `/runs?from=0000-01-01` or `/calendar?date=9999-12-31` with a
 * 400 and the reason, as the JSON API refuses the same query: a page cannot set its own status.
 */
export function farOffDateInQuery(searchParams: URLSearchParams): string | null {
  for (const [name, value] of searchParams) {
    const match = /^\s*(\d{4,})-\d{1,2}(?:-\d{1,2})?\s*$/.exec(value);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) return `${name}=${value.trim()}`;
  }
  return null;
}
