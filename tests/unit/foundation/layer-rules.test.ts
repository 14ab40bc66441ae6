import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer arrows of ARCHITECTURE.md are ESLint rules; this proves they fire.
const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith("no-restricted")).map((m) => m.ruleId);
}

describe("layer rules", () => {
  it("keeps lib/rules free of React, Next, the database, the clock and the environment", async () => {
    expect(await restrictedImports("lib/rules/x.ts", `import { useState } from "react";\nexport const a = useState;\n`)).toHaveLength(1);
    expect(await restrictedImports("lib/rules/x.ts", `import { db } from "@/lib/db";\nexport const a = db;\n`)).toHaveLength(1);
    expect(await restrictedImports("lib/rules/x.ts", `export const a = Date.now();\n`)).toHaveLength(1);
    expect(await restrictedImports("lib/rules/x.ts", `export const a = process.env.X;\n`)).toHaveLength(1);
    expect(await restrictedImports("lib/rules/x.ts", `import { z } from "zod";\nexport const a = z;\n`)).toHaveLength(0);
  }, 60_000);

  it("keeps lib/import free of Next and I/O", async () => {
    expect(await restrictedImports("lib/import/x.ts", `import { readFile } from "node:fs/promises";\nexport const a = readFile;\n`)).toHaveLength(1);
    expect(await restrictedImports("lib/import/x.ts", `import { NextResponse } from "next/server";\nexport const a = NextResponse;\n`)).toHaveLength(1);
  }, 60_000);

  it("keeps components away from lib/db, lib/data and lib/auth", async () => {
    for (const target of ["@/lib/db", "@/lib/data/users", "@/lib/auth"]) {
      expect(await restrictedImports("components/x.tsx", `import * as m from "${target}";\nexport const a = m;\n`)).toHaveLength(1);
    }
    expect(await restrictedImports("components/x.tsx", `import { signUpSchema } from "@/lib/validation/account";\nexport const a = signUpSchema;\n`)).toHaveLength(0);
  }, 60_000);
});
