export type ImportErrorCode = "unsupported" | "corrupt" | "empty" | "too-large" | "no-activity";

/** The only error parseActivityFile rejects with. `message` is written for the runner. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}
