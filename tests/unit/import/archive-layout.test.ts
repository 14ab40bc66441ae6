import { Encoder, type Mesg } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { activityFileKind, detectLayout, planEntry } from "@/lib/import/archive-layout";
import { FIT_FILE_TYPE_ACTIVITY, fitFileType } from "@/lib/import/fit-file-type";
import { buildHourRun } from "./fit-builder";

describe("archive layouts", () => {
  it("recognises Strava's, Garmin's and any other zip from the names alone", () => {
    expect(detectLayout(["export_1/activities.csv", "export_1/activities/1.gpx"])).toBe("strava");
    expect(detectLayout(["activities.csv", "media/a.jpg"])).toBe("strava");
    expect(detectLayout(["DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"])).toBe("garmin");
    expect(detectLayout(["runs/a.fit", "b.zip"])).toBe("plain");
  });

  it("plans Strava entries: activity files compressed or not, the CSV, photos skipped without reading", () => {
    expect(planEntry("activities.csv", "strava", 1)).toEqual({ kind: "strava-csv" });
    expect(planEntry("activities/1.fit.gz", "strava", 1)).toEqual({ kind: "activity", format: "fit", gzipped: true });
    expect(planEntry("activities/2.TCX", "strava", 1)).toEqual({ kind: "activity", format: "tcx", gzipped: false });
    expect(planEntry("media/abc.jpg", "strava", 1)).toEqual({ kind: "skip", reason: "a photo or video (not read)" });
    expect(planEntry("media/clip.MOV", "strava", 1).kind).toBe("skip");
    expect(planEntry("profile.csv", "strava", 1)).toMatchObject({ kind: "skip" });
  });

  it("plans Garmin entries: zips under the uploaded-files folder are opened, FIT files inside them read, the rest skipped", () => {
    expect(planEntry("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", "garmin", 1)).toEqual({ kind: "zip" });
    expect(planEntry("DI_CONNECT/DI-Connect-Wellness/x.zip", "garmin", 1)).toMatchObject({ kind: "skip" });
    expect(planEntry("DI_CONNECT/DI-Connect-Fitness/me_0_summarizedActivities.json", "garmin", 1)).toMatchObject({ kind: "skip" });
    expect(planEntry("x_123.fit", "garmin", 2, true)).toEqual({ kind: "activity", format: "fit", gzipped: false });
    expect(planEntry("nested.zip", "garmin", 2, true)).toMatchObject({ kind: "skip", reason: expect.stringMatching(/more than two levels/) });
  });

  it("opens zips two levels deep in any other zip, and no deeper", () => {
    expect(planEntry("more.zip", "plain", 1)).toEqual({ kind: "zip" });
    expect(planEntry("deeper.zip", "plain", 2)).toMatchObject({ kind: "skip", reason: expect.stringMatching(/more than two levels/) });
    expect(planEntry("notes.txt", "plain", 1)).toMatchObject({ kind: "skip" });
    expect(planEntry("__MACOSX/._a.fit", "plain", 1)).toMatchObject({ kind: "skip" });
    expect(activityFileKind("a.gpx.gz")).toEqual({ format: "gpx", gzipped: true });
  });

  it("reads a FIT file's type: activity files go on, monitoring files are skipped", () => {
    expect(fitFileType(buildHourRun())).toBe(FIT_FILE_TYPE_ACTIVITY);
    const encoder = new Encoder();
    encoder.onMesg(0, { type: "monitoringB", manufacturer: "garmin", product: 1, serialNumber: 1, timeCreated: new Date() } as unknown as Mesg);
    expect(fitFileType(encoder.close())).toBe(32);
    expect(fitFileType(new TextEncoder().encode("<gpx/>"))).toBeNull();
  });
});
