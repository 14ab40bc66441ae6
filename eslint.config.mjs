import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layer arrows of ARCHITECTURE.md, enforced: breaking one fails `npm run lint`.
const FRAMEWORK = [
  { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "lib/rules and lib/import are pure: no Next.js." },
  { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/rules and lib/import are pure: no React." },
  { group: ["@prisma/*", "pg", "@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"], message: "lib/rules and lib/import never touch the database." },
  { group: ["@/lib/data", "@/lib/data/*", "**/lib/data/*", "@/lib/auth", "**/lib/auth"], message: "lib/rules and lib/import are pure: no data or auth." },
  { group: ["node:fs", "node:fs/*", "fs", "fs/*", "node:net", "node:http", "node:https", "node:child_process"], message: "lib/rules and lib/import do no I/O." },
];
const SERVER_ONLY = [
  { group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"], message: "Components never import the database: pass data in as props." },
  { group: ["@/lib/data", "@/lib/data/*", "**/lib/data/*"], message: "Components never import lib/data: pages fetch and pass data in." },
  { group: ["@/lib/auth", "**/lib/auth", "@/lib/password", "**/lib/password"], message: "Components never import lib/auth: pages and actions do." },
  { group: ["@prisma/*"], message: "Only lib/db imports Prisma." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["lib/rules/**", "lib/import/**", "lib/charts/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: FRAMEWORK }],
      "no-restricted-globals": ["error", { name: "process", message: "lib/rules and lib/import read no environment." }],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pure code gets 'today' as input." },
        { object: "Math", property: "random", message: "Pure code is deterministic." },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: SERVER_ONLY }] },
  },
  {
    files: ["app/**", "lib/data/**", "lib/auth.ts", "lib/validation/**", "lib/format/**", "components/**"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...(/** components add their own, stricter list above */ []),
            { group: ["@/lib/db/generated", "@/lib/db/generated/*", "**/db/generated/*", "@prisma/client", "@prisma/client/*"], message: "Import the Prisma client through @/lib/db only." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: SERVER_ONLY }] },
  },
];

export default config;
