/**
 * Stretch suggestions: named static stretches for mildly sore regions, after running, and the
 * dynamic warm-up before it (Blazevich 2018). Never on a red-flag region (Silbernagel 2007).
 */
import type { History, SorenessReading } from "./history";
import {
  DOMS_WINDOW_DAYS,
  SOURCES,
  STRETCHES_PER_REGION,
  STRETCH_MAX_LEVEL,
  STRETCH_MEDIUM_FROM,
} from "./thresholds";
import { STRETCHING_NOTE, stretchesForRegion, type StaticStretch } from "./stretches";
import { REGIONS, type Region, type Suggestion } from "./types";
import { WARM_UP_DRILLS, type WarmUpDrill } from "./warm-up-drills";
import { ratedSpot, regionName } from "./wording";

/** Why some regions are stretched through the muscles around them. */
const REGION_NOTES: Partial<Record<Region, string>> = {
  knees: "The knee joint itself is not stretched; easing the thigh and calf muscles around it may help it feel better.",
  achilles: "Keep Achilles stretches gentle; if the tendon itself hurts more the next morning, stop them.",
  "it-band": "The IT band barely stretches; the hip and glute muscles that pull on it are what these work on.",
  shins: "If the shin hurts at one spot on the bone, that is not a stretching matter — tell a physiotherapist.",
};

function describeStretch(stretch: StaticStretch): string {
  const each = stretch.perSide ? " each side" : "";
  return `${stretch.name}: hold ${stretch.holdSeconds} s, ${stretch.rounds} rounds${each}`;
}

function describeDrill(drill: WarmUpDrill): string {
  const each = drill.perSide ? " each leg" : "";
  const amount = drill.distanceM !== undefined ? `${drill.rounds} × ${drill.distanceM} m` : `${drill.repetitions ?? 10}${each}`;
  return `${drill.name} (${amount})`;
}

export function stretchSuggestions(
  history: History,
  soreNow: readonly SorenessReading[],
  redFlagRegions: ReadonlySet<Region>,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const region of REGIONS) {
    if (redFlagRegions.has(region)) continue;
    const readings = soreNow.filter(
      (reading) => reading.region === region && reading.day >= history.today - DOMS_WINDOW_DAYS,
    );
    if (readings.length === 0) continue;
    const worst = Math.max(...readings.map((reading) => reading.level));
    if (worst < 1 || worst > STRETCH_MAX_LEVEL) continue;
    const stretches = stretchesForRegion(region).slice(0, STRETCHES_PER_REGION);
    const note = REGION_NOTES[region];
    suggestions.push({
      id: `stretch/${region}`,
      kind: "stretch",
      priority: worst >= STRETCH_MEDIUM_FROM ? "medium" : "low",
      title: `Stretch your ${regionName(region)} after your next run`,
      detail:
        `After running (not before): ${stretches.map(describeStretch).join("; ")}. ` +
        "Ease into each hold until you feel a stretch, never pain, and breathe slowly. " +
        (note === undefined ? "" : `${note} `) +
        STRETCHING_NOTE,
      regions: [region],
      because: readings
        .filter((reading) => reading.level >= 1)
        .map(ratedSpot),
      evidence: [SOURCES.blazevich2018, SOURCES.lauersen2014, SOURCES.cheung2003],
    });
  }
  return suggestions;
}

export function warmUpSuggestion(history: History): Suggestion {
  const runsThisWeek = history.recentRuns.filter((run) => run.day >= history.today - 6 && run.day <= history.today).length;
  return {
    id: "stretch/warm-up",
    kind: "stretch",
    priority: "low",
    title: "Warm up with 5–10 minutes of dynamic drills before you run",
    detail:
      `Before your next run: ${WARM_UP_DRILLS.map(describeDrill).join(", ")}. ` +
      "Then start the run at an easy pace. Save long static holds for after the run.",
    regions: [],
    because: [
      runsThisWeek === 0
        ? "You have no run logged in the last 7 days: start the next one with a proper warm-up."
        : `You ran ${runsThisWeek} ${runsThisWeek === 1 ? "time" : "times"} in the last 7 days; each run starts better with a dynamic warm-up.`,
    ],
    evidence: [SOURCES.blazevich2018],
  };
}
