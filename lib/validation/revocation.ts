import type { FormState } from "./form";

/**
 * What the change-password and sign-out-everywhere forms show afterwards: what was revoked
 * (every other session, and each personal API token by name) and the calendar feed's fate.
 */
export interface RevocationState extends FormState {
  revokedTokens?: string[];
  /** The feed's new URL after a password change (the old one answers 404). */
  newFeedUrl?: string;
  /** After sign-out-everywhere: the runner has a feed they may want to rotate too. */
  offerFeedRotation?: boolean;
}
