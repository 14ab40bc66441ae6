import { z } from "zod";
import { isIsoDate } from "../rules/dates";

export const CALENDAR_VIEWS = ["month", "week"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { message: "Use a real date written YYYY-MM-DD." });

/**
 * The calendar page's query: ?view=month|week&date=YYYY-MM-DD. Anything else is dropped (the
 * page falls back to this month), so a bad link never breaks the page.
 */
export const calendarQuerySchema = z.object({
  view: z.enum(CALENDAR_VIEWS).catch("month").default("month"),
  date: isoDate.optional().catch(undefined),
});
export type CalendarQuery = z.output<typeof calendarQuerySchema>;

/** Whether the query asked for something we could not show (to tell the runner). */
export function calendarQueryWasBad(raw: Record<string, string | string[] | undefined>): boolean {
  const view = raw.view;
  const date = raw.date;
  const badView = view !== undefined && (typeof view !== "string" || !(CALENDAR_VIEWS as readonly string[]).includes(view));
  const badDate = date !== undefined && (typeof date !== "string" || !isIsoDate(date.trim()));
  return badView || badDate;
}

/** GET /api/v1/plan?date=YYYY-MM-DD (default: the runner's local today). */
export const planQuerySchema = z.object({ date: isoDate.optional() }).strict();

/** GET /api/v1/calendar.ics?from=YYYY-MM-DD (default today): eight weeks from that day. */
export const calendarDownloadQuerySchema = z.object({ from: isoDate.optional() }).strict();
