/**
 * A rule about the runner's own data that a schema alone cannot check (it needs their time zone
 * or what is stored): thrown by lib/data, shown by forms next to the field and answered 422 by
 * the API with the field named.
 */
export class DomainValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "DomainValidationError";
  }
}
