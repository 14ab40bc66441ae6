import { describe, expect, it } from "vitest";
import { crossTrainingFor, decideAfterSession, nextSessionDate, phaseInWords, singleLegTest, WALK_RUN_PHASES, type ProgrammeSessionLog } from "@/lib/rules/return-to-run";

const usual = { restPain: 1, testPain: 2 };
const session = (date: string, phase: number, painDuring: number, rest: number, test: number, decision: ProgrammeSessionLog["decision"] = null, sharp = false): ProgrammeSessionLog => ({
  date,
  phase,
  painDuring,
  sharp,
  restPain: rest,
  testPain: test,
  decision,
});

describe("the walk–run phases", () => {
  it("go from 1 min run / 4 min walk to 30 min continuous, at least a day apart", () => {
    expect(phaseInWords(1)).toBe("Phase 1: run 1 min, walk 4 min, 6 times (30 min)");
    expect(phaseInWords(WALK_RUN_PHASES.length)).toBe("Phase 6: 30 minutes of continuous easy running");
    expect(nextSessionDate("2026-05-04", "2026-05-05")).toBe("2026-05-06");
    expect(nextSessionDate("2026-05-04", "2026-05-09")).toBe("2026-05-09");
    expect(singleLegTest("achilles")).toBe("heel raise");
    expect(singleLegTest("knees")).toBe("hop");
    expect(crossTrainingFor("calves").join(" ")).toContain("swimming");
  });
});

describe("the pain-monitoring model (Silbernagel 2007)", () => {
  it("pain during 5/10 with a morning back to usual is a good session; two in a row advance", () => {
    const first = decideAfterSession(session("2026-05-04", 1, 5, 1, 2), [], usual, "hop");
    expect(first.decision).toBe("continue");
    const second = decideAfterSession(session("2026-05-06", 1, 5, 1, 2), [session("2026-05-04", 1, 5, 1, 2, "continue")], usual, "hop");
    expect(second).toMatchObject({ decision: "advance", nextPhase: 2 });
  });

  it("pain during 6/10, sharp pain or a morning above 5/10 stop the programme", () => {
    expect(decideAfterSession(session("2026-05-04", 2, 6, 1, 2), [], usual, "hop").decision).toBe("stop");
    expect(decideAfterSession(session("2026-05-04", 2, 1, 1, 2, null, true), [], usual, "hop").decision).toBe("stop");
    expect(decideAfterSession(session("2026-05-04", 2, 1, 6, 2), [], usual, "hop").decision).toBe("stop");
  });

  it("a morning above the usual repeats the phase; at the usual it does not", () => {
    expect(decideAfterSession(session("2026-05-04", 3, 2, 2, 2), [], usual, "hop")).toMatchObject({ decision: "repeat", nextPhase: 3 });
    expect(decideAfterSession(session("2026-05-04", 3, 2, 1, 3), [], usual, "hop")).toMatchObject({ decision: "repeat", nextPhase: 3 });
    expect(decideAfterSession(session("2026-05-04", 3, 2, 1, 2), [], usual, "hop").decision).toBe("continue");
  });

  it("next-morning pain higher this week than the week before steps back a phase", () => {
    const earlier = [session("2026-05-01", 3, 1, 0, 1, "continue"), session("2026-05-03", 3, 1, 0, 1, "continue")];
    // On 2026-05-10 the session of 05-03 (7 days back) is in the week before; this week has only today.
    const decided = decideAfterSession(session("2026-05-10", 3, 1, 1, 2), [session("2026-05-03", 3, 1, 0, 0, "continue")], usual, "hop");
    expect(decided).toMatchObject({ decision: "step-back", nextPhase: 2 });
    expect(decided.reason).toContain("rose from 0/10 in the week before to 2/10 this week");
    // Not higher than the week before → no step back.
    expect(decideAfterSession(session("2026-05-08", 3, 1, 0, 1), earlier, usual, "hop").decision).not.toBe("step-back");
  });

  it("two good sessions at the last phase complete the programme", () => {
    const last = WALK_RUN_PHASES.length;
    expect(decideAfterSession(session("2026-06-03", last, 1, 1, 1), [session("2026-06-01", last, 1, 1, 1, "continue")], usual, "hop").decision).toBe("completed");
  });
});
