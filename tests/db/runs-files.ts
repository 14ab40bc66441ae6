// Small activity files for the run import tests, written by hand (GPX, TCX) or encoded with the
// FIT SDK (via tests/unit/import/fit-builder.ts).
import { buildFitRun, toFitTime } from "../unit/import/fit-builder";

/** A GPX run of `points` points one second apart, due north, with heart rate. */
export function gpxRun({ start = "2025-03-02T07:00:00Z", points = 5, withTime = true, type = "running" } = {}): string {
  const t0 = Date.parse(start);
  const pts = Array.from({ length: points }, (_, i) => {
    const time = withTime ? `<time>${new Date(t0 + i * 60_000).toISOString()}</time>` : "";
    return `<trkpt lat="${(52 + i * 0.002).toFixed(4)}" lon="4.9000"><ele>10</ele>${time}<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${140 + i}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="hand" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata><time>2020-01-01T00:00:00Z</time></metadata>
  <trk><name>Morning run</name><type>${type}</type><trkseg>
${pts}
  </trkseg></trk>
</gpx>`;
}

/** A TCX activity with one lap: totals given. */
export function tcxRun({ start = "2025-03-03T06:30:00Z", seconds = 1800, metres = 5000, sport = "Running" } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
  <Activities><Activity Sport="${sport}"><Id>${start}</Id>
    <Lap StartTime="${start}"><TotalTimeSeconds>${seconds}</TotalTimeSeconds><DistanceMeters>${metres}</DistanceMeters>
      <AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>170</Value></MaximumHeartRateBpm>
      <Track>
        <Trackpoint><Time>${start}</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
        <Trackpoint><Time>${new Date(Date.parse(start) + seconds * 1000).toISOString()}</Time><DistanceMeters>${metres}</DistanceMeters></Trackpoint>
      </Track>
    </Lap>
  </Activity></Activities>
</TrainingCenterDatabase>`;
}

/** A FIT run: `records` seconds at `speedMps`, starting at `start`. */
export function fitRun({ start = "2025-03-04T05:45:00Z", records = 600, speedMps = 3, sport = "running" } = {}): Uint8Array {
  return buildFitRun({ startFitTime: toFitTime(new Date(start)), records, speedMps, gps: true, heartRate: () => 150, sport });
}
