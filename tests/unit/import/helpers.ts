import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ImportError, parseActivityFile, type ParsedActivity } from "@/lib/import";

export const FIXTURES = path.resolve(__dirname, "../../fixtures/import");

/**
 * A folder of ../shared/fixtures beside the checkout (the main checkout's sibling, or the
 * one above a worktree folder), or the first candidate when none exists (tests then skip).
 */
export function sharedFixtures(sub: string): string {
  const candidates = [
    path.resolve(__dirname, "../../../../shared/fixtures", sub),
    path.resolve(__dirname, "../../../../../shared/fixtures", sub),
  ];
  return candidates.find((c) => existsSync(c)) ?? (candidates[0] as string);
}

/** Mean Earth radius used by the importer; distance along a meridian is exactly R·Δφ. */
export const EARTH_RADIUS_M = 6_371_008.8;
export function meridianMetres(deltaLatDeg: number): number {
  return (EARTH_RADIUS_M * deltaLatDeg * Math.PI) / 180;
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Parses and expects an ImportError with this code; returns it for further checks. */
export async function expectImportError(
  bytes: Uint8Array,
  fileName: string,
  code: ImportError["code"],
): Promise<ImportError> {
  let caught: unknown = null;
  try {
    await parseActivityFile(bytes, fileName);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  const error = caught as ImportError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  return error;
}

/** Every number is finite and non-negative or null; the shape is complete. */
export function expectWellFormed(a: ParsedActivity): void {
  expect(["fit", "gpx", "tcx"]).toContain(a.format);
  for (const key of ["durationSec", "elapsedSec", "distanceM", "avgHeartRate", "maxHeartRate", "elevationGainM"] as const) {
    const v = a[key];
    if (v !== null) {
      expect(typeof v).toBe("number");
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  }
  expect(a.sport === null || typeof a.sport === "string").toBe(true);
  expect(a.startedAt === null || (a.startedAt instanceof Date && Number.isFinite(a.startedAt.getTime()))).toBe(true);
  expect(Number.isInteger(a.pointCount) && a.pointCount >= 0).toBe(true);
  expect(typeof a.hasGps).toBe("boolean");
  expect(Array.isArray(a.warnings)).toBe(true);
}
