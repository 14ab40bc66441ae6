import { z } from "zod";
import { accountOperations } from "./accounts";
import { calendarOperations } from "./calendar";
import { crossTrainingOperations } from "./cross-training";
import { importOperations } from "./imports";
import { profileOperations } from "./profile";
import { runOperations } from "./runs";
import { shareOperations } from "./shares";
import { sorenessOperations } from "./soreness";
import type { ApiOperation } from "./types";
import { wellnessOperations } from "./wellness";

// Every feature adds its operations here; the description is generated from the same zod
// schemas the routes use to validate, so the two cannot disagree.
export const API_OPERATIONS: ApiOperation[] = [...accountOperations, ...runOperations, ...sorenessOperations, ...calendarOperations, ...crossTrainingOperations, ...importOperations, ...profileOperations, ...shareOperations];
API_OPERATIONS.push(...wellnessOperations);

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const parameters: unknown[] = [];
    for (const name of op.pathParams ?? []) parameters.push({ name, in: "path", required: true, schema: { type: "string", format: "uuid" } });
    if (op.query) {
      const shape = jsonSchema(op.query, "input") as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(shape.properties ?? {})) {
        parameters.push({ name, in: "query", required: shape.required?.includes(name) ?? false, schema });
      }
    }
    if (op.idempotent) {
      parameters.push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description: "The same key and body again return the first answer and store nothing new.",
        schema: { type: "string", maxLength: 255 },
      });
    }
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(op.responses)) {
      responses[status] = r.schema
        ? { description: r.description, content: { "application/json": { schema: jsonSchema(r.schema, "output") } } }
        : { description: r.description };
    }
    for (const status of ["400", "401", "404", "413", "415", "422", "429"]) {
      responses[status] ??= { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.auth === false ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { [op.bodyContentType ?? "application/json"]: { schema: jsonSchema(op.body, "input") } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Recovery Planner API",
      version: "1",
      description:
        "Runs, soreness, races, massage days and the recovery plan. Units as stored: metres, seconds, ISO 8601 times; dates are the runner's local days (YYYY-MM-DD). Authenticate with a personal token (Authorization: Bearer) or the session cookie (changes then must come from the app's own origin). Errors: { error: { code, message, fields? } }.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token (POST /tokens or the settings page)." },
        cookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
