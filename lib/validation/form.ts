import type { z } from "zod";

/** What a form's server action returns: field errors from the shared zod schema, or a message. */
export interface FormState {
  ok?: boolean;
  message?: string;
  /** A caution beside a success, shown as an alert (a red flag just logged). */
  warning?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Nothing was saved: a question the runner must confirm first ("did you mean…?"). */
  confirm?: string;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  // A Map, so a field named "__proto__" or "constructor" is just a name; Object.fromEntries then
  // makes a plain object (React refuses null-prototype objects in props to client components).
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    // An unknown field (a body carrying userId, say) is reported under its own name.
    const keys =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => [...issue.path, k].join("."))
        : [issue.path.length ? issue.path.join(".") : "_form"];
    for (const key of keys) {
      const list = out.get(key) ?? [];
      list.push(issue.code === "unrecognized_keys" ? `"${key}" is not a field here.` : issue.message);
      out.set(key, list);
    }
  }
  return Object.fromEntries(out);
}

/** FormData → plain object of the named fields (strings only; files are read elsewhere). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = formData.get(name);
    if (typeof v === "string") out[name] = v;
  }
  return out;
}
