import { z } from "zod";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/form";

describe("field errors from a zod error", () => {
  const schema = z.object({ level: z.number().max(10, "At most 10.") }).strict();

  it("names each wrong field, unknown fields under their own names", () => {
    const result = schema.safeParse({ level: 11, userId: "someone else" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ level: ["At most 10."], userId: ['"userId" is not a field here.'] });
  });

  it("treats __proto__ and constructor as plain names and returns a plain object React can pass to the client", () => {
    const result = schema.safeParse(JSON.parse('{"level": 1, "__proto__": 1, "constructor": 2}'));
    const errors = fieldErrorsOf(result.error!);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    expect(Object.keys(errors).sort()).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
