/**
 * Hydration from the runner's own numbers: before (body mass), during and after (sweat rate),
 * in the heat, and the cap against over-drinking. ACSM 2007; NATA 2017; Hew-Butler 2015.
 * Without body mass or a sweat rate, the notes say what to measure instead of inventing numbers.
 */
import type { History, RunOnDay } from "./history";
import {
  BODY_MASS_LOSS_LIMIT_FRACTION,
  DURING_ADVICE_ML_PER_H_MAX,
  DURING_ADVICE_ML_PER_H_MIN,
  DURING_FOR_RUNS_OVER_MIN,
  HEAT_RECENT_DAYS,
  HEAT_TEMPERATURE_C,
  OVER_DRINKING_SWEAT_RATE_ML_PER_H,
  POST_RUN_REPLACEMENT_FACTOR,
  PRE_RUN_ML_PER_KG_MAX,
  PRE_RUN_ML_PER_KG_MIN,
  PRE_RUN_TOP_UP_ML_PER_KG_MAX,
  PRE_RUN_TOP_UP_ML_PER_KG_MIN,
  SOURCES,
  TYPICAL_SWEAT_RATE_L_PER_H_MAX,
  TYPICAL_SWEAT_RATE_L_PER_H_MIN,
} from "./thresholds";
import type { HydrationPlan, RunnerProfile, SuggestionDraft } from "./types";
import { bodyMass as massInWords, distanceInWords, fluid, fluidPerHour, fluidRange, minutes, onDay, temperature, type Voice } from "./wording";

export interface HydrationResult {
  plan: HydrationPlan;
  suggestions: SuggestionDraft[];
}

function sweatTestNote(voice: Voice): string {
  const unit = voice.fluidUnits === "floz" ? "1 fl oz ≈ 1 oz" : "1 mL ≈ 1 g";
  return (
    "Do a sweat-rate test: weigh yourself without clothes before and after a run of about an hour, note what you drank " +
    `(${unit}) and any toilet stop; sweat rate = (mass before − mass after + fluid drunk − urine) ÷ hours. ` +
    `Most runners lose ${fluidRange(TYPICAL_SWEAT_RATE_L_PER_H_MIN * 1000, TYPICAL_SWEAT_RATE_L_PER_H_MAX * 1000, voice)} per hour; retest in hot weather.`
  );
}

function longestByDuration(runs: readonly RunOnDay[]): RunOnDay | undefined {
  let longest: RunOnDay | undefined;
  for (const run of runs) if (longest === undefined || run.durationMin > longest.durationMin) longest = run;
  return longest;
}

/**
 * Hydration before, during and after runs. Numbers in the plan stay mL (machine fields); every
 * sentence is in the runner's fluid units, rounded as people measure (50 mL / 2 fl oz). With
 * `noRunAhead` (a red flag says stop running, or rest after a race) nothing prepares for a run.
 */
