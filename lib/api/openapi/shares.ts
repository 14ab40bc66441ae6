import { z } from "zod";
import { MASSAGE_DEPTHS, REGIONS } from "@/lib/rules/types";
import { FEEDBACK_ANSWERS, massageFeedbackSchema, sessionNoteSchema, shareCreateSchema } from "@/lib/validation/share";
import type { ApiOperation } from "./types";

const share = z.object({
  id: z.uuid(),
  label: z.string(),
  massageId: z.uuid().nullable().describe("The session the link was made from; the therapist may write notes for it only"),
  allowNotes: z.boolean(),
  showName: z.boolean(),
  noteToTherapist: z.string().nullable(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  lastOpenedAt: z.iso.datetime().nullable().describe("When the therapist last opened the page (to the minute)"),
  createdAt: z.iso.datetime(),
  state: z.enum(["active", "expired", "revoked"]),
});
const createdShare = share.extend({
  token: z.string().describe("Shown once; stored hashed. The page is /share/{token}"),
  url: z.url().describe("Private: anyone with it can read the page until it expires or is revoked"),
});
const note = z.object({
  massageId: z.uuid(),
  regionsWorked: z.array(z.enum(REGIONS)),
  depthWorked: z.enum(MASSAGE_DEPTHS).nullable(),
  findings: z.string().nullable(),
  author: z.enum(["runner", "therapist"]).describe("Typed by the runner, or by the therapist through a link that allows it"),
  updatedAt: z.iso.datetime(),
});
const answers = z.object({ answers: z.array(z.object({ region: z.enum(REGIONS), answer: z.enum(FEEDBACK_ANSWERS) })) });

export const shareOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/shares",
    tag: "Therapist links",
    summary: "Your therapist links (never their tokens), newest first, with when each was last opened",
    responses: { 200: { description: "OK", schema: z.object({ shares: z.array(share) }) } },
  },
  {
    method: "post",
    path: "/shares",
    tag: "Therapist links",
    summary:
      "A private read-only page for your massage therapist (expires after expiresInDays, 14 by default; allowNotes needs massageId: the therapist may then add notes for that session only)",
    body: shareCreateSchema,
    idempotent: true,
    responses: { 201: { description: "Created; the token is in this answer only", schema: createdShare } },
  },
  {
    method: "delete",
    path: "/shares/{id}",
    tag: "Therapist links",
    summary: "Revoke a link: its page answers 404 at once",
    pathParams: ["id"],
    responses: { 204: { description: "Revoked" } },
  },
  {
    method: "get",
    path: "/massages/{id}/notes",
    tag: "Massage days",
    summary: "A session's notes: regions and depth worked, the therapist's findings (null when none yet)",
    pathParams: ["id"],
    responses: { 200: { description: "OK", schema: z.object({ note: note.nullable() }) } },
  },
  {
    method: "put",
    path: "/massages/{id}/notes",
    tag: "Massage days",
    summary: "Record what a done session worked on and found (replaces earlier notes; 422 unless the session is done)",
    pathParams: ["id"],
    body: sessionNoteSchema,
    responses: { 200: { description: "OK", schema: z.object({ note }) } },
  },
  {
    method: "get",
    path: "/massages/{id}/feedback",
    tag: "Massage days",
    summary: "“Did it help?” answers per region for a session",
    pathParams: ["id"],
    responses: { 200: { description: "OK", schema: answers } },
  },
  {
    method: "put",
    path: "/massages/{id}/feedback",
    tag: "Massage days",
    summary: "Better / same / worse per region, 1–3 days after a done session (answering again replaces)",
    pathParams: ["id"],
    body: massageFeedbackSchema,
    responses: { 200: { description: "OK", schema: answers } },
  },
];
