import { describe, expect, it } from "vitest";
import { normaliseHeader, parseStravaDate, parseStravaNumber, readStravaActivitiesCsv } from "@/lib/import/strava-csv";

const csv = (text: string) => new TextEncoder().encode(text);

describe("Strava activities.csv, read by header name", () => {
  it("reads a current export with repeated names: the later Distance is raw metres, whatever the column order", () => {
    const { activities } = readStravaActivitiesCsv(
      csv(
        [
          "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Filename,Elapsed Time,Moving Time,Distance,Max Heart Rate,Relative Effort,Commute,Perceived Exertion",
          '7,"Sep 12, 2018, 3:02:23 PM",Lunch run,Run,2000,10.02,180,50,false,activities/7.gpx,2000.0,1800.5,10023.4,180.0,50,0,9.0',
          '8,"Sep 13, 2018, 6:00:00 AM",Pool,Swim,1900,"1,500",,,false,,1900.0,1800,1500.0,,,0,',
        ].join("\n"),
      ),
    );
    expect(activities[0]).toMatchObject({
      activityId: "7",
      name: "Lunch run",
      type: "Run",
      fileName: "activities/7.gpx",
      durationSec: 1801, // Moving Time, rounded
      elapsedSec: 2000,
      distanceM: 10023, // the raw column, not 10.02 read as metres or km rounded to 10 020
      distanceSource: "metres (raw column)",
      rpe: 9,
    });
    expect(activities[0]!.startedAt!.toISOString()).toBe("2018-09-12T15:02:23.000Z");
    // A swim's display distance is metres with a thousands separator: the raw column settles it.
    expect(activities[1]).toMatchObject({ distanceM: 1500, fileName: null, rpe: null });
  });

  it("reads the same data with the columns in another order (names, not positions)", () => {
    const { activities } = readStravaActivitiesCsv(
      csv(["Perceived Exertion,Distance,Filename,Activity Type,Activity Date,Moving Time,Distance", '4.0,5.00,,Run,"Mar 8, 2026, 6:30:00 PM",1500,5001.2'].join("\n")),
    );
    expect(activities[0]).toMatchObject({ rpe: 4, distanceM: 5001, durationSec: 1500, type: "Run", fileName: null });
  });

  it("says it assumed kilometres when there is one Distance column (2019 exports), and metres for the old lower-case export", () => {
    const mid = readStravaActivitiesCsv(csv('Activity ID,Activity Date,Activity Type,Elapsed Time,Distance,Filename\n1,"Mar 8, 2026, 6:30:00 PM",Run,2700,8.50,\n'));
    expect(mid.activities[0]).toMatchObject({ distanceM: 8500, distanceSource: "kilometres (assumed)", durationSec: 2700 });
    const old = readStravaActivitiesCsv(csv("id,date,name,type,description,elapsed_time,distance,commute,gear,filename\n2,2017-05-01 06:00:00,Run,Run,,3600,10000.0,false,,activities/2.gpx\n"));
    expect(old.activities[0]).toMatchObject({ distanceM: 10000, distanceSource: "metres (old export)", elapsedSec: 3600, fileName: "activities/2.gpx" });
    expect(old.activities[0]!.startedAt!.toISOString()).toBe("2017-05-01T06:00:00.000Z");
  });

  it("copes with Excel's re-save (BOM, semicolons) and header cells wrapped in <span>", () => {
    const { activities } = readStravaActivitiesCsv(
      csv('\uFEFF<span>Activity Date</span>;<span>Activity Type</span>;Distance;Moving Time\r\n"Mar 4, 2026, 7:00:00 AM";Run;6,5;1800\r\n'),
    );
    expect(activities[0]).toMatchObject({ type: "Run", distanceM: 6500, durationSec: 1800 });
    expect(normaliseHeader("<span>Perceived  Exertion</span>")).toBe("perceived exertion");
  });

  it("leaves an RPE out of range or a date it cannot read as missing, never guessed", () => {
    const { activities, warnings } = readStravaActivitiesCsv(csv("Activity Type,Perceived Exertion,Activity Date\nRun,11,31/02/2026\n"));
    expect(activities[0]).toMatchObject({ rpe: null, startedAt: null });
    expect(warnings).toEqual([]);
    expect(readStravaActivitiesCsv(csv("Activity Type\nRun\n")).warnings[0]).toMatch(/no Activity Date/);
  });

  it("parses Strava's dates and numbers", () => {
    expect(parseStravaDate("Dec 31, 2025, 12:05:00 AM")!.toISOString()).toBe("2025-12-31T00:05:00.000Z");
    expect(parseStravaDate("Feb 30, 2025, 1:00:00 PM")).toBeNull();
    expect(parseStravaNumber("1,234.5")).toBe(1234.5);
    expect(parseStravaNumber("")).toBeNull();
  });
});
