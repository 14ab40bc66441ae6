/**
 * Each kind of GPX/TCX fault seen in real exports, written as text here so these always run
 * (the shared field-case files are checked in field-cases.test.ts where they exist).
 */
import { describe, expect, it } from "vitest";
import { parseActivities } from "@/lib/import";
import { meridianMetres, utf8 } from "./helpers";

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.parse("2026-03-02T07:00:00Z");

/** Trackpoints every 60 s moving north by `stepDeg`, from `startMs`. */
function trackpoints(startMs: number, count: number, stepDeg: number, lat0 = 10): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    out += `<Trackpoint><Time>${iso(startMs + i * 60_000)}</Time><Position><LatitudeDegrees>${lat0 + i * stepDeg}</LatitudeDegrees><LongitudeDegrees>20</LongitudeDegrees></Position><HeartRateBpm><Value>140</Value></HeartRateBpm></Trackpoint>`;
  }
  return out;
}

function activity(sport: string, startMs: number, seconds: number, metres: number): string {
  return (
    `<Activity Sport="${sport}"><Id>${iso(startMs)}</Id><Lap StartTime="${iso(startMs)}"><TotalTimeSeconds>${seconds}</TotalTimeSeconds>` +
    `<DistanceMeters>${metres}</DistanceMeters><Track>${trackpoints(startMs, seconds / 60 + 1, 0.001)}</Track></Lap></Activity>`
  );
}

