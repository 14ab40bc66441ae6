/**
 * Benchmark: planRecovery over synthetic, deterministic histories of 1, 2, 5 and 10 years,
 * against one JSON.parse(JSON.stringify(input)) of the same input, measured in the same run.
 * Budget (ARCHITECTURE.md): ratio ≤ 5 at 10 years, growth roughly linear. Prints figures and
 * always exits 0 — timing is reported, never asserted.
 *
 *   npx tsx bench/plan-recovery.ts
 */
import { performance } from "node:perf_hooks";
import { planRecovery, REGIONS, SIDES, isoDateOf, parseIsoDate, type PlanInput, type RunKind } from "../lib/rules";
import { planInputSchema } from "../lib/validation/plan-input";
import { seededRandom } from "../scripts/seeded-random";

const KINDS: RunKind[] = ["easy", "easy", "easy", "long", "tempo", "intervals", "recovery"];

/** 10 years = 3,650 runs, 10,000 soreness entries, 40 races, 300 massages; scaled linearly. */
export function syntheticHistory(years: number, seed = 42): PlanInput {
  const random = seededRandom(seed + years);
  const days = 365 * years;
  const today = parseIsoDate("2026-06-30")!;
  const first = today - days + 1;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const runs: PlanInput["runs"] = [];
  for (let index = 0; index < days; index++) {
    const kind = KINDS[index % KINDS.length]!;
    const durationMin = kind === "long" ? 90 + random() * 60 : 30 + random() * 40;
    runs.push({
      date: isoDateOf(first + index),
      distanceKm: Math.round(durationMin / (5 + random()) * 10) / 10,
      durationMin: Math.round(durationMin),
      ...(random() < 0.8 ? { rpe: Math.round(2 + random() * 7) } : {}),
      kind,
      ...(random() < 0.5 ? { temperatureC: Math.round(random() * 32) } : {}),
    });
  }
  const soreness: PlanInput["soreness"] = [];
  for (let index = 0; index < 1000 * years; index++) {
    soreness.push({
      date: isoDateOf(first + Math.floor(random() * days)),
      region: pick(REGIONS),
      side: pick(SIDES),
      level: Math.floor(random() * 7),
      ...(random() < 0.02 ? { sharp: true } : {}),
    });
  }
  const races: PlanInput["races"] = [];
  for (let index = 0; index < 4 * years; index++) {
    races.push({ date: isoDateOf(first + Math.floor(((index + 0.5) / (4 * years)) * days) + 10), distanceKm: pick([5, 10, 21.1, 42.2]), name: `Race ${index + 1}`, priority: pick(["A", "B", "C"] as const) });
  }
  const massages: PlanInput["massages"] = [];
  for (let index = 0; index < 30 * years; index++) {
    massages.push({
      date: isoDateOf(first + Math.floor(random() * (days + 14))),
      depth: pick(["light", "deep", "self"] as const),
      regions: [pick(REGIONS), pick(REGIONS)],
      ...(random() < 0.5 ? { status: "done" as const } : {}),
    });
  }
  return { today: isoDateOf(today), runs, soreness, races, massages, profile: { bodyMassKg: 68, sweatRateLPerH: 1.1 } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

let sink = 0; // keeps results alive so nothing is optimised away

function measure(input: PlanInput, iterations: number) {
  const plan: number[] = [];
  const roundTrip: number[] = [];
  const zod: number[] = [];
  for (let index = 0; index < Math.max(10, iterations / 4); index++) {
    sink += planRecovery(input).suggestions.length;
    sink += (JSON.parse(JSON.stringify(input)) as PlanInput).runs.length;
    sink += planInputSchema.safeParse(input).success ? 1 : 0;
  }
  for (let index = 0; index < iterations; index++) {
    // Interleaved, so drift in machine load hits all three alike.
    plan.push(time(() => (sink += planRecovery(input).suggestions.length)));
    roundTrip.push(time(() => (sink += (JSON.parse(JSON.stringify(input)) as PlanInput).runs.length)));
    zod.push(time(() => (sink += planInputSchema.safeParse(input).success ? 1 : 0)));
  }
  return { plan: median(plan), roundTrip: median(roundTrip), zod: median(zod) };
}

function main(): void {
  const rows: string[][] = [];
  let base: { plan: number; roundTrip: number; entries: number } | null = null;
  let tenYearRatio = Number.NaN;
  for (const years of [1, 2, 5, 10]) {
    const input = syntheticHistory(years);
    const entries = input.runs.length + input.soreness.length + input.races.length + input.massages.length;
    const bytes = JSON.stringify(input).length;
    const result = measure(input, years >= 5 ? 60 : 120);
    base ??= { plan: result.plan, roundTrip: result.roundTrip, entries };
    const ratio = result.plan / result.roundTrip;
    if (years === 10) tenYearRatio = ratio;
    rows.push([
      String(years),
      `${entries} entries, ${(bytes / 1024).toFixed(0)} KiB`,
      result.plan.toFixed(3),
      result.roundTrip.toFixed(3),
      ratio.toFixed(2),
      `${(result.plan / base.plan).toFixed(2)} (size ${(entries / base.entries).toFixed(2)}, round trip ${(result.roundTrip / base.roundTrip).toFixed(2)})`,
      result.zod.toFixed(3),
    ]);
  }
  const header = ["years", "input", "planRecovery ms", "JSON round trip ms", "ratio", "growth vs 1 year", "zod parse alone ms (included in planRecovery)"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ");
  console.log(`planRecovery vs JSON.parse(JSON.stringify(input)) — medians, Node ${process.version}`);
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(row));
  console.log(`\nBudget: ratio ≤ 5 at 10 years → ${tenYearRatio.toFixed(2)} (${tenYearRatio <= 5 ? "within" : "OVER"} budget).`);
  if (sink === -1) console.log(sink);
}

main();
