/**
 * Every number the rules use, named, with its source beside it. Change a rule here, not in
 * the rule modules. Day windows are calendar days: "the last N days" = today − N … today.
 */
import type { RunKind } from "./types";

// ─── Sources, as they appear in Suggestion.evidence ─────────────────────────────────────────
export const SOURCES = {
  foster2001: "Foster et al. 2001, J Strength Cond Res 15:109 (session RPE)",
  williams2017: "Williams et al. 2017, BJSM 51:209 (EWMA acute and chronic load)",
  gabbett2016: "Gabbett 2016, BJSM 50:273 (acute:chronic workload ratio)",
  impellizzeri2020: "Impellizzeri et al. 2020, IJSPP 15:907 (ACWR limits)",
  frandsen2025: "Frandsen et al. 2025, BJSM, doi 10.1136/bjsports-2024-109380 (single-session spikes, 5,205 runners)",
  nielsen2014: "Nielsen et al. 2014, JOSPT 44:739 (weekly distance increase)",
  buist2008: "Buist et al. 2008, Am J Sports Med 36:33 (GRONORUN)",
  foster1998: "Foster 1998, Med Sci Sports Exerc 30:1164 (monotony and strain)",
  cheung2003: "Cheung et al. 2003, Sports Med 33:145 (DOMS)",
  silbernagel2007: "Silbernagel et al. 2007, Am J Sports Med 35:897 (pain-monitoring model)",
  dupuy2018: "Dupuy et al. 2018, Front Physiol 9:403 (recovery techniques)",
  guo2017: "Guo et al. 2017, Front Physiol 8:747 (massage and DOMS)",
  massageTiming: "Practitioner consensus on massage timing around races (no trial; defaults configurable)",
  blazevich2018: "Blazevich et al. 2018, Med Sci Sports Exerc 50:1258 (stretching in warm-ups)",
  lauersen2014: "Lauersen et al. 2014, BJSM 48:871 (strength training, not stretching, reduces injuries)",
  acsm2007: "ACSM position stand 2007 (Sawka et al.), Med Sci Sports Exerc 39:377 (fluid replacement)",
  nata2017: "NATA position statement 2017 (McDermott et al.), J Athl Train 52:877 (fluid replacement)",
  hewButler2015: "Hew-Butler et al. 2015, Clin J Sport Med 25:303 (exercise-associated hyponatremia)",
  acsm2021: "ACSM's Guidelines for Exercise Testing and Prescription, 11th ed. 2021, relative intensity table (%HRmax)",
  borg1998: "Borg 1998, Borg's Perceived Exertion and Pain Scales (RPE 6–20 and CR-10 anchors)",
} as const;

// ─── Session load — Foster 2001 ─────────────────────────────────────────────────────────────
/**
 * RPE used when a run has none, by kind (CR-10 scale). Our own defaults, chosen to match the
 * typical CR-10 rating of each session type in Foster 2001's sRPE method.
 */
export const DEFAULT_RPE_BY_KIND: Readonly<Record<RunKind, number>> = {
  recovery: 2, // Foster 2001: "easy" on CR-10
  easy: 3, // Foster 2001: "moderate"
  long: 5, // Foster 2001: "hard" end of moderate for long steady runs
  tempo: 7, // Foster 2001: "very hard"
  intervals: 8, // Foster 2001: "very hard"
  race: 9, // Foster 2001: near maximal
};
/** RPE for a run with neither rpe nor kind — Foster 2001, between moderate and somewhat hard. */
export const DEFAULT_RPE_WITHOUT_KIND = 4;

/**
 * RPE for a cross-training session with neither an RPE nor a heart rate. Our choice: "moderate"
 * on CR-10 (Foster 2001), the rating of an easy run (DEFAULT_RPE_BY_KIND.easy).
 */
export const DEFAULT_CROSS_TRAINING_RPE = 3;

