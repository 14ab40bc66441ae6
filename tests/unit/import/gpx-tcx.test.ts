import { describe, expect, it } from "vitest";
import { parseActivityFile } from "@/lib/import";
import { expectImportError, fixture, meridianMetres, utf8 } from "./helpers";

const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe("GPX", () => {
  it("reads GPX 1.1 with two segments and gpxtpx heart rate under any prefix, ignoring the metadata time", async () => {
    const a = await parseActivityFile(fixture("gpx11-two-segments.gpx"), "morning.gpx");
    expect(a).toEqual({
      format: "gpx",
      sport: "running",
      subSport: null,
      isRun: true,
      rpe: null,
      startedAt: new Date("2024-03-01T07:00:00Z"), // not the metadata 06:00 nor the waypoint 05:00
      durationSec: 30, // 20 s in the first segment + 10 s in the second: the 4:40 between them is a pause
      elapsedSec: 310,
      // 0.002° in the first segment + 0.001° in the second; the gap between segments is not bridged
      distanceM: round3(meridianMetres(0.003)),
      avgHeartRate: 140,
      maxHeartRate: 160,
      elevationGainM: 4, // 10→14 counts; 14→15 and the 4 m descent do not
      pointCount: 5,
      hasGps: true,
      warnings: [
        "The recording was paused once (5 min in all): the moving time leaves the pauses out, and the distance does not draw a straight line across them.",
      ],
    });
  });

  it("reads GPX 1.0, converts zone offsets to UTC and ignores the top-level time", async () => {
    const a = await parseActivityFile(fixture("gpx10.gpx"), "old.gpx");
    expect(a.format).toBe("gpx");
    expect(a.startedAt).toEqual(new Date("2019-06-01T10:00:00Z"));
    expect(a.elapsedSec).toBe(60);
    expect(a.durationSec).toBe(60);
    expect(a.distanceM).toBe(round3(meridianMetres(0.003)));
    expect(a.elevationGainM).toBe(0); // 2 m of rise stays inside the 3 m hysteresis band
    expect(a.avgHeartRate).toBeNull();
    expect(a.maxHeartRate).toBeNull();
    expect(a.sport).toBeNull();
    expect(a.pointCount).toBe(3);
  });

  it("reads a GPX without times: distance from the track, no date or duration, a warning", async () => {
    const a = await parseActivityFile(fixture("no-times.gpx"), "plan.gpx");
    expect(a.startedAt).toBeNull();
    expect(a.durationSec).toBeNull();
    expect(a.elapsedSec).toBeNull();
    expect(a.distanceM).toBe(round3(meridianMetres(0.005)));
    expect(a.sport).toBe("cycling"); // <type>MTB</type>
    expect(a.subSport).toBe("mountain");
    expect(a.isRun).toBe(false);
    expect(a.elevationGainM).toBe(14); // +10, then -5 moves the reference, then +4
    expect(a.pointCount).toBe(4); // route points are not track points
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/no times/);
  });

  it("rejects a GPX with only a route and waypoints as no-activity", async () => {
    await expectImportError(fixture("route-only.gpx"), "route.gpx", "no-activity");
  });

  it("decodes UTF-16 with a BOM and a UTF-8 BOM", async () => {
    const text = new TextDecoder().decode(fixture("gpx10.gpx"));
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect((await parseActivityFile(le, "utf16.gpx")).pointCount).toBe(3);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect((await parseActivityFile(bom, "bom.gpx")).distanceM).toBe(round3(meridianMetres(0.003)));
  });

  it("honours an ISO-8859-1 declaration", async () => {
    const text =
      '<?xml version="1.0" encoding="ISO-8859-1"?><gpx version="1.1"><trk><name>Caf\u00e9</name><type>Course \u00e0 pied</type>' +
      '<trkseg><trkpt lat="1" lon="1"/><trkpt lat="1.001" lon="1"/></trkseg></trk></gpx>';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const a = await parseActivityFile(bytes, "latin1.gpx");
    expect(a.sport).toBe("running"); // French for running, read through the accent
    expect(a.isRun).toBe(true);
    expect(a.pointCount).toBe(2);
  });

  it("rejects malformed XML as corrupt", async () => {
    await expectImportError(utf8('<gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="1"></trk></gpx>'), "bad.gpx", "corrupt");
    await expectImportError(utf8('<gpx version="1.1"><trk><name>&undefined;</name></trk></gpx>'), "bad.gpx", "corrupt");
  });
});

