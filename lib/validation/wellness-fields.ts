// The check-in form's field names, apart from the zod schema so client components can use them
// without shipping zod to the browser. Add a question here and in checkInShape (wellness.ts).

export const CHECK_IN_NUMBERS = ["restingHrBpm", "hrvRmssdMs", "sleepHours"] as const;
/** Hooper 1995: four ratings, 1 (very, very good / low) to 7 (very, very bad / high). */
export const CHECK_IN_RATINGS = ["sleep", "stress", "fatigue", "soreness"] as const;
export const CHECK_IN_FIELDS = ["date", ...CHECK_IN_NUMBERS, ...CHECK_IN_RATINGS] as const;
export type CheckInNumber = (typeof CHECK_IN_NUMBERS)[number];
export type CheckInRating = (typeof CHECK_IN_RATINGS)[number];
