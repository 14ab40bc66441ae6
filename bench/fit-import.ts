/**
 * FIT import benchmark: our parseActivityFile (Garmin SDK underneath) against fit-file-parser
 * on the same one-hour run (3600 records with GPS, HR, altitude and distance, built with the
 * SDK Encoder). Every measurement is a separate, fresh process — the importer runs once per
 * upload, so cold-start cost is what a runner pays — and the runs alternate between parsers.
 * Inside each child, time is measured around the parse call only, after the modules have
 * loaded; the parent also records the whole-process wall time.
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

const BUDGET = 1.1;
const self = fileURLToPath(import.meta.url);

type Parser = "ours" | "fit-file-parser";

async function child(parser: Parser, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  let parse: () => Promise<number>;
  if (parser === "ours") {
    const { parseActivityFile } = await import("../lib/import/index");
    parse = async () => (await parseActivityFile(bytes, "run.fit")).pointCount;
  } else {
    const { default: FitParser } = await import("fit-file-parser");
    const buffer = Buffer.from(bytes);
    parse = async () => {
      const data = await new FitParser({ force: true, mode: "list" }).parseAsync(buffer);
      return data.records?.length ?? 0;
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

function runChild(parser: Parser, file: string): { parseMs: number; processMs: number; points: number } | null {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", self, "--child", parser, file], {
    encoding: "utf8",
    cwd: path.resolve(path.dirname(self), ".."),
  });
  const processMs = performance.now() - t0;
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    const { parseMs, points } = JSON.parse(line) as { parseMs: number; points: number };
    return { parseMs, processMs, points };
  } catch {
    process.stdout.write(`child ${parser} failed: ${r.stderr.slice(0, 500)}\n`);
    return null;
  }
}

async function main(): Promise<void> {
  const { buildHourRun } = await import("../tests/unit/import/fit-builder");
  const runs = Math.max(3, Number(process.argv[2]) || 15);
  const dir = mkdtempSync(path.join(tmpdir(), "fit-bench-"));
  try {
    const files = {
      "1-hour run (session + 3600 records)": path.join(dir, "hour-run.fit"),
      "1-hour run without a session (records only)": path.join(dir, "hour-run-no-session.fit"),
    };
    writeFileSync(files["1-hour run (session + 3600 records)"], buildHourRun(true));
    writeFileSync(files["1-hour run without a session (records only)"], buildHourRun(false));

    process.stdout.write(`node ${process.version}, ${runs} fresh processes per parser and file, alternating\n\n`);
    const rows: string[][] = [
      ["file", "parser", "parse median ms", "process median ms", "points", "parse ratio"],
    ];
    for (const [label, file] of Object.entries(files)) {
      const bytes = readFileSync(file).length;
      const results: Record<Parser, { parse: number[]; process: number[]; points: number }> = {
        ours: { parse: [], process: [], points: 0 },
        "fit-file-parser": { parse: [], process: [], points: 0 },
      };
      // Warm the file system cache and tsx's transform cache once, not measured.
      runChild("ours", file);
      runChild("fit-file-parser", file);
      for (let i = 0; i < runs; i++) {
        const order: Parser[] = i % 2 === 0 ? ["ours", "fit-file-parser"] : ["fit-file-parser", "ours"];
        for (const parser of order) {
          const r = runChild(parser, file);
          if (!r) continue;
          results[parser].parse.push(r.parseMs);
          results[parser].process.push(r.processMs);
          results[parser].points = r.points;
        }
      }
      const theirs = median(results["fit-file-parser"].parse);
      for (const parser of ["ours", "fit-file-parser"] as const) {
        const p = median(results[parser].parse);
        rows.push([
          `${label}, ${bytes} B`,
          parser,
          p.toFixed(2),
          median(results[parser].process).toFixed(1),
          String(results[parser].points),
          parser === "ours" ? `${(p / theirs).toFixed(3)} (budget ≤ ${BUDGET})` : "1",
        ]);
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
