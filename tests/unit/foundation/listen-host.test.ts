// `npm start` on the embedded database listens on loopback only (it is single-user); HOST says
// otherwise; with DATABASE_URL Next's default (every interface) stays unless HOST is set.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listenHost } from "../../../scripts/listen-host";

describe("where npm start listens", () => {
  it("binds 127.0.0.1 with the embedded database unless HOST says otherwise", () => {
    expect(listenHost({}, true)).toBe("127.0.0.1");
    expect(listenHost({ HOST: "0.0.0.0" }, true)).toBe("0.0.0.0");
  });

  it("leaves a server with DATABASE_URL on Next's default unless HOST is set", () => {
    expect(listenHost({}, false)).toBeUndefined();
    expect(listenHost({ HOST: "10.0.0.5" }, false)).toBe("10.0.0.5");
  });

  it("is what the launcher passes to next as --hostname", () => {
    const launcher = readFileSync(path.resolve(import.meta.dirname, "../../../scripts/run-app.ts"), "utf8");
    expect(launcher).toMatch(/const hostname = listenHost\(process\.env, embedded !== undefined\)/);
    expect(launcher).toMatch(/\["--hostname", hostname\]/);
  });
});
