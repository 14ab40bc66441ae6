/** Thrown by planRecovery for input it cannot plan from; `field` names the offending path. */
export class PlanInputError extends Error {
  /** The path of the first bad value, e.g. "runs[3].rpe" or "today". */
  readonly field: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "PlanInputError";
    this.field = field;
  }
}

/** ["runs", 3, "rpe"] → "runs[3].rpe" — the same format for zod paths and the fast checker. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text === "" ? "(input)" : text;
}