// ─── Load estimated from heart rate — ACSM 11th ed.; Borg 1998 ─────────────────────────────
/**
 * ACSM's Guidelines (11th ed., 2021), classification of relative intensity: the lower bound of
 * each band in % of maximal heart rate (very light < 57 %, light 57–63 %, moderate 64–76 %,
 * vigorous 77–95 %, near-maximal ≥ 96 %), with the CR-10 RPE we use for it. The same ACSM table
 * gives each band's RPE on Borg's 6–20 scale (very light < 9, light 9–11, moderate 12–13,
 * vigorous 14–17, near-maximal ≥ 18); the CR-10 value is the one Borg 1998 anchors to the
 * middle of that range: < 9 "very easy" → 1, 9–11 "easy" → 2, 12–13 "somewhat hard" → 4,
 * 14–17 "hard" to "very hard" → 6, ≥ 18 "extremely hard" → 9.
 */
export const HR_INTENSITY_BANDS = [
  { band: "near-maximal", fromPercentMax: 96, rpe: 9 },
  { band: "vigorous", fromPercentMax: 77, rpe: 6 },
  { band: "moderate", fromPercentMax: 64, rpe: 4 },
  { band: "light", fromPercentMax: 57, rpe: 2 },
  { band: "very light", fromPercentMax: 0, rpe: 1 },
] as const;
/** Without a maximum heart rate in the profile, the highest heart rate seen in this many days stands in. */
export const MAX_HEART_RATE_LOOKBACK_DAYS = 180;

// ─── Acute and chronic load — Williams 2017 ─────────────────────────────────────────────────
export const ACUTE_EWMA_DAYS = 7; // Williams 2017: λ = 2/(N+1), acute N = 7
export const CHRONIC_EWMA_DAYS = 28; // Williams 2017: chronic N = 28
// Our choice (Williams 2017 leaves it open): both EWMAs start from 0 the day before the first run.
/** `calibrating` while fewer than this many days lie between the first run and today — Williams 2017. */
export const CALIBRATION_DAYS = 28;

// ─── ACWR — Gabbett 2016 (information only: Impellizzeri 2020) ──────────────────────────────
export const ACWR_TYPICAL_LOW = 0.8; // Gabbett 2016: 0.8–1.3 "sweet spot"
export const ACWR_TYPICAL_HIGH = 1.3; // Gabbett 2016
export const ACWR_HIGH = 1.5; // Gabbett 2016: ≥ 1.5 high; shown as context, never as a prediction

// ─── Single-session spike — Frandsen 2025 ───────────────────────────────────────────────────
export const SPIKE_LOOKBACK_DAYS = 30; // Frandsen 2025: the longest run of the previous 30 days
export const SPIKE_WARN_FRACTION = 0.1; // Frandsen 2025: > +10 % (HR 1.64)
export const SPIKE_STRONG_FRACTION = 0.3; // Frandsen 2025: > +30 % (HR 1.52)
export const SPIKE_STRONGEST_FRACTION = 1.0; // Frandsen 2025: > +100 % (HR 2.28)
/** Runs dated today − this … today are checked for a spike (today and yesterday). */
export const SPIKE_RECENT_DAYS = 1;

/**
 * The spike guard compares with the runner's usual longest run, so it needs a usual: at least
 * this many runs in the 30 days before the run (our choice, after Frandsen 2025, whose runners
 * had months of logged history). With fewer, the plan says the baseline is still forming.
 */
export const SPIKE_BASELINE_MIN_RUNS = 4;

// ─── Weekly increase — Nielsen 2014; Buist 2008 ─────────────────────────────────────────────
export const WEEKLY_INCREASE_PERIOD_DAYS = 14; // Nielsen 2014: change over 2 weeks
export const WEEKLY_INCREASE_FRACTION = 0.3; // Nielsen 2014: > 30 % raises distance-related injuries
export const TEN_PERCENT_RULE_FRACTION = 0.1; // Buist 2008: the 10 % rule is a soft nudge only
/** Our choice: the two-week comparison needs runs in at least 3 of the 4 weeks before today (Nielsen 2014's runners logged every week). */
export const WEEKLY_BASELINE_WEEKS = 4;
export const WEEKLY_BASELINE_MIN_WEEKS_WITH_RUNS = 3;

