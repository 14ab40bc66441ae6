import "server-only";
import { db } from "@/lib/db";
import { isoDateOfColumn } from "@/lib/format/dates";
import { regionFromDb } from "./regions";

/** The runner's return-to-run programmes and their sessions, as export tables (issue 15). */
export async function exportReturnToRun(userId: string) {
  const [programmes, sessions] = await Promise.all([
    db().returnToRunProgramme.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().returnToRunSession.findMany({ where: { userId }, orderBy: [{ date: "asc" }, { id: "asc" }] }),
  ]);
  return {
    returnToRunProgrammes: programmes.map((p) => ({
      id: p.id,
      region: regionFromDb(p.region),
      side: p.side,
      status: p.status,
      phase: p.phase,
      usualRestPain: p.usualRestPain,
      usualTestPain: p.usualTestPain,
      startedOn: isoDateOfColumn(p.startedOn),
      stoppedReason: p.stoppedReason,
      createdAt: p.createdAt.toISOString(),
    })),
    returnToRunSessions: sessions.map((s) => ({
      id: s.id,
      programmeId: s.programmeId,
      date: isoDateOfColumn(s.date),
      phase: s.phase,
      painDuring: s.painDuring,
      sharp: s.sharp,
      restPain: s.restPain,
      testPain: s.testPain,
      decision: s.decision,
      reason: s.reason,
    })),
  };
}
