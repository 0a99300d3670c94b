// Array literals for raw SQL: one bound parameter per array (a text literal cast to its type),
// the same on PGlite and postgres.js.
import { sql, type SQL } from "drizzle-orm";

export function intArray(values: readonly number[]): SQL {
  return sql`${`{${values.map((v) => Math.trunc(v)).join(",")}}`}::int[]`;
}

export function textArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
  return sql`${literal}::text[]`;
}

export function floatArray(values: readonly number[]): SQL {
  return sql`${`{${values.map((v) => (Number.isFinite(v) ? String(v) : "0")).join(",")}}`}::float8[]`;
}
