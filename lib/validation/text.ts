/**
 * Text a runner types is plain text. Postgres refuses a NUL byte in text (it used to surface as a
 * 500), and the other C0 control characters are invisible garbage in a name or a note. Tab,
 * newline and carriage return stay allowed (notes have lines; a pasted tab is harmless).
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARACTERS_ALL = /[\u0000-\u001f\u007f]/g;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** The message for a field holding a control character, naming the field. */
export const controlCharacterMessage = (field: string) =>
  `${field} contains an invisible control character (such as a NUL byte); remove it and try again.`;

/** A file name as we store and show it: control characters (tab and newline too) removed. */
export function cleanFileName(name: string): string {
  return name.replace(CONTROL_CHARACTERS_ALL, "").trim();
}

/**
 * The dotted paths of every string inside a parsed JSON body or query that holds a control
 * character, e.g. ["notes", "spots.2.region"]. Used by the API's readers before any schema, so
 * no route can pass such text on to the database.
 */
export function pathsWithControlCharacters(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "string") {
    if (hasControlCharacter(value)) found.push(path.length ? path.join(".") : "_form");
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => pathsWithControlCharacters(item, [...path, String(i)], found));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (hasControlCharacter(key)) found.push([...path, key.replace(CONTROL_CHARACTERS_ALL, "?")].join("."));
      pathsWithControlCharacters(item, [...path, key], found);
    }
  }
  return found;
}
