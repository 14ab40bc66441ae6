/** Dates in a runner's words, for modules outside the engine: "Sat 12 Dec" (year added when not this year). */
export { dayNumberOf } from "./dates";
export { dateOf, dayInWords } from "./wording";