// ─── Monotony and strain — Foster 1998 ──────────────────────────────────────────────────────
export const MONOTONY_DAYS = 7; // Foster 1998: over the last 7 days, rest days count as 0
export const MONOTONY_HIGH = 2.0; // Foster 1998: > 2.0 suggests an easy or rest day
/** Monotony is a 7-day measure: it needs 7 days of history (first run ≤ today − 6). */
export const MONOTONY_BASELINE_DAYS = 7;
// Our choice: the SD is the population SD of the 7 daily loads (÷ 7), so 7 identical loads give SD 0.

// ─── Soreness and the DOMS course — Cheung 2003; red flags — Silbernagel 2007 ───────────────
export const DOMS_WINDOW_DAYS = 3; // Cheung 2003: DOMS peaks 24–72 h; "sore now" = the last 3 days
export const RED_FLAG_RECENT_DAYS = 3; // Silbernagel 2007: sharp or > 5/10 pain in the last 3 days
export const RED_FLAG_PAIN_ABOVE = 5; // Silbernagel 2007: pain above 5/10 is the stop signal
export const PERSISTENT_LEVEL = 3; // Cheung 2003: soreness of 3+ …
export const PERSISTENT_DAYS = 7; // Cheung 2003: … still there after 7 days escalates (DOMS is gone in 5–7 days)
export const PERSISTENT_LATEST_WITHIN_DAYS = 2; // the latest entry is in the last 2 days
/**
 * Our assumption: consecutive entries of a persistent complaint are at most 3 days apart;
 * a longer silence ends the complaint, so sore calves after each weekly long run do not chain.
 */
export const PERSISTENT_MAX_GAP_DAYS = 3;
export const ONE_SIDED_LEVEL = 3; // Silbernagel 2007: the same one-sided spot, 3+ …
export const ONE_SIDED_RUN_DAYS = 4; // … on at least 3 of the last 4 days with a run
export const ONE_SIDED_MIN_HITS = 3;
/** Our assumption: run days older than this are too old to count as "the last runs". */
export const ONE_SIDED_LOOKBACK_DAYS = 28;
export const NOT_IMPROVING_LEVEL = 3; // Cheung 2003: soreness not improving after 72 h escalates
export const NOT_IMPROVING_LATEST_WITHIN_DAYS = 2;
export const NOT_IMPROVING_EPISODE_MIN_DAYS = 4; // Cheung 2003: DOMS should fall after its 24–72 h peak
export const EPISODE_MIN_LEVEL = 1; // an episode: entries of 1 or more …
export const EPISODE_MAX_GAP_DAYS = 2; // … at most 2 days apart (date difference)

// ─── Rest after a race ──────────────────────────────────────────────────────────────────────
export const REST_AFTER_RACE_DAYS = 2; // a race today or in the last 2 days (Cheung 2003: the DOMS peak)

