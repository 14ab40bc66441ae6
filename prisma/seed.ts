// `npm run db:seed`: creates (or recreates) a demo runner with six months of realistic history
// ending today — an 8-week marathon block with a taper and the race, easy / long / tempo /
// interval runs with RPE and some temperatures, soreness following the usual DOMS curve, a calf
// red flag that resolved, massages (done, booked, one proposal), a sweat-rate test, body mass and
// wellness — so a newcomer sees a full dashboard at once. Deterministic (seeded PRNG) for a given
// day; idempotent (rerunning replaces the demo runner's data). Races: one 24 days behind, a half
// marathon 19 days ahead and a marathon 110 days ahead; temperatures follow Berlin's climate on
// each run's real calendar day. Refuses (exit 1, with the reason) while an app holds the embedded
// database — the app would otherwise overwrite the seeded data on its next start.
//
// Runs under `node --conditions=react-server` because lib/db and lib/data import "server-only".
// With DATABASE_URL it seeds that Postgres; without, the embedded database in .data/.
import { mkdirSync } from "node:fs";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrations";
import { addDaysIso, dateColumn, instantOfLocal, localDateOf } from "../lib/format/dates";
import { DATA_DIR, EMBEDDED_DATA_DIR } from "../scripts/app-paths";
import type { Region, RunKind, Side } from "../lib/rules";
import { seededRandom } from "../scripts/seeded-random";

export const DEMO_EMAIL = "demo@recovery-planner.test";
export const DEMO_PASSWORD = "demo recovery runner";
const TIME_ZONE = "Europe/Berlin";
const HISTORY_DAYS = 182;

interface DemoRun {
  date: string;
  kind: RunKind;
  km: number;
  paceSecPerKm: number;
  rpe: number;
  temperatureC?: number;
  avgHeartRate?: number;
  time: string;
}
interface DemoSoreness {
  date: string;
  region: Region;
  side: Side;
  level: number;
  sharp?: boolean;
}

/**
 * Berlin's mean air temperature per month, °C (DWD climate normals 1991–2020, Berlin-Tempelhof,
 * rounded): the demo's runs get the weather of their real calendar day, not a fixed season.
 */
const BERLIN_MEAN_C = [0.6, 1.4, 4.9, 9.6, 14.3, 17.4, 19.7, 19.4, 15.1, 10.1, 5.2, 1.8] as const;

/** The climate mean of a day, interpolated between mid-month values. */
export function berlinMeanTemperatureC(date: string): number {
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  const fraction = (day - 15) / 30;
  const other = (month + (fraction < 0 ? 11 : 1)) % 12;
  const weight = Math.abs(fraction);
  return BERLIN_MEAN_C[month]! * (1 - weight) + BERLIN_MEAN_C[other]! * weight;
}

/** 0 = Monday … 6 = Sunday for a "YYYY-MM-DD". */
function weekday(date: string): number {
  const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  return (((day + 3) % 7) + 7) % 7;
}

