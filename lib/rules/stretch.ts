/**
 * Stretching: one card for the day — dynamic drills before the next run (Blazevich 2018) and
 * named static holds after it for every mildly sore region, each region with its reason. Never on
 * a red-flag region (Silbernagel 2007). While a red flag says stop running (or after a race) the
 * card prepares for no run: no drills, gentle holds today instead.
 */
import { isoDateOf } from "./dates";
import type { History, SorenessReading } from "./history";
import {
  DOMS_WINDOW_DAYS,
  SOURCES,
  STRETCHES_PER_REGION,
  STRETCH_MAX_LEVEL,
  STRETCH_MEDIUM_FROM,
} from "./thresholds";
import { STRETCHING_NOTE, stretchesForRegion, type StaticStretch } from "./stretches";
import { REGIONS, type DistanceUnits, type Region, type SuggestionDraft, type SuggestionPriority } from "./types";
import { WARM_UP_DRILLS, type WarmUpDrill } from "./warm-up-drills";
import { ratedSpot, regionName, regionsInWords } from "./wording";

/** Why some regions are stretched through the muscles around them. */
const REGION_NOTES: Partial<Record<Region, string>> = {
  knees: "The knee joint itself is not stretched; easing the thigh muscles around it may help it feel better.",
  achilles: "Keep Achilles stretches gentle; if the tendon itself hurts more the next morning, stop them.",
  "it-band": "The IT band barely stretches; the hip and glute muscles that pull on it are what these work on.",
  shins: "If the shin hurts at one spot on the bone, that is not a stretching matter — tell a physiotherapist.",
};

function describeStretch(stretch: StaticStretch): string {
  const each = stretch.perSide ? " each side" : "";
  return `${stretch.name}: hold ${stretch.holdSeconds} s, ${stretch.rounds} rounds${each}`;
}

/** One metre in yards, for drill distances in a miles runner's words. */
const YARDS_PER_METRE = 1 / 0.9144;

function describeDrill(drill: WarmUpDrill, units: DistanceUnits): string {
  const each = drill.perSide ? " each leg" : "";
  const distance = drill.distanceM === undefined ? "" : units === "mi" ? `${Math.round(drill.distanceM * YARDS_PER_METRE)} yd` : `${drill.distanceM} m`;
  const amount = drill.distanceM !== undefined ? `${drill.rounds} × ${distance}` : `${drill.repetitions ?? 10}${each}`;
  return `${drill.name} (${amount})`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface SoreRegion {
  region: Region;
  worst: number;
  readings: SorenessReading[];
}

/** Regions sore at 1–5 in the DOMS window, without a red flag, in the canonical order. */
function regionsToStretch(history: History, soreNow: readonly SorenessReading[], redFlagRegions: ReadonlySet<Region>): SoreRegion[] {
  const found: SoreRegion[] = [];
  for (const region of REGIONS) {
    if (redFlagRegions.has(region)) continue;
    const readings = soreNow.filter((reading) => reading.region === region && reading.day >= history.today - DOMS_WINDOW_DAYS && reading.level >= 1);
    if (readings.length === 0) continue;
    const worst = Math.max(...readings.map((reading) => reading.level));
    if (worst > STRETCH_MAX_LEVEL) continue;
    found.push({ region, worst, readings });
  }
  return found;
}

/**
 * The day's one stretching card (id "stretch/after-run" with sore regions, "stretch/warm-up"
 * without), or null when there is nothing to do: no sore region and no run to prepare for.
 * `rules` lists every per-region rule merged into it ("stretch/calves", …).
 */
export function stretchSuggestion(
  history: History,
  soreNow: readonly SorenessReading[],
  redFlagRegions: ReadonlySet<Region>,
  noRunAhead: boolean,
  units: DistanceUnits = "km",
): SuggestionDraft | null {
  const sore = regionsToStretch(history, soreNow, redFlagRegions);
  const today = history.today;
  const holds = sore.map(({ region }) => {
    const stretches = stretchesForRegion(region).slice(0, STRETCHES_PER_REGION);
    const note = REGION_NOTES[region];
    return `${capitalised(regionName(region))} — ${stretches.map(describeStretch).join("; ")}.${note === undefined ? "" : ` ${note}`}`;
  });
  const because = sore.flatMap(({ readings }) => readings.map((reading) => ratedSpot(reading, today)));
  const priority: SuggestionPriority = sore.some(({ worst }) => worst >= STRETCH_MEDIUM_FROM) ? "medium" : "low";
  const rules = sore.map(({ region }) => `stretch/${region}`);
  const regions = sore.map(({ region }) => region);
  const evidence = [SOURCES.blazevich2018, SOURCES.lauersen2014, SOURCES.cheung2003];
  const ease = "Ease into each hold until you feel a stretch, never pain, and breathe slowly.";

  if (noRunAhead) {
    if (sore.length === 0) return null;
    return {
      id: "stretch/after-run",
      rules,
      kind: "stretch",
      priority,
      title: `Gentle stretches for your ${regionsInWords(regions)} today`,
      detail: `Today, once you are warm (after a walk or a shower): ${holds.join(" ")} ${ease} ${STRETCHING_NOTE}`,
      regions,
      because,
      evidence,
      day: isoDateOf(today),
    };
  }

  const drills = `Before your next run: ${WARM_UP_DRILLS.map((drill) => describeDrill(drill, units)).join(", ")}, then start at an easy pace.`;
  if (sore.length === 0) {
    const runsThisWeek = history.recentRuns.filter((run) => run.day >= today - 6 && run.day <= today).length;
    return {
      id: "stretch/warm-up",
      rules: ["stretch/warm-up"],
      kind: "stretch",
      priority: "low",
      title: "Warm up with 5–10 minutes of dynamic drills before you run",
      detail: `${drills} Save long static holds for after the run.`,
      regions: [],
      because: [
        runsThisWeek === 0
          ? "You have no run logged in the last 7 days: start the next one with a proper warm-up."
          : `You ran ${runsThisWeek} ${runsThisWeek === 1 ? "time" : "times"} in the last 7 days; each run starts better with a dynamic warm-up.`,
      ],
      evidence: [SOURCES.blazevich2018],
      day: isoDateOf(today),
    };
  }
  return {
    id: "stretch/after-run",
    rules: ["stretch/warm-up", ...rules],
    kind: "stretch",
    priority,
    title: `Stretch your ${regionsInWords(regions)} after your next run`,
    detail: `${drills} After running (not before): ${holds.join(" ")} ${ease} ${STRETCHING_NOTE}`,
    regions,
    because,
    evidence,
    day: isoDateOf(today),
  };
}
