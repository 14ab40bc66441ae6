import { describe, expect, it } from "vitest";
import { farOffDateInQuery } from "@/lib/validation/query-dates";

const farOff = (query: string) => farOffDateInQuery(new URLSearchParams(query));

describe("far-off years in a page's query", () => {
  it("names the first day or month outside 1900–2100", () => {
    expect(farOff("from=0000-01-01")).toBe("from=0000-01-01");
    expect(farOff("view=week&date=9999-12-31")).toBe("date=9999-12-31");
    expect(farOff("date=0050-01-01")).toBe("date=0050-01-01");
    expect(farOff("month=1899-12")).toBe("month=1899-12");
    expect(farOff("to=2101-01-01")).toBe("to=2101-01-01");
    expect(farOff("date=10000-01-01")).toBe("date=10000-01-01");
  });

  it("lets every year the app keeps through, and anything that is not a date", () => {
    expect(farOff("from=1900-01-01&to=2100-12-31")).toBeNull();
    expect(farOff("date=2026-11-29&view=week")).toBeNull();
    expect(farOff("next=/runs&q=0000")).toBeNull();
    expect(farOff("")).toBeNull();
  });
});
