import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { mergedSettings, profileOf, saveProfile } from "@/lib/data/profile";
import { fieldErrorsOf } from "@/lib/validation/form";
import { profilePatchSchema } from "@/lib/validation/settings";

/** The runner's settings: units (distance, fluid, temperature), time zone, body mass, maximum heart rate, routine massage. */
export const GET = apiRoute(async (_request, caller) => json(profileOf(caller.runner)));

/**
 * Changes any of the settings; the merged result is checked with the settings page's schema
 * (422 with the fields otherwise, nothing changed). Every text the API writes follows them.
 */
export const PATCH = apiRoute(async (request, caller) => {
  const patch = await readJson(request, profilePatchSchema);
  const merged = mergedSettings(caller.runner, patch);
  if (!merged.success) throw new ApiError(422, "validation_failed", "Some fields are not valid.", fieldErrorsOf(merged.error));
  return json(await saveProfile(caller.runner, merged.data));
});
