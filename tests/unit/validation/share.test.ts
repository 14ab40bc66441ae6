import { describe, expect, it } from "vitest";
import { feedbackFormObject, massageFeedbackSchema, sessionNoteFormObject, sessionNoteSchema, shareCreateSchema, shareFormObject } from "@/lib/validation/share";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("the therapist-link form and API schema", () => {
  it("reads the settings form: 14 days by default, boxes as booleans, empty fields left out", () => {
    const parsed = shareCreateSchema.parse(shareFormObject(form([["label", " Clinic North "], ["expiresInDays", "14"], ["massageId", ""], ["noteToTherapist", " "]])));
    expect(parsed).toEqual({ label: "Clinic North", expiresInDays: 14, allowNotes: false, showName: false });
    const api = shareCreateSchema.parse({ label: "Clinic" });
    expect(api.expiresInDays).toBe(14);
  });

  it("refuses what it cannot keep: unknown fields, 0 or 91 days, notes without a session", () => {
    for (const bad of [{ label: "x", userId: "u" }, { label: "x", expiresInDays: 0 }, { label: "x", expiresInDays: 91 }, { label: "x", expiresInDays: 2.5 }, { label: "" }, { label: "x", allowNotes: true }]) {
      expect(shareCreateSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("session notes and answers", () => {
  it("notes need regions or findings, at most 2,000 characters, known regions only", () => {
    expect(sessionNoteSchema.parse(sessionNoteFormObject(form([["regionsWorked", "calves"], ["regionsWorked", "glutes"], ["depthWorked", ""], ["findings", " tight "]])))).toEqual({
      regionsWorked: ["calves", "glutes"],
      depthWorked: null,
      findings: "tight",
    });
    expect(sessionNoteSchema.safeParse({}).success).toBe(false);
    expect(sessionNoteSchema.safeParse({ findings: "x".repeat(2001) }).success).toBe(false);
    expect(sessionNoteSchema.safeParse({ regionsWorked: ["elbow"] }).success).toBe(false);
  });

  it("answers: better / same / worse, one per region, at least one", () => {
    const raw = feedbackFormObject(form([["answer.calves", "better"], ["answer.it-band", "worse"], ["answer.glutes", ""]]));
    expect(massageFeedbackSchema.parse(raw)).toEqual({ answers: [{ region: "calves", answer: "better" }, { region: "it-band", answer: "worse" }] });
    expect(massageFeedbackSchema.safeParse({ answers: [] }).success).toBe(false);
    expect(massageFeedbackSchema.safeParse({ answers: [{ region: "calves", answer: "amazing" }] }).success).toBe(false);
  });
});
