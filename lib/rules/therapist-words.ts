/**
 * The plan speaks to the runner ("your right knee"); the therapist's page speaks about them.
 * Red flags are reworded here, keeping every number and date of the plan's own sentences.
 */
import type { ISODate, Suggestion } from "./types";
import { dayNumberOf } from "./dates";
import { dateOf } from "./wording";

const ADVICE = ": see a physiotherapist or doctor";

const aboutTheRunner = (text: string) =>
  text
    .replace(/^You /, "The runner ")
    .replace(/\bYou\b/g, "The runner")
    .replace(/\byou\b/g, "they")
    .replace(/\bYour\b/g, "Their")
    .replace(/\byour\b/g, "their");

export interface RedFlagForTherapist {
  /** "On 2026-11-29 the runner was advised to see a physiotherapist or doctor: sharp pain in their right knee." */
  headline: string;
  /** The plan's reasons, about the runner, with their numbers and dates. */
  because: string[];
}

/** A see-professional suggestion of the plan made on `today`, in words for the therapist. Pure. */
export function redFlagForTherapist(suggestion: Suggestion, today: ISODate): RedFlagForTherapist {
  const cut = suggestion.title.indexOf(ADVICE);
  const what = aboutTheRunner(cut >= 0 ? suggestion.title.slice(0, cut) : suggestion.title);
  const about = what.charAt(0).toLowerCase() + what.slice(1);
  return {
    headline: `On ${dateOf(dayNumberOf(today), dayNumberOf(today))} the runner was advised to see a physiotherapist or doctor: ${about}.`,
    because: suggestion.because.map(aboutTheRunner),
  };
}