export function planHydration(history: History, profile: RunnerProfile, voice: Voice, noRunAhead = false): HydrationResult {
  const { today } = history;
  const notes: string[] = [];
  const suggestions: SuggestionDraft[] = [];
  const inWords: HydrationPlan["inWords"] = {};
  const plan: HydrationPlan = { notes, inWords };
  const bodyMass = profile.bodyMassKg;
  const sweatRate = profile.sweatRateLPerH;
  const runsToday = history.recentRuns.filter((run) => run.day === today);

  if (bodyMass !== undefined) {
    const preRun = { min: Math.round(PRE_RUN_ML_PER_KG_MIN * bodyMass), max: Math.round(PRE_RUN_ML_PER_KG_MAX * bodyMass) };
    if (!noRunAhead) {
      plan.preRunMl = preRun;
      inWords.preRun = fluidRange(preRun.min, preRun.max, voice);
    }
    const topUp = fluidRange(PRE_RUN_TOP_UP_ML_PER_KG_MIN * bodyMass, PRE_RUN_TOP_UP_ML_PER_KG_MAX * bodyMass, voice);
    const amount = fluidRange(preRun.min, preRun.max, voice);
    if (!noRunAhead) {
      notes.push(`Before a run: ${amount} about 4 hours before; another ${topUp} about 2 hours before if your urine is still dark.`);
      suggestions.push({
        id: "hydration/pre-run",
        kind: "hydration",
        priority: "low",
        title: `Drink ${amount} about 4 hours before your next run`,
        detail: `About 4 hours before you run, drink ${amount}. If your urine is still dark 2 hours before, have another ${topUp}. Then drink to thirst.`,
        regions: [],
        because: [`Your body mass is ${massInWords(bodyMass, voice)}; the advice scales with body mass (ACSM 2007).`],
        evidence: [SOURCES.acsm2007],
      });
    }
  } else if (!noRunAhead) {
    notes.push("Add your body mass to your profile to get a pre-run amount (the advice scales with body mass: ACSM 2007).");
  }

  if (sweatRate !== undefined) {
    const sweatMlPerHour = sweatRate * 1000;
    // Rounded down so the ceiling never exceeds the measured sweat rate (ACSM 2007).
    const max = Math.floor(Math.min(sweatMlPerHour, DURING_ADVICE_ML_PER_H_MAX));
    const min = Math.min(DURING_ADVICE_ML_PER_H_MIN, Math.round(max / 2));
    plan.duringMlPerHour = { min, max };
    inWords.duringPerHour = `${fluidRange(min, max, voice)} per hour`;
    const lossLimit =
      bodyMass !== undefined
        ? ` — aim to lose less than ${BODY_MASS_LOSS_LIMIT_FRACTION * 100} % of your body mass (${voice.units === "mi" ? massInWords(bodyMass * BODY_MASS_LOSS_LIMIT_FRACTION, voice) : `${(bodyMass * BODY_MASS_LOSS_LIMIT_FRACTION).toFixed(1)} kg`})`
        : "";
    notes.push(
      `During runs over ${DURING_FOR_RUNS_OVER_MIN} minutes: ${fluidRange(min, max, voice)} per hour, never more than your sweat rate of ${fluidPerHour(sweatMlPerHour, voice)}${lossLimit}; take some sodium on runs over an hour.`,
    );
    const longestToday = longestByDuration(runsToday);
    if (longestToday !== undefined) {
      const lostLitres = sweatRate * (longestToday.durationMin / 60);
      const postRunMl = Math.round(POST_RUN_REPLACEMENT_FACTOR * lostLitres * 1000);
      plan.postRunMl = postRunMl;
      inWords.postRun = `about ${fluid(postRunMl, voice)}`;
      notes.push(`After today's run: about ${fluid(postRunMl, voice)} over the next few hours, with some salty food.`);
      suggestions.push({
        id: "hydration/post-run",
        kind: "hydration",
        priority: "medium",
        title: `Drink about ${fluid(postRunMl, voice)} over the next few hours`,
        detail:
          `Spread about ${fluid(postRunMl, voice)} over the next 2–4 hours, with a salty snack or meal to help you hold on to it. ` +
          "Subtract what you already drank during the run.",
        regions: [],
        because: [
          `Your ${minutes(longestToday.durationMin)} run today at your sweat rate of ${fluidPerHour(sweatMlPerHour, voice)} ≈ ${fluid(lostLitres * 1000, voice)} of sweat; ${POST_RUN_REPLACEMENT_FACTOR * 100} % of that is about ${fluid(postRunMl, voice)}.`,
        ],
        evidence: [SOURCES.acsm2007],
      });
    }
    if (sweatMlPerHour < OVER_DRINKING_SWEAT_RATE_ML_PER_H) {
      suggestions.push({
        id: "hydration/over-drinking",
        kind: "hydration",
        priority: "medium",
        title: `Drink to thirst: never more than ${fluidPerHour(sweatMlPerHour, voice, "down")}`,
        detail:
          `The common advice of ${fluidRange(DURING_ADVICE_ML_PER_H_MIN, DURING_ADVICE_ML_PER_H_MAX, voice)} per hour can be more than you sweat. Drink to thirst and never to a schedule above ` +
          `${fluidPerHour(sweatMlPerHour, voice, "down")}. Weighing more after a run than before means you drank too much, which can lead to ` +
          "low blood sodium (exercise-associated hyponatremia).",
        regions: [],
        because: [
          `Your sweat rate is about ${fluidPerHour(sweatMlPerHour, voice)}, below the ${fluidPerHour(DURING_ADVICE_ML_PER_H_MAX, voice)} top of the common advice.`,
        ],
        evidence: [SOURCES.hewButler2015, SOURCES.acsm2007],
      });
    }
  } else {
    notes.push(sweatTestNote(voice));
  }

  const hotRuns = history.recentRuns.filter(
    (run) =>
      run.day >= today - HEAT_RECENT_DAYS &&
      run.day <= today &&
      run.temperatureC !== undefined &&
      run.temperatureC >= HEAT_TEMPERATURE_C,
  );
  if (hotRuns.length > 0) {
    notes.push(`In the heat (${temperature(HEAT_TEMPERATURE_C, voice)} or more) you sweat more: weigh yourself before and after to see how much.`);
    suggestions.push({
      id: "hydration/heat",
      kind: "hydration",
      priority: "medium",
      title: "You ran in the heat: top up fluid and salt",
      detail:
        "Drink to thirst over the rest of the day and add salt to your food or drink, since sweat in the heat carries more sodium away. " +
        (() => {
          const [unit, gramsPerUnit] = voice.units === "mi" ? ["pound", 453.59237] : ["kg", 1000];
          return `Weigh yourself before and after hot runs: each ${unit} lost is about ${fluid(gramsPerUnit, voice)} of fluid, and replacing about ${fluid(POST_RUN_REPLACEMENT_FACTOR * gramsPerUnit, voice)} per ${unit} lost over the next hours may help you recover. `;
        })() +
        "On hot days run early or late, slow down, and carry water on runs over an hour." +
        (sweatRate !== undefined ? " Your sweat rate may be higher in the heat than in your test: retest on a hot day." : ""),
      regions: [],
      because: hotRuns.map(
        (run) =>
          `You ran ${distanceInWords(run.distanceKm, voice.units)} at ${temperature(run.temperatureC ?? 0, voice)} ${onDay(run.day, today)} (${temperature(HEAT_TEMPERATURE_C, voice)} or more counts as hot).`,
      ),
      evidence: [SOURCES.acsm2007, SOURCES.nata2017],
    });
  }

  notes.push("Drink to thirst; never drink to a schedule above your sweat rate.");
  return { plan, suggestions };
}
