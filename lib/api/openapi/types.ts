import type { z } from "zod";

export interface ApiOperation {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string; // OpenAPI path, e.g. "/runs/{id}"
  summary: string;
  tag: string;
  auth?: boolean; // default true: bearer token or session cookie
  body?: z.ZodType;
  bodyContentType?: string; // default application/json
  query?: z.ZodObject;
  pathParams?: string[];
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  idempotent?: boolean; // honours Idempotency-Key
}