const tcx = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>${body}</Activities></TrainingCenterDatabase>`;

function gpx(type: string | null, segments: { startMs: number; points: number; lat0: number }[]): string {
  const segs = segments
    .map(
      (s) =>
        "<trkseg>" +
        Array.from({ length: s.points }, (_, i) => `<trkpt lat="${s.lat0 + i * 0.001}" lon="20"><time>${iso(s.startMs + i * 60_000)}</time></trkpt>`).join("") +
        "</trkseg>",
    )
    .join("");
  return `<?xml version="1.0"?><gpx version="1.1" creator="StravaGPX" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>x</name>${type === null ? "" : `<type>${type}</type>`}${segs}</trk></gpx>`;
}

describe("TCX", () => {
  it("accepts spaces and a newline before <?xml (Strava's TCX exports)", async () => {
    const [a] = await parseActivities(utf8("          \n" + tcx(activity("Running", T0, 1500, 5000))), "strava.tcx");
    expect([a?.distanceM, a?.durationSec, a?.isRun]).toEqual([5000, 1500, true]);
    const [b] = await parseActivities(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("\r\n " + tcx(activity("Running", T0, 1500, 5000)))]), "bom.tcx");
    expect(b?.distanceM).toBe(5000);
  });

  it("reads every <Activity> as its own entry, in time order (Training Center exports)", async () => {
    const later = T0 + 2 * 86_400_000;
    const all = await parseActivities(utf8(tcx(activity("Running", later, 2400, 8000) + activity("Running", T0, 1500, 5000))), "history.tcx");
    expect(all.map((a) => [a.startedAt?.toISOString(), a.distanceM, a.durationSec, a.elapsedSec])).toEqual([
      [iso(T0), 5000, 1500, 1500],
      [iso(later), 8000, 2400, 2400],
    ]);
  });

  it("reads every leg of a <MultiSportSession>, the ride and the transition as cross-training", async () => {
    const body =
      `<MultiSportSession><Id>${iso(T0)}</Id><FirstSport>${activity("Running", T0, 1500, 5000)}</FirstSport>` +
      `<NextSport><Transition StartTime="${iso(T0 + 1_500_000)}"><TotalTimeSeconds>100</TotalTimeSeconds><DistanceMeters>50</DistanceMeters></Transition>` +
      `${activity("Biking", T0 + 1_600_000, 2400, 20000)}</NextSport>` +
      `<NextSport>${activity("Running", T0 + 4_100_000, 900, 3000)}</NextSport></MultiSportSession>`;
    const all = await parseActivities(utf8(tcx(body)), "multi.tcx");
    expect(all.map((a) => [a.sport, a.isRun, a.distanceM, a.durationSec])).toEqual([
      ["running", true, 5000, 1500],
      ["transition", false, 50, 100],
      ["cycling", false, 20000, 2400],
      ["running", true, 3000, 900],
    ]);
  });

  it("without lap times, leaves the gap between two <Track>s out of the moving time, with a warning", async () => {
    const body =
      `<Activity Sport="Running"><Id>${iso(T0)}</Id><Lap StartTime="${iso(T0)}"><Track>${trackpoints(T0, 11, 0.001)}</Track>` +
      `<Track>${trackpoints(T0 + 70 * 60_000, 11, 0.001, 10.1)}</Track></Lap></Activity>`;
    const [a] = await parseActivities(utf8(tcx(body)), "paused.tcx");
    expect(a?.durationSec).toBe(1200);
    expect(a?.elapsedSec).toBe(4800);
    expect(a?.distanceM).toBe(r3(2 * meridianMetres(0.01)));
    expect(a?.warnings.join(" ")).toMatch(/paused once \(60 min in all\)/);
  });
});

describe("GPX", () => {
  const oneSegment = [{ startMs: T0, points: 31, lat0: 10 }];

  it.each([
    ["9", "running", null, true],
    ["1", "cycling", null, false],
    ["16", "swimming", null, false],
    ["17", "cycling", "virtual_activity", false],
    ["10", "walking", null, false],
    ["4", "hiking", null, false],
    ["22", "rowing", null, false],
    ["Run", "running", null, true],
    ["running", "running", null, true],
    ["TrailRun", "running", "trail", true],
    ["Ride", "cycling", null, false],
    ["VirtualRide", "cycling", "virtual_activity", false],
    ["Swim", "swimming", null, false],
    ["Walk", "walking", null, false],
    ["Hike", "hiking", null, false],
  ])("<type>%s</type> → %s / %s, run: %s", async (type, sport, subSport, isRun) => {
    const [a] = await parseActivities(utf8(gpx(type, oneSegment)), "t.gpx");
    expect([a?.sport, a?.subSport, a?.isRun]).toEqual([sport, subSport, isRun]);
  });

  it("keeps an unknown Strava code as 'other' cross-training, never a number, with a warning", async () => {
    const [a] = await parseActivities(utf8(gpx("999", oneSegment)), "t.gpx");
    expect([a?.sport, a?.isRun]).toEqual(["other", false]);
    expect(a?.warnings.join(" ")).toMatch(/code 999/);
  });

  it("leaves the pause between segments out: no straight line across it, moving time within segments", async () => {
    const segments = [
      { startMs: T0, points: 11, lat0: 10 },
      { startMs: T0 + 70 * 60_000, points: 11, lat0: 10.03 },
    ];
    const [a] = await parseActivities(utf8(gpx("9", segments)), "pause.gpx");
    expect(a?.distanceM).toBe(r3(2 * meridianMetres(0.01)));
    expect(a?.durationSec).toBe(1200);
    expect(a?.elapsedSec).toBe(4800);
    expect(a?.warnings.join(" ")).toMatch(/paused once \(60 min in all\)/);
  });

  it("a segment split every few points with no time between them is not a pause", async () => {
    // 30 segments of 2 points a minute apart: each split is a 1-minute step like any other.
    const segments = Array.from({ length: 30 }, (_, k) => ({ startMs: T0 + k * 120_000, points: 2, lat0: 10 + k * 0.002 }));
    const [a] = await parseActivities(utf8(gpx("9", segments)), "split.gpx");
    expect(a?.durationSec).toBe(3540);
    expect(a?.elapsedSec).toBe(3540);
    expect(a?.distanceM).toBe(r3(meridianMetres(59 * 0.001)));
    expect(a?.warnings).toEqual([]);
  });

  it("a 'run' at 2:00/km for 30 minutes is cross-training with the reason", async () => {
    // 0.0075° ≈ 834 m a minute.
    const fast = `<?xml version="1.0"?><gpx version="1.1"><trk><type>running</type><trkseg>${Array.from({ length: 31 }, (_, i) => `<trkpt lat="${10 + i * 0.0075}" lon="20"><time>${iso(T0 + i * 60_000)}</time></trkpt>`).join("")}</trkseg></trk></gpx>`;
    const [a] = await parseActivities(utf8(fast), "car.gpx");
    expect(a?.sport).toBe("running");
    expect(a?.isRun).toBe(false);
    expect(a?.warnings.join(" ")).toMatch(/faster than anyone runs/);
  });
});
