/**
 * FIT import benchmark: our parseActivities (one pass of Garmin's SDK with the importer's
 * decoder options, then per-session summaries) against the SDK's plain `Decoder.read()` of
 * the same file, with its default options — what any reader of the file pays. Budget: ours
 * ≤ 1.5 × plain read. A third row, the SDK with our decoder options and nothing else, is the
 * floor: the gap between it and "ours" is the importer's own work. (A structure pre-pass,
 * lib/import/fit-scan.ts, which fed the SDK only the messages the importer reads, measured
 * 1.5–1.9 × that floor here and was removed: simpler, and faster.)
 *
 * Files (built with the SDK Encoder): a 1-hour run (3600 records, GPS, HR, distance, a
 * session) and a 10-hour multisport file (swim, T1, ride, T2, run; 36 000 records, five
 * sessions). Every measurement is a separate, fresh process (the importer runs once per
 * upload, so cold cost is what a runner pays), runs alternate between parsers, and time is
 * measured around the parse call only, after the modules have loaded.
 *
 *   npx tsx bench/fit-import.ts [runs]
 *
 * Prints figures only and always exits 0 (bench/ is never part of the pass/fail run).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BUDGET = 1.5;
const self = fileURLToPath(import.meta.url);

const PARSERS = ["ours", "sdk-plain", "sdk-fast-options"] as const;
type Parser = (typeof PARSERS)[number];

async function child(parser: Parser, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  let parse: () => Promise<number>;
  if (parser === "ours") {
    const { parseActivities } = await import("../lib/import/index");
    parse = async () => (await parseActivities(bytes, "a.fit")).reduce((n, a) => n + a.pointCount, 0);
  } else {
    const { Decoder, Stream } = await import("@garmin/fitsdk");
    const fast = {
      applyScaleAndOffset: false,
      expandSubFields: false,
      expandComponents: false,
      convertTypesToStrings: false,
      convertDateTimesToDates: false,
      includeUnknownData: false,
      mergeHeartRates: false,
      decodeMemoGlobs: false,
    };
    parse = async () => {
      const decoder = new Decoder(Stream.fromByteArray(bytes));
      const { messages } = parser === "sdk-plain" ? decoder.read() : decoder.read(fast);
      return messages.recordMesgs?.length ?? 0;
    };
  }
  const t0 = performance.now();
  const points = await parse();
  const parseMs = performance.now() - t0;
  process.stdout.write(JSON.stringify({ parseMs, points }) + "\n");
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

function runChild(parser: Parser, file: string): { parseMs: number; points: number } | null {
  const r = spawnSync(process.execPath, ["--import", "tsx", self, "--child", parser, file], {
    encoding: "utf8",
    cwd: path.resolve(path.dirname(self), ".."),
  });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as { parseMs: number; points: number };
  } catch {
    process.stdout.write(`child ${parser} failed: ${r.stderr.slice(0, 500)}\n`);
    return null;
  }
}

async function main(): Promise<void> {
  const { buildHourRun } = await import("../tests/unit/import/fit-builder");
  const { buildFitActivity } = await import("../tests/unit/import/fit-activity-builder");
  const runs = Math.max(3, Number(process.argv[2]) || 11);
  const dir = mkdtempSync(path.join(tmpdir(), "fit-bench-"));
  try {
    const start = new Date("2026-03-02T06:00:00Z");
    const files: Record<string, Uint8Array> = {
      "1-hour run (session + 3600 records)": buildHourRun(true),
      "10-hour multisport (5 sessions + 36000 records)": buildFitActivity({
        start,
        activity: true,
        legs: [
          { sport: "swimming", subSport: "openWater", startS: 0, durationS: 3600, speedMps: 0.8, gps: true, heartRate: 140 },
          { sport: "transition", startS: 3600, durationS: 300, speedMps: 1, gps: true, heartRate: 130 },
          { sport: "cycling", subSport: "road", startS: 3900, durationS: 21300, speedMps: 9, gps: true, heartRate: 140 },
          { sport: "transition", startS: 25200, durationS: 300, speedMps: 1, gps: true, heartRate: 130 },
          { sport: "running", startS: 25500, durationS: 10496, speedMps: 3, gps: true, heartRate: 150 },
        ],
      }),
    };
    process.stdout.write(`node ${process.version}, ${runs} fresh processes per parser and file, alternating\n\n`);
    const rows: string[][] = [["file", "parser", "parse median ms", "records", "ratio to sdk-plain"]];
    for (const [label, bytes] of Object.entries(files)) {
      const file = path.join(dir, `${rows.length}.fit`);
      writeFileSync(file, bytes);
      const results = Object.fromEntries(PARSERS.map((p) => [p, { parse: [] as number[], points: 0 }])) as Record<
        Parser,
        { parse: number[]; points: number }
      >;
      for (const p of PARSERS) runChild(p, file); // warm the file-system and tsx caches, not measured
      for (let i = 0; i < runs; i++) {
        const order = i % 2 === 0 ? [...PARSERS] : [...PARSERS].reverse();
        for (const p of order) {
          const r = runChild(p, file);
          if (!r) continue;
          results[p].parse.push(r.parseMs);
          results[p].points = r.points;
        }
      }
      const plain = median(results["sdk-plain"].parse);
      for (const p of PARSERS) {
        const m = median(results[p].parse);
        const ratio = (m / plain).toFixed(3);
        rows.push([`${label}, ${bytes.length} B`, p, m.toFixed(2), String(results[p].points), p === "ours" ? `${ratio} (budget ≤ ${BUDGET})` : ratio]);
      }
    }
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
    for (const r of rows) process.stdout.write(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ") + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  await child(process.argv[childAt + 1] as Parser, process.argv[childAt + 2] ?? "");
} else {
  await main().catch((error: unknown) => {
    process.stdout.write(`benchmark failed: ${String(error)}\n`);
  });
  process.exitCode = 0;
}
