import { z } from "zod";
import { REGIONS } from "../rules/types";
import { massageDepthSchema, massageRegionsSchema } from "./massage";

/** How long a therapist link lives by default (issue 16: "14 days by default"), and at most. */
export const SHARE_DEFAULT_DAYS = 14;
export const SHARE_MAX_DAYS = 90;
export const SHARE_EXPIRY_CHOICES = [1, 3, 7, 14, 30, 60, 90] as const;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const checkbox = (value: unknown) => (value === "on" || value === "true" ? true : value === undefined || value === "false" ? false : value);

/**
 * A therapist link: POST /api/v1/shares and the settings form. Notes by the therapist need a
 * link made from one massage session, so that only that session's notes can be written.
 */
export const shareCreateSchema = z
  .object({
    label: z
      .string({ error: "Name the link, e.g. the clinic’s name." })
      .trim()
      .min(1, "Name the link, e.g. the clinic’s name.")
      .max(80, "Use at most 80 characters."),
    expiresInDays: z.preprocess(
      (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : emptyToUndefined(value)),
      z
        .number({ error: `Choose how many days the link works (1–${SHARE_MAX_DAYS}).` })
        .int(`Choose a whole number of days (1–${SHARE_MAX_DAYS}).`)
        .min(1, `Choose 1 to ${SHARE_MAX_DAYS} days.`)
        .max(SHARE_MAX_DAYS, `Choose 1 to ${SHARE_MAX_DAYS} days.`)
        .default(SHARE_DEFAULT_DAYS),
    ),
    massageId: z.preprocess(emptyToUndefined, z.uuid({ error: "Choose one of your massage sessions." }).optional()),
    allowNotes: z.preprocess(checkbox, z.boolean({ error: "allowNotes is true or false." }).default(false)),
    showName: z.preprocess(checkbox, z.boolean({ error: "showName is true or false." }).default(false)),
    noteToTherapist: z.preprocess(emptyToUndefined, z.string().trim().max(1000, "Note: use at most 1,000 characters.").optional()),
  })
  .strict()
  .refine((input) => !input.allowNotes || input.massageId !== undefined, {
    message: "To let the therapist add session notes, make the link from the booked massage, so only that session’s notes can be written.",
    path: ["allowNotes"],
  });
export type ShareCreateInput = z.output<typeof shareCreateSchema>;

export const SHARE_FORM_FIELDS = ["label", "expiresInDays", "massageId", "allowNotes", "showName", "noteToTherapist"] as const;

/** The settings form's FormData → the raw object the schema takes (unchecked boxes are absent). */
export function shareFormObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of SHARE_FORM_FIELDS) {
    const value = formData.get(name);
    if (typeof value === "string") out[name] = value;
  }
  return out;
}

/** What a session worked on and found: the runner's form, the therapist's form, and the API. */
export const sessionNoteSchema = z
  .object({
    regionsWorked: massageRegionsSchema.default([]),
    depthWorked: z.preprocess((value) => (value === "" ? null : value), massageDepthSchema.nullable().default(null)),
    findings: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : value),
      z.string().trim().max(2000, "Findings: use at most 2,000 characters.").nullable().default(null),
    ),
  })
  .strict()
  .refine((note) => note.regionsWorked.length > 0 || note.findings !== null, {
    message: "Say which regions were worked on, or what was found.",
    path: ["findings"],
  });
export type SessionNoteInput = z.output<typeof sessionNoteSchema>;

/** FormData of a session-notes form → the raw object (regions are checkboxes). */
export function sessionNoteFormObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = { regionsWorked: formData.getAll("regionsWorked").filter((v) => typeof v === "string") };
  for (const name of ["depthWorked", "findings"]) {
    const value = formData.get(name);
    if (typeof value === "string") out[name] = value;
  }
  return out;
}

export const FEEDBACK_ANSWERS = ["better", "same", "worse"] as const;

/** "Did yesterday's massage help?": one answer per region, at least one. */
export const massageFeedbackSchema = z
  .object({
    answers: z
      .array(
        z
          .object({
            region: z.enum(REGIONS, { error: `Choose regions from: ${REGIONS.join(", ")}.` }),
            answer: z.enum(FEEDBACK_ANSWERS, { error: "Answer better, same or worse." }),
          })
          .strict(),
        { error: "answers is a list of { region, answer }." },
      )
      .min(1, "Answer for at least one region.")
      .max(REGIONS.length)
      .refine((answers) => new Set(answers.map((a) => a.region)).size === answers.length, "Answer each region once."),
  })
  .strict();
export type MassageFeedbackInput = z.output<typeof massageFeedbackSchema>;

/** FormData of the feedback form (radio groups named "answer.<region>") → the raw object. */
export function feedbackFormObject(formData: FormData): Record<string, unknown> {
  const answers: { region: string; answer: string }[] = [];
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("answer.") && typeof value === "string" && value !== "") answers.push({ region: name.slice("answer.".length), answer: value });
  }
  return { answers };
}
