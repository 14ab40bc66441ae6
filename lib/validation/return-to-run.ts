import { z } from "zod";
import { REGIONS, SIDES } from "@/lib/rules";
import { isoDaySchema } from "./soreness";

// The return-to-run programme's inputs, shared by its forms, their actions and the JSON API.

function toNumber(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const text = v.trim();
  return text === "" ? undefined : Number(text);
}
const pain = (what: string) => {
  const message = `Give ${what} as a whole number from 0 (none) to 10 (worst imaginable).`;
  return z.preprocess(toNumber, z.number({ error: message }).int(message).min(0, message).max(10, message));
};
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const startProgrammeSchema = z
  .object({
    region: z.enum(REGIONS, { error: `Choose a region: ${REGIONS.join(", ")}.` }),
    side: z.enum(SIDES, { error: "Choose a side: left, right or both." }),
    usualRestPain: pain("your usual pain at rest"),
    usualTestPain: pain("your usual pain on the single-leg test"),
    startOn: isoDaySchema.optional(),
  })
  .strict();
export type StartProgrammeInput = z.infer<typeof startProgrammeSchema>;

export const programmeActionSchema = z.object({ action: z.enum(["pause", "resume", "end"], { error: "action is pause, resume or end." }) }).strict();

/** Either the pain during a session, or the next morning's pain at rest and on the test. */
export const sessionPainSchema = z.union(
  [
    z.object({ painDuring: pain("the pain during the session"), sharp: checkbox.optional() }).strict(),
    z.object({ restPain: pain("the pain at rest this morning"), testPain: pain("the pain on the single-leg test") }).strict(),
  ],
  { error: "Send either painDuring (0–10, and sharp) or restPain and testPain (0–10)." },
);
export type SessionPainInput = z.infer<typeof sessionPainSchema>;