/** The history, as plain data: everything is relative to `today` (the runner's local day). */
export function demoHistory(today: string) {
  const random = seededRandom(20260531);
  const at = (offset: number) => addDaysIso(today, offset);
  const round1 = (value: number) => Math.round(value * 10) / 10;
  // The marathon 24 days ago ends an 8-week block (56 days) whose last 2 weeks are the taper.
  const raceOffset = -24;
  const blockStart = raceOffset - 56;
  const calfFlag = { from: blockStart + 17, days: 11 }; // week 3 of the block

  const runs: DemoRun[] = [];
  const soreness: DemoSoreness[] = [];
  const doms = (start: number, region: Region, side: Side, peak: number) => {
    // DOMS: noticeable the next day, peaks at 24–72 h, gone within about 5 days (Cheung 2003).
    const curve = [Math.max(1, peak - 1), peak, Math.max(1, peak - 2), 1];
    curve.forEach((level, index) => {
      if (start + 1 + index <= 0) soreness.push({ date: at(start + 1 + index), region, side, level });
    });
  };

  for (let offset = -HISTORY_DAYS + 1; offset <= 0; offset++) {
    const date = at(offset);
    const dow = weekday(date);
    const inBlock = offset >= blockStart && offset < raceOffset;
    const blockWeek = inBlock ? Math.floor((offset - blockStart) / 7) : -1; // 0 … 7
    const taper = blockWeek >= 6;
    const afterRace = offset > raceOffset && offset <= raceOffset + 7;
    const inCalfFlag = offset >= calfFlag.from && offset < calfFlag.from + 4;
    // Morning and evening runs sit a little below and above the day's mean.
    const climate = berlinMeanTemperatureC(date);
    const temperature = () => (random() < 0.6 ? Math.round(climate + random() * 6 - 3) : undefined);
    const push = (kind: RunKind, km: number, pace: number, rpe: number, time = "07:00") => {
      const t = temperature();
      runs.push({
        date,
        kind,
        km: round1(km),
        paceSecPerKm: Math.round(pace + random() * 12 - 6),
        rpe,
        time,
        ...(t !== undefined ? { temperatureC: t } : {}),
        ...(random() < 0.7 ? { avgHeartRate: Math.round(128 + rpe * 6 + random() * 6) } : {}),
      });
    };

    if (offset === raceOffset) {
      runs.push({ date, kind: "race", km: 42.2, paceSecPerKm: 318, rpe: 9, time: "09:00", temperatureC: Math.round(climate), avgHeartRate: 168 });
      doms(offset, "quadriceps", "both", 5);
      doms(offset, "calves", "both", 4);
      continue;
    }
    if (offset === 0) continue; // today's run is not logged yet: the morning view
    if (offset === -1) {
      // Yesterday's long run: today's plan has massage, stretches and hydration to say.
      runs.push({ date, kind: "long", km: 19, paceSecPerKm: 352, rpe: 6, time: "08:00", temperatureC: Math.round(climate + 2), avgHeartRate: 151 });
      continue;
    }
    if (inCalfFlag || (afterRace && offset < raceOffset + 4)) continue; // rest days
    if (afterRace) {
      if (dow % 2 === 0) push("recovery", 5 + random() * 2, 375, 2);
      continue;
    }

    const scale = inBlock ? (taper ? (blockWeek === 6 ? 0.7 : 0.5) : 1 + blockWeek * 0.06) : offset > raceOffset ? 0.85 : 0.9;
    switch (dow) {
      case 0: // Monday: rest
      case 4: // Friday: rest or a short recovery jog
        if (dow === 4 && random() < 0.4) push("recovery", 5, 380, 2);
        break;
      case 1: // Tuesday: intervals
        push("intervals", 10 * scale + random(), 290, 8, "18:30");
        if (random() < 0.5) doms(offset, "calves", random() < 0.5 ? "left" : "both", 3);
        break;
      case 2: // Wednesday: easy
      case 5: // Saturday: easy
        push("easy", (8 + random() * 3) * scale, 345, 3);
        break;
      case 3: // Thursday: tempo
        push("tempo", 11 * scale + random(), 305, 7, "18:30");
        if (random() < 0.3) doms(offset, "hamstrings", "both", 3);
        break;
      case 6: {
        // Sunday: the long run grows through the block; 16–18 km outside it.
        const km = inBlock ? Math.min(32, 22 + blockWeek * 2) * (taper ? (blockWeek === 6 ? 0.7 : 0.55) : 1) : offset > raceOffset ? 15 + random() * 2 : 16 + random() * 3;
        push("long", km, 350, inBlock && !taper ? 6 : 5, "08:00");
        if (random() < 0.6) doms(offset, "quadriceps", "both", inBlock ? 4 : 3);
        if (random() < 0.3) doms(offset, "it-band", "right", 2);
        break;
      }
    }
  }

  // The calf red flag: a sharp pain in the right calf on an interval day, easing over 11 days.
  [6, 6, 5, 5, 4, 3, 3, 2, 1, 1, 0].forEach((level, index) => {
    soreness.push({ date: at(calfFlag.from + index), region: "calves", side: "right", level, ...(index < 2 ? { sharp: true } : {}) });
  });
  // Today, the morning after the warm long run: a light DOMS to act on.
  soreness.push({ date: at(0), region: "quadriceps", side: "both", level: 4 });
  soreness.push({ date: at(0), region: "calves", side: "left", level: 3 });
  soreness.push({ date: at(0), region: "hamstrings", side: "both", level: 2 });

  // One entry per region, side and day: the later one counts (as in the rules).
  const sorenessByKey = new Map<string, DemoSoreness>();
  for (const entry of soreness) sorenessByKey.set(`${entry.date}/${entry.region}/${entry.side}`, entry);

  const races = [
    { name: "Spring Marathon", date: at(raceOffset), distanceM: 42195, priority: "A" as const },
    { name: "Riverside Half", date: at(19), distanceM: 21097, priority: "B" as const },
    { name: "Autumn Marathon", date: at(110), distanceM: 42195, priority: "A" as const },
  ];
  const massages = [
    { date: at(blockStart - 10), depth: "deep" as const, status: "done" as const, regions: ["calves", "hamstrings"] as Region[], therapist: "Maya Jensen" },
    { date: at(blockStart + 13), depth: "deep" as const, status: "done" as const, regions: ["quadriceps", "it-band"] as Region[], therapist: "Maya Jensen" },
    { date: at(calfFlag.from + 12), depth: "light" as const, status: "done" as const, regions: ["calves"] as Region[], therapist: "Maya Jensen" },
    { date: at(raceOffset - 7), depth: "deep" as const, status: "done" as const, regions: ["calves", "quadriceps"] as Region[], therapist: "Maya Jensen" },
    { date: at(raceOffset + 2), depth: "light" as const, status: "done" as const, regions: ["quadriceps", "calves"] as Region[], therapist: "Maya Jensen" },
    { date: at(-10), depth: "self" as const, status: "done" as const, regions: ["it-band", "glutes"] as Region[], therapist: null },
    { date: at(6), depth: "light" as const, status: "booked" as const, regions: ["calves", "quadriceps"] as Region[], therapist: "Maya Jensen", time: "17:30", place: "Physio am Park" },
    {
      // The planner's own proposal for today, the day after the long run, with its reason as data.
      date: at(0),
      depth: "self" as const,
      status: "proposed" as const,
      regions: ["calves", "hamstrings", "quadriceps", "glutes"] as Region[],
      therapist: null,
      proposalKey: `${at(0)}|self|after-long-run`,
      reasonData: [{ rule: "after-long-run" as const, runDate: at(-1), distanceKm: 19 }],
    },
  ];
  const wellness = Array.from({ length: 56 }, (_, index) => {
    const offset = -55 + index;
    const tired = offset === -1 || offset === 0;
    return {
      date: at(offset),
      sleep: 2 + Math.floor(random() * 3),
      stress: 2 + Math.floor(random() * 3),
      fatigue: tired ? 5 : 2 + Math.floor(random() * 3),
      soreness: tired ? 4 : 1 + Math.floor(random() * 3),
    };
  });
  const sweatTest = { date: at(-40), massBeforeKg: 62.8, massAfterKg: 61.9, fluidMl: 400, urineMl: 0, durationSec: 3900, temperatureC: 18 };
  return { runs, soreness: [...sorenessByKey.values()], races, massages, wellness, sweatTest };
}

