import "server-only";
import { db } from "@/lib/db";
import { isoDateOfColumn } from "@/lib/format/dates";
import type { EXPORT_TABLE_NAMES } from "@/lib/validation/export";
import { neutraliseSpreadsheetFormula } from "@/lib/validation/export";
import { formatDistance, formatPace } from "@/lib/format/units";
import { temperature } from "@/lib/rules";
import { massageWording, wordStoredReason } from "./massages";
import { exportReturnToRun } from "./export-return-to-run";
import { regionFromDb } from "./regions";

// Everything a runner has stored, in the units of the database (metres, seconds, UTC times,
// local dates). Secrets (password hash, token hashes, the feed token) are never exported.
type ExportTable = (typeof EXPORT_TABLE_NAMES)[number];
type Row = Record<string, string | number | boolean | null>;

const date = (d: Date) => isoDateOfColumn(d);
const time = (d: Date | null) => (d ? d.toISOString() : null);

export async function exportRunnerData(userId: string) {
  const [user, runs, crossTraining, soreness, wellness, sweatRateTests, races, massages, apiTokens, imports, importEntries, therapistShares, sessionNotes, massageFeedback] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        name: true,
        units: true,
        timeZone: true,
        bodyMassKg: true,
        maxHeartRate: true,
        loadExcludedSports: true,
        createdAt: true,
        fluidUnits: true,
        temperatureUnits: true,
        massageEveryWeeks: true,
        massageWeekday: true,
      },
    }),
    db().run.findMany({ where: { userId }, orderBy: { startedAt: "asc" } }),
    db().crossTraining.findMany({ where: { userId }, orderBy: { startedAt: "asc" } }),
    db().sorenessEntry.findMany({ where: { userId }, orderBy: [{ date: "asc" }, { region: "asc" }] }),
    db().wellnessEntry.findMany({ where: { userId }, orderBy: { date: "asc" } }),
    db().sweatRateTest.findMany({ where: { userId }, orderBy: { date: "asc" } }),
    db().race.findMany({ where: { userId }, orderBy: { date: "asc" } }),
    db().massageSession.findMany({ where: { userId }, orderBy: { date: "asc" } }),
    db().apiToken.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db().importJob.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db().importEntry.findMany({ where: { userId }, orderBy: [{ jobId: "asc" }, { seq: "asc" }], omit: { details: true } }),
    // issue 16: therapist links (never their token hashes), session notes, "did it help?" answers
    db().therapistShare.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db().massageSessionNote.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db().massageFeedback.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { region: "asc" }] }),
  ]);
  // Besides the raw database units, the columns a runner reads are in their own words (issue 13).
  const units = user.units;
  const temperatureUnits = user.temperatureUnits ?? (units === "mi" ? "f" : "c");
  const wording = await massageWording({ id: userId, timeZone: user.timeZone, units }, massages);
  const tables: Record<ExportTable, Row[]> = {
    runs: runs.map((r) => ({
      id: r.id,
      startedAt: time(r.startedAt),
      date: date(r.localDate),
      distanceM: r.distanceM,
      distance: formatDistance(r.distanceM, units),
      durationSec: r.durationSec,
      pace: formatPace(r.distanceM, r.durationSec, units),
      elapsedSec: r.elapsedSec,
      rpe: r.rpe,
      kind: r.kind,
      temperatureC: r.temperatureC,
      temperature: r.temperatureC === null ? null : temperature(r.temperatureC, { temperatureUnits }),
      avgHeartRate: r.avgHeartRate,
      maxHeartRate: r.maxHeartRate,
      elevationGainM: r.elevationGainM,
      notes: r.notes,
      source: r.source,
      fileName: r.fileName,
      createdAt: time(r.createdAt),
      updatedAt: time(r.updatedAt),
    })),
    crossTraining: crossTraining.map((c) => ({
      id: c.id,
      sport: c.sport,
      subSport: c.subSport,
      startedAt: time(c.startedAt),
      date: date(c.localDate),
      durationSec: c.durationSec,
      elapsedSec: c.elapsedSec,
      distanceM: c.distanceM,
      avgHeartRate: c.avgHeartRate,
      maxHeartRate: c.maxHeartRate,
      rpe: c.rpe,
      notes: c.notes,
      source: c.source,
      fileName: c.fileName,
      createdAt: time(c.createdAt),
      updatedAt: time(c.updatedAt),
    })),
    soreness: soreness.map((s) => ({
      id: s.id,
      date: date(s.date),
      region: regionFromDb(s.region),
      side: s.side,
      level: s.level,
      sharp: s.sharp,
      updatedAt: time(s.updatedAt),
    })),
    wellness: wellness.map((w) => ({
      id: w.id,
      date: date(w.date),
      restingHrBpm: w.restingHrBpm,
      hrvRmssdMs: w.hrvRmssdMs,
      sleepHours: w.sleepHours,
      sleep: w.sleep,
      stress: w.stress,
      fatigue: w.fatigue,
      soreness: w.soreness,
    })),
    sweatRateTests: sweatRateTests.map((t) => ({
      id: t.id,
      date: date(t.date),
      massBeforeKg: t.massBeforeKg,
      massAfterKg: t.massAfterKg,
      fluidMl: t.fluidMl,
      urineMl: t.urineMl,
      durationSec: t.durationSec,
      temperatureC: t.temperatureC,
    })),
    races: races.map((r) => ({ id: r.id, name: r.name, date: date(r.date), distanceM: r.distanceM, distance: formatDistance(r.distanceM, units), priority: r.priority })),
    massages: massages.map((m) => ({
      id: m.id,
      date: date(m.date),
      depth: m.depth,
      regions: m.regions.map(regionFromDb).join(" "),
      status: m.status,
      reason: wordStoredReason(m, wording),
      reasonData: m.reasonData === null ? null : JSON.stringify(m.reasonData),
      movedFrom: m.movedFrom ? date(m.movedFrom) : null,
      movedAt: time(m.movedAt),
      therapist: m.therapist,
      startsAt: time(m.startsAt),
      place: m.place,
      notes: m.notes,
    })),
    apiTokens: apiTokens.map((t) => ({ id: t.id, name: t.name, createdAt: time(t.createdAt), lastUsedAt: time(t.lastUsedAt) })),
    imports: imports.map((j) => ({
      id: j.id,
      status: j.status,
      files: (j.uploads as { fileName?: string }[]).map((u) => u.fileName ?? "").join(" "),
      error: j.error,
      createdAt: time(j.createdAt),
      finishedAt: time(j.finishedAt),
    })),
    importEntries: importEntries.map((e) => ({
      importId: e.jobId,
      seq: e.seq,
      fileName: e.fileName,
      status: e.status.replace("_", "-"),
      message: e.message,
      runId: e.runId,
    })),
    ...(await exportReturnToRun(userId)),
    therapistShares: therapistShares.map((s) => ({
      id: s.id,
      label: s.label,
      massageId: s.massageId,
      allowNotes: s.allowNotes,
      showName: s.showName,
      noteToTherapist: s.noteToTherapist,
      expiresAt: time(s.expiresAt),
      revokedAt: time(s.revokedAt),
      lastOpenedAt: time(s.lastOpenedAt),
      createdAt: time(s.createdAt),
    })),
    sessionNotes: sessionNotes.map((n) => ({
      id: n.id,
      massageId: n.massageId,
      regionsWorked: n.regionsWorked.map(regionFromDb).join(" "),
      depthWorked: n.depthWorked,
      findings: n.findings,
      author: n.author,
      updatedAt: time(n.updatedAt),
    })),
    massageFeedback: massageFeedback.map((f) => ({ id: f.id, massageId: f.massageId, region: regionFromDb(f.region), answer: f.answer, updatedAt: time(f.updatedAt) })),
  };
  return {
    exportedAt: new Date().toISOString(),
    units: {
      distance: "metres",
      duration: "seconds",
      times: "ISO 8601 UTC",
      dates: "the runner's local day",
      words: `distance, pace, temperature and reason columns in the runner's units (${units}, °${temperatureUnits.toUpperCase()})`,
    },
    profile: { ...user, createdAt: user.createdAt.toISOString() },
    ...tables,
  };
}

/**
 * RFC 4180 CSV: every field quoted when needed; a formula-looking cell is prefixed so spreadsheets don't run it.
 * `columns` is the header row, written even when there are no rows (EXPORT_COLUMNS per table).
 */
export function toCsv(rows: Row[], columns: readonly string[] = rows[0] ? Object.keys(rows[0]) : []): string {
  const cell = (v: Row[string]) => {
    if (v === null || v === undefined) return "";
    let s = String(v);
    if (typeof v === "string") s = neutraliseSpreadsheetFormula(s);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(","))].join("\r\n") + "\r\n";
}