// ─── Massage — Dupuy 2018; Guo 2017; timing by practitioner consensus ───────────────────────
export const LONG_RUN_MIN_MINUTES = 90; // a run of 90+ minutes counts as long, whatever its kind
export const MASSAGE_SORE_MIN = 3; // Dupuy 2018: massage may ease DOMS of 3–5 …
export const MASSAGE_SORE_MAX = 5; // … above 5 is a red flag (Silbernagel 2007)
export const MASSAGE_PROPOSAL_DAYS = 14; // proposals not tied to a race: today to today + 13
/** Races up to 26 weeks ahead get their whole massage plan at once (a typical marathon build). */
export const MASSAGE_RACE_PLAN_DAYS = 26 * 7;
/** Routine sessions (options.routineMassage) are proposed this far ahead. */
export const MASSAGE_ROUTINE_DAYS = 12 * 7;
/** A routine slot moves at most this many days off the preferred weekday to dodge a long run or hard day. */
export const MASSAGE_ROUTINE_MAX_SHIFT_DAYS = 3;
/** Weekdays with 2 or more long runs (or hard sessions) in the last 8 weeks count as the runner's usual. */
export const USUAL_WEEKDAY_LOOKBACK_DAYS = 56;
export const USUAL_WEEKDAY_MIN_RUNS = 2;
/** Races back to today − this many days still get post-race proposals. */
export const MASSAGE_POST_RACE_LOOKBACK_DAYS = 7;
export const WORKED_REGIONS_AFTER_LONG_RUN = ["calves", "quadriceps", "hamstrings", "glutes"] as const;

/** Massage timing around races (practitioner consensus, no trial) — override per call. */
export interface MassageTiming {
  /** Deep tissue only this many days or more before a race (default 5: race − 5 or earlier). */
  deepLastDaysBeforeRace: number;
  /** The earliest proposed pre-race deep session, in days before the race (default 7). */
  deepEarliestDaysBeforeRace: number;
  /** A light / flush session this many days before a race (default 2). */
  lightDaysBeforeRace: number;
  /** Light from this many days after a race (default 1). */
  lightFirstDaysAfterRace: number;
  /** Deep tissue only this many days or more after a race (default 3). */
  deepFirstDaysAfterRace: number;
}
export const DEFAULT_MASSAGE_TIMING: Readonly<MassageTiming> = {
  deepLastDaysBeforeRace: 5, // consensus: deep no later than 5 days before
  deepEarliestDaysBeforeRace: 7, // consensus: a deep session 5–7 days before
  lightDaysBeforeRace: 2, // consensus: light / flush up to 2 days before
  lightFirstDaysAfterRace: 1, // consensus: light after 1 day
  deepFirstDaysAfterRace: 3, // consensus: deep only from 3 days after
};

// ─── Stretching — Blazevich 2018; Lauersen 2014 ─────────────────────────────────────────────
export const STRETCH_MEDIUM_FROM = 3; // soreness 3–5 → medium, 1–2 → low
export const STRETCH_MAX_LEVEL = 5; // above 5 is a red flag: no stretch load
export const STATIC_HOLD_MIN_SECONDS = 30; // Blazevich 2018: static holds 30–60 s …
export const STATIC_HOLD_MAX_SECONDS = 60;
export const STATIC_ROUNDS_MIN = 2; // … 2–3 rounds, after running
export const STATIC_ROUNDS_MAX = 3;
export const STRETCHES_PER_REGION = 2; // how many named stretches a suggestion lists

// ─── Hydration — ACSM 2007; NATA 2017; Hew-Butler 2015 ──────────────────────────────────────
export const PRE_RUN_ML_PER_KG_MIN = 5; // ACSM 2007: 5–7 mL/kg about 4 h before
export const PRE_RUN_ML_PER_KG_MAX = 7;
export const PRE_RUN_TOP_UP_ML_PER_KG_MIN = 3; // ACSM 2007: another 3–5 mL/kg 2 h before if urine is dark
export const PRE_RUN_TOP_UP_ML_PER_KG_MAX = 5;
export const DURING_ADVICE_ML_PER_H_MIN = 400; // NATA 2017 / common advice: 400–800 mL/h
export const DURING_ADVICE_ML_PER_H_MAX = 800;
export const DURING_FOR_RUNS_OVER_MIN = 60; // ACSM 2007: drink during runs over 60 min; sodium too
export const BODY_MASS_LOSS_LIMIT_FRACTION = 0.02; // ACSM 2007: keep body-mass loss under 2 %
export const POST_RUN_REPLACEMENT_FACTOR = 1.5; // ACSM 2007: 1.5 L per kg lost (150 %)
export const HEAT_TEMPERATURE_C = 25; // ACSM 2007: sweat losses rise in the heat (25 °C or more)
export const HEAT_RECENT_DAYS = 1; // a run today or yesterday
/** Hew-Butler 2015: a sweat rate below the top of the 400–800 mL/h advice → drinking to that schedule can exceed it. */
export const OVER_DRINKING_SWEAT_RATE_ML_PER_H = 800;
export const TYPICAL_SWEAT_RATE_L_PER_H_MIN = 0.75; // ACSM 2007: typical runners 0.75–2.5 L/h
export const TYPICAL_SWEAT_RATE_L_PER_H_MAX = 2.5;

