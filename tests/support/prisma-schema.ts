// A small reader of prisma/schema.prisma, enough to say what tables, columns, types,
// nullability, unique keys and foreign keys the migrated database must have. Independent of
// Prisma's engines on purpose: the drift test compares two descriptions made separately.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ExpectedColumn {
  name: string;
  type: string; // as information_schema reports udt_name: text, int4, float8, bool, uuid, date, timestamptz, jsonb, or an enum name
  isArray: boolean;
  nullable: boolean;
}
export interface ExpectedTable {
  name: string;
  columns: ExpectedColumn[];
  primaryKey: string[];
  uniques: string[][]; // column lists, @unique and @@unique
  indexes: string[][]; // @@index column lists
  foreignKeys: { columns: string[]; references: string; referencedColumns: string[]; onDelete: string }[];
}

const SCALARS: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Decimal: "numeric",
};
const NATIVE: Record<string, string> = { Uuid: "uuid", Date: "date", Timestamptz: "timestamptz", Text: "text" };

function attrArg(attrs: string, name: string): string | undefined {
  const m = new RegExp(`@${name}\\(([^)]*)\\)`).exec(attrs);
  return m?.[1];
}
const quoted = (s: string) => /"([^"]*)"/.exec(s)?.[1];
const list = (s: string) => s.replace(/[[\]]/g, "").split(",").map((x) => x.trim()).filter(Boolean);

export function readPrismaSchema(file = path.resolve(import.meta.dirname, "../../prisma/schema.prisma")) {
  const source = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  const enums = new Map<string, string>();
  for (const m of source.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    const body = m[2]!;
    const mapped = attrArg(body, "@map");
    enums.set(m[1]!, mapped ? quoted(mapped)! : m[1]!);
  }
  const models = [...source.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)].map((m) => ({ name: m[1]!, body: m[2]! }));
  const modelNames = new Set(models.map((m) => m.name));
  const tableOf = new Map<string, string>();
  const columnOf = new Map<string, Map<string, string>>();
  for (const model of models) {
    const map = /@@map\("([^"]+)"\)/.exec(model.body);
    tableOf.set(model.name, map ? map[1]! : model.name);
    const cols = new Map<string, string>();
    for (const line of model.body.split("\n")) {
      const f = /^\s*(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!f || line.trim().startsWith("@@")) continue;
      const m2 = /@map\("([^"]+)"\)/.exec(f[5]!);
      cols.set(f[1]!, m2 ? m2[1]! : f[1]!);
    }
    columnOf.set(model.name, cols);
  }

  const tables: ExpectedTable[] = [];
  for (const model of models) {
    const cols = columnOf.get(model.name)!;
    const table: ExpectedTable = {
      name: tableOf.get(model.name)!,
      columns: [],
      primaryKey: [],
      uniques: [],
      indexes: [],
      foreignKeys: [],
    };
    for (const line of model.body.split("\n")) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      if (trimmed.startsWith("@@")) {
        const block = /^@@(unique|index|id)\(\[([^\]]*)\]/.exec(trimmed);
        if (block) {
          const columns = list(block[2]!).map((f) => cols.get(f)!);
          if (block[1] === "unique") table.uniques.push(columns);
          else if (block[1] === "index") table.indexes.push(columns);
          else table.primaryKey = columns;
        }
        continue;
      }
      const f = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(trimmed);
      if (!f) continue;
      const [, field, type, arr, optional, attrs] = f as unknown as [string, string, string, string | undefined, string | undefined, string];
      if (modelNames.has(type)) {
        const rel = attrArg(attrs, "relation");
        if (rel && rel.includes("fields:")) {
          const fields = list(/fields:\s*(\[[^\]]*\])/.exec(rel)![1]!).map((x) => cols.get(x)!);
          const refs = list(/references:\s*(\[[^\]]*\])/.exec(rel)![1]!).map((x) => columnOf.get(type)!.get(x)!);
          const onDelete = /onDelete:\s*(\w+)/.exec(rel)?.[1] ?? "Restrict";
          table.foreignKeys.push({ columns: fields, references: tableOf.get(type)!, referencedColumns: refs, onDelete });
        }
        continue;
      }
      const native = /@db\.(\w+)/.exec(attrs)?.[1];
      const dbType = native ? NATIVE[native] ?? native.toLowerCase() : enums.has(type) ? type : SCALARS[type];
      if (!dbType) throw new Error(`Unknown type ${type} in ${model.name}.${field}`);
      const column = cols.get(field)!;
      table.columns.push({ name: column, type: dbType, isArray: !!arr, nullable: !!optional || !!arr });
      if (/@id\b/.test(attrs)) table.primaryKey = [column];
      if (/@unique\b/.test(attrs)) table.uniques.push([column]);
    }
    tables.push(table);
  }
  return { tables, enums: [...enums.keys()] };
}