describe("TCX", () => {
  it("uses summed lap totals, point heart rate, and ignores Courses", async () => {
    const a = await parseActivityFile(fixture("two-laps.tcx"), "laps.tcx");
    expect(a).toEqual({
      format: "tcx",
      sport: "running",
      subSport: null,
      isRun: true,
      rpe: null,
      startedAt: new Date("2024-04-02T05:30:00Z"),
      durationSec: 1200, // 600.5 + 599.5
      elapsedSec: 1230, // first start to last point, including the 30 s between laps
      distanceM: 4000, // 2000.25 + 1999.75, not the last point's 3999
      avgHeartRate: 150,
      maxHeartRate: 170,
      elevationGainM: 10, // 600→606, then 606→610 (the 2 m dip stays in the band)
      pointCount: 5,
      hasGps: true,
      warnings: [],
    });
  });

  it("rejects a TCX with only a course as no-activity", async () => {
    await expectImportError(fixture("course-only.tcx"), "course.tcx", "no-activity");
  });

  it("falls back to lap heart rate and the last point distance when points lack them", async () => {
    const tcx = `<?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Biking">
      <Lap StartTime="2024-01-01T10:00:00Z"><AverageHeartRateBpm><Value>120</Value></AverageHeartRateBpm>
      <MaximumHeartRateBpm><Value>130</Value></MaximumHeartRateBpm><TotalTimeSeconds>100</TotalTimeSeconds><Track>
      <Trackpoint><Time>2024-01-01T10:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
      <Trackpoint><Time>2024-01-01T10:01:40Z</Time><DistanceMeters>512.5</DistanceMeters></Trackpoint>
      </Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
    const a = await parseActivityFile(utf8(tcx), "ride.tcx");
    expect(a.sport).toBe("cycling"); // TCX "Biking", in the app's words
    expect(a.isRun).toBe(false);
    expect(a.distanceM).toBe(512.5);
    expect(a.avgHeartRate).toBe(120);
    expect(a.maxHeartRate).toBe(130);
    expect(a.durationSec).toBe(100);
    expect(a.elapsedSec).toBe(100);
    expect(a.hasGps).toBe(false);
  });
});

describe("hostile XML", () => {
  it("never resolves an external entity (XXE): the DTD is refused", async () => {
    const error = await expectImportError(fixture("xxe.gpx"), "xxe.gpx", "unsupported");
    expect(error.message).not.toMatch(/root:/);
    expect(error.message).toMatch(/DTD/);
  });

  it("rejects billion laughs quickly without expanding entities", async () => {
    const t0 = performance.now();
    await expectImportError(fixture("billion-laughs.gpx"), "lol.gpx", "unsupported");
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("rejects an entity expansion attempt that hides the DTD after a comment", async () => {
    const text = `<?xml version="1.0"?><!-- hi --><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">]><gpx version="1.1"><trk><name>&a;</name></trk></gpx>`;
    await expectImportError(utf8(text), "x.gpx", "unsupported");
  });

  it("rejects 10,000-deep nesting as corrupt, quickly", async () => {
    const depth = 10_000;
    const text = `<gpx version="1.1">${"<a>".repeat(depth)}${"</a>".repeat(depth)}</gpx>`;
    const t0 = performance.now();
    const error = await expectImportError(utf8(text), "deep.gpx", "corrupt");
    expect(error.message).toMatch(/nested too deeply/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("accepts nesting inside the bound", async () => {
    const text = `<gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="1"><extensions>${"<x>".repeat(50)}${"</x>".repeat(50)}</extensions></trkpt></trkseg></trk></gpx>`;
    expect((await parseActivityFile(utf8(text), "ok.gpx")).pointCount).toBe(1);
  });

  it("treats markup inside text as text, not as points", async () => {
    const text = `<gpx version="1.1"><trk><name>&lt;trkpt lat="1" lon="1"/&gt;</name><trkseg><trkpt lat="2" lon="2"/></trkseg></trk></gpx>`;
    expect((await parseActivityFile(utf8(text), "t.gpx")).pointCount).toBe(1);
  });
});
