// CSV export: a cell a spreadsheet could read as a formula is prefixed with ' — for every trigger,
// including a leading space, a non-breaking space and the full-width ＝ ＋ － ＠.
import { describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/export/route";
import { createApiToken } from "@/lib/data/api-tokens";
import { neutraliseSpreadsheetFormula } from "@/lib/validation/export";
import { call, newRunner } from "../support/api";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r", " ", "\u00a0", "\uff1d", "\uff0b", "\uff0d", "\uff20"];

describe("CSV formula triggers", () => {
  it.each(TRIGGERS.map((t) => [JSON.stringify(t), t]))("prefixes a cell starting with %s", (_, trigger) => {
    expect(neutraliseSpreadsheetFormula(`${trigger}HYPERLINK("http://evil.example")`)).toBe(`'${trigger}HYPERLINK("http://evil.example")`);
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["easy run", "Ana", "10 km", "'quoted"]) expect(neutraliseSpreadsheetFormula(text)).toBe(text);
  });

  it("escapes every trigger in an exported table", async () => {
    const r = await newRunner();
    for (const [i, trigger] of TRIGGERS.entries()) await createApiToken(r.runner.id, `${trigger}cmd${i}`);
    const res = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?format=csv&table=apiTokens" });
    expect(res.status).toBe(200);
    for (const [i, trigger] of TRIGGERS.entries()) {
      const cell = `'${trigger}cmd${i}`;
      expect(res.text.includes(cell) || res.text.includes(`"${cell}"`), JSON.stringify(cell)).toBe(true);
    }
    expect(res.text).not.toMatch(/(^|,)[=+\-@ \u00a0\uff1d\uff0b\uff0d\uff20]cmd/m);
  });
});
