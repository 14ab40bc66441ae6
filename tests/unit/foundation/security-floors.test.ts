import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm audit` cannot reach its endpoint here, so the advisories of 2025–26 are checked as
// version floors against what package-lock.json actually installs.
const FLOORS: Record<string, string> = {
  next: "16.3.3",
  react: "19.2.8",
  "react-dom": "19.2.8",
  "next-auth": "4.24.15",
};

function compare(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

describe("security floors in package-lock.json", () => {
  const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name} is at least ${floor} everywhere it is installed`, () => {
      const installed = Object.entries(lock.packages)
        .filter(([key]) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`))
        .map(([, meta]) => meta.version ?? "0.0.0");
      expect(installed.length).toBeGreaterThan(0);
      for (const version of installed) expect(compare(version, floor), `${name}@${version}`).toBeGreaterThanOrEqual(0);
    });
  }

  it("compares versions numerically, not as text", () => {
    expect(compare("16.10.0", "16.3.3")).toBeGreaterThan(0);
    expect(compare("16.3.2", "16.3.3")).toBeLessThan(0);
  });
});