async function seed(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    mkdirSync(DATA_DIR, { recursive: true });
    embedded = await startEmbeddedDatabase(EMBEDDED_DATA_DIR);
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }
  try {
    await migrate(process.env.DATABASE_URL!);
    // Imported only now: lib/db reads DATABASE_URL when it first connects.
    const { db, disconnectDb } = await import("../lib/db");
    const { createRunner, updateSettings } = await import("../lib/data/users");
    const { regionToDb } = await import("../lib/data/regions");
    try {
      await db().user.deleteMany({ where: { email: DEMO_EMAIL } }); // cascades to everything of theirs
      const created = await createRunner({ email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo", timeZone: TIME_ZONE });
      const runner = await updateSettings(created.id, { units: "km", timeZone: TIME_ZONE, bodyMassKg: 62, name: "Demo" });
      const today = localDateOf(new Date(), TIME_ZONE);
      const history = demoHistory(today);
      const userId = runner.id;

      await db().run.createMany({
        data: history.runs.map((run) => {
          const durationSec = Math.round(run.km * run.paceSecPerKm);
          return {
            userId,
            startedAt: instantOfLocal(run.date, run.time, TIME_ZONE),
            localDate: dateColumn(run.date),
            distanceM: Math.round(run.km * 1000),
            durationSec,
            elapsedSec: durationSec + (run.kind === "race" ? 0 : 60),
            rpe: run.rpe,
            kind: run.kind,
            temperatureC: run.temperatureC ?? null,
            avgHeartRate: run.avgHeartRate ?? null,
            notes: run.kind === "race" ? "Spring Marathon: negative split, strong finish." : null,
          };
        }),
      });
      await db().sorenessEntry.createMany({
        data: history.soreness.map((entry) => ({
          userId,
          date: dateColumn(entry.date),
          region: regionToDb(entry.region),
          side: entry.side,
          level: entry.level,
          sharp: entry.sharp ?? false,
        })),
      });
      await db().race.createMany({ data: history.races.map((race) => ({ userId, ...race, date: dateColumn(race.date) })) });
      await db().massageSession.createMany({
        data: history.massages.map((massage) => ({
          userId,
          date: dateColumn(massage.date),
          depth: massage.depth,
          regions: massage.regions.map(regionToDb),
          status: massage.status,
          therapist: massage.therapist,
          proposalKey: "proposalKey" in massage ? massage.proposalKey : null,
          reasonData: "reasonData" in massage ? massage.reasonData : undefined,
          place: "place" in massage ? massage.place : null,
          startsAt: "time" in massage && massage.time ? instantOfLocal(massage.date, massage.time, TIME_ZONE) : null,
        })),
      });
      await db().wellnessEntry.createMany({ data: history.wellness.map((entry) => ({ userId, ...entry, date: dateColumn(entry.date) })) });
      await db().sweatRateTest.create({ data: { userId, ...history.sweatTest, date: dateColumn(history.sweatTest.date) } });

      console.log(
        `Demo runner ready: ${history.runs.length} runs, ${history.soreness.length} soreness entries, ${history.races.length} races, ` +
          `${history.massages.length} massages, ${history.wellness.length} wellness entries, up to ${today} (${TIME_ZONE}).`,
      );
      console.log(`  Sign in with  email: ${DEMO_EMAIL}   password: ${DEMO_PASSWORD}`);
    } finally {
      await disconnectDb();
    }
  } finally {
    await embedded?.stop();
  }
}

// Run only as a script, so tests can import demoHistory.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").slice(-2).join("/"))) {
  seed().catch((error) => {
    // EmbeddedDatabaseBusyError: the app holds .data/pglite — refuse, rather than seed a copy the app overwrites.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
