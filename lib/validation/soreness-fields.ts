import type { Region, Side } from "@/lib/rules";

// The soreness forms' field names, apart from the zod schemas so client components can use them
// without shipping zod to the browser.

/** Form field names for one spot: "level.calves.left" (0–10, empty = not logged) and "sharp.calves.left". */
export const levelFieldName = (region: Region, side: Side) => `level.${region}.${side}`;
export const sharpFieldName = (region: Region, side: Side) => `sharp.${region}.${side}`;

/** Hooper 1995: four daily ratings, 1 (very, very good / low) to 7 (very, very bad / high). */
export const WELLNESS_ITEMS = ["sleep", "stress", "fatigue", "soreness"] as const;
export type WellnessItem = (typeof WELLNESS_ITEMS)[number];
