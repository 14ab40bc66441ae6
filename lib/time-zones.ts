/** The IANA time zones this runtime knows, for the settings list. */
export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