/** How far back the engine reads individual runs (rules need at most ~60 days; EWMA uses daily sums). */
export const RECENT_RUN_WINDOW_DAYS = 60;

// ─── Readiness from the morning check-in — issue 15 ─────────────────────────────────────────
// Each measure is compared with the runner's own recent normal, never with population norms.
export const READINESS_SOURCES = {
  buchheit2014: "Buchheit 2014, Front Physiol 5:73 (monitoring training status with heart-rate measures)",
  plews2013: "Plews et al. 2013, Sports Med 43:773 (HRV: 7-day rolling ln rMSSD and the smallest worthwhile change)",
  kiviniemi2007: "Kiviniemi et al. 2007, Eur J Appl Physiol 101:743 (training guided by daily HRV)",
  hooper1995: "Hooper et al. 1995, Med Sci Sports Exerc 27:106 (wellness questionnaire and overtraining)",
  fullagar2015: "Fullagar et al. 2015, Sports Med 45:161 (sleep loss, recovery and performance)",
} as const;

/** Buchheit 2014: a morning resting HR this many bpm or more above the runner's mean … */
export const RESTING_HR_RISE_BPM = 5;
/** … of the previous 30 days (today − 30 … today − 1) … */
export const RESTING_HR_BASELINE_DAYS = 30;
/** … with at least this many readings in that window (fewer → "calibrating"). */
export const RESTING_HR_MIN_READINGS = 10;

/** Plews 2013: the rolling mean of ln rMSSD over the last 7 days (today − 6 … today) … */
export const HRV_ROLLING_DAYS = 7;
/** Plews 2014 (Int J Sports Physiol Perform 9:783): at least 3 readings a week give a valid rolling mean. */
export const HRV_ROLLING_MIN_READINGS = 3;
/** … against the mean and SD of the previous 60 days (today − 60 … today − 1) … */
export const HRV_BASELINE_DAYS = 60;
/** Our choice: a 60-day baseline needs about one reading in three days (20) before it is trusted. */
export const HRV_BASELINE_MIN_READINGS = 20;
/** … below by more than 0.5 × SD, the smallest worthwhile change (Plews 2013; Kiviniemi 2007). */
export const HRV_SWC_FRACTION_OF_SD = 0.5;

/** Hooper 1995: the sum of the four items (4–28) above the 28-day mean + 1 SD (today − 28 … today − 1) … */
export const HOOPER_BASELINE_DAYS = 28;
export const HOOPER_SD_ABOVE = 1;
/** Our choice, as for resting HR: at least 10 complete check-ins in the window. */
export const HOOPER_MIN_READINGS = 10;

/** Fullagar 2015: under 6 hours on two nights running (last night and the night before) → a sleep note. */
export const SHORT_SLEEP_HOURS = 6;
export const SHORT_SLEEP_NIGHTS = 2;

/** A "hard session" today: a logged run of these kinds, or with an RPE of this or more (Foster 2001: "very hard"). */
export const HARD_SESSION_KINDS: readonly RunKind[] = ["tempo", "intervals", "race"];
export const HARD_SESSION_MIN_RPE = 7;
