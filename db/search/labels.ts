// Names for the values facets count: programmes, programme parts, countries, NUTS regions.
import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { countries, programmeParts, programmes } from "../schema";

export interface ProgrammeLabel {
  id: number;
  code: string;
  name: string;
  family: string;
  period: string | null;
}

export async function programmesByIdAndCode(db: Db): Promise<{ byId: Map<number, ProgrammeLabel>; byCode: Map<string, ProgrammeLabel> }> {
  const rows = await db
    .select({ id: programmes.id, code: programmes.code, name: programmes.name, family: programmes.family, period: programmes.period })
    .from(programmes);
  return { byId: new Map(rows.map((r) => [r.id, r])), byCode: new Map(rows.map((r) => [r.code, r])) };
}

export async function partLabels(db: Db, ids: number[]): Promise<Map<number, { code: string; title: string; programmeId: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: programmeParts.id, code: programmeParts.code, title: programmeParts.title, programmeId: programmeParts.programmeId })
    .from(programmeParts)
    .where(inArray(programmeParts.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function countryLabels(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: countries.code, name: countries.nameEn }).from(countries).where(inArray(countries.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** NUTS names, preferring the version CORDIS uses (2021), then 2024, then 2016 (UK). */
export async function regionLabels(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const result = await db.execute(sql`
    select distinct on (code) code, name from nuts_regions
    where code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})
    order by code, case version when 2021 then 0 when 2024 then 1 when 2016 then 2 else 3 end`);
  return new Map(rowsOf<{ code: string; name: string }>(result).map((r) => [r.code, r.name]));
}
