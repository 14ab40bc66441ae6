import { describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/export/route";
import { db } from "@/lib/db";
import { EXPORT_COLUMNS } from "@/lib/data/export-columns";
import { dateColumn } from "@/lib/format/dates";
import { EXPORT_TABLE_NAMES } from "@/lib/validation/export";
import { newRunner, ORIGIN } from "../../support/api";

/** The raw bytes of a CSV download (Response.text() would drop the byte-order mark). */
async function download(token: string, table: string): Promise<Uint8Array> {
  const response = await exportRoute.GET(new Request(`${ORIGIN}/api/v1/export?format=csv&table=${table}`, { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

const BOM = [0xef, 0xbb, 0xbf];
const textOf = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3));

describe("CSV exports people can open", () => {
  it("every table's CSV starts with a UTF-8 byte-order mark and its header row, even with no rows", async () => {
    const r = await newRunner({ timeZone: "Europe/Berlin" });
    for (const table of EXPORT_TABLE_NAMES.filter((t) => t !== "apiTokens")) {
      const bytes = await download(r.token, table);
      expect([...bytes.subarray(0, 3)], table).toEqual(BOM);
      // A new runner has no rows: the file is the header and nothing else (it used to be 0 bytes).
      expect(textOf(bytes), table).toBe(`${EXPORT_COLUMNS[table].join(",")}\r\n`);
    }
  });

  it("keeps non-ASCII text (Korean, accents, emoji) as UTF-8, under the same header as the JSON export's keys", async () => {
    const r = await newRunner({ timeZone: "Asia/Seoul" });
    const userId = r.runner.id;
    await db().run.create({
      data: { userId, startedAt: new Date("2026-11-01T22:00:00Z"), localDate: dateColumn("2026-11-02"), distanceM: 10000, durationSec: 3000, rpe: 4, kind: "easy", notes: "한강 러닝 🏃, Zürich-Tempo" },
    });
    await db().race.create({ data: { userId, name: "서울 마라톤", date: dateColumn("2027-03-21"), distanceM: 42195, priority: "A" } });
    const runs = textOf(await download(r.token, "runs")).split("\r\n");
    expect(runs[0]).toBe(EXPORT_COLUMNS.runs.join(","));
    expect(runs[1]).toContain('"한강 러닝 🏃, Zürich-Tempo"');
    const races = textOf(await download(r.token, "races")).split("\r\n");
    expect(races[1]).toContain("서울 마라톤");
    // The header names exactly the fields the rows carry.
    const json = await (await exportRoute.GET(new Request(`${ORIGIN}/api/v1/export`, { headers: { authorization: `Bearer ${r.token}` } }), { params: Promise.resolve({}) })).json();
    for (const table of EXPORT_TABLE_NAMES) {
      for (const row of json[table] as Record<string, unknown>[]) expect(Object.keys(row), table).toEqual([...EXPORT_COLUMNS[table]]);
    }
    expect(json.runs).toHaveLength(1);
    expect(json.apiTokens.length).toBeGreaterThan(0);
  });
});
