// Reads for the regional view (/regions): how many of a selection's projects have a partner in
// each country or NUTS region, and how many partners are there; the sub-themes and programme
// parts to narrow the selection by, with their counts; and the places' names.
//
// The selection is the listed projects (project_facets) of a theme with its sub-themes and the
// themes the crosswalk links to them, as the project search's theme filter lists them (GIN on
// search_theme_ids), of a programme or a programme part (btree on programme_id / programme_part_id), or
// all of them. The counts follow participations (unique index on project_id, organisation_id) to
// the organisations (primary key), grouped by their country or the prefix of their NUTS code.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { formatCountry } from "@/lib/format";
import type { Db } from "../index";
import { rowsOf } from "../rows";

export interface RegionalFilter {
  themeId?: number;
  programmeId?: number;
  partId?: number;
}

/** Figures of one place; code null gathers the partners not located to the level asked for. */
export interface RegionalCount {
  code: string | null;
  projects: number;
  organisations: number;
  participations: number;
}

function selectionOf(filter: RegionalFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filter.themeId !== undefined) conditions.push(sql`f.search_theme_ids @> array[${filter.themeId}::int]`);
  if (filter.programmeId !== undefined) conditions.push(sql`f.programme_id = ${filter.programmeId}`);
  if (filter.partId !== undefined) conditions.push(sql`f.programme_part_id = ${filter.partId}`);
  return sql.join(conditions, sql` and `);
}

/**
 * The selection's figures per place, one level below `place`: per country when `place` is
 * undefined, per NUTS-1 region of a country (`place` = "DE"), per NUTS-2 region of a NUTS-1 one
 * ("DE1"), per NUTS-3 region of a NUTS-2 one ("DE11"). Partners in the place whose NUTS code does
 * not reach that level (or who have none) are counted in the row with code null.
 */
export async function countRegionalParticipation(db: Db, filter: RegionalFilter, place?: string): Promise<RegionalCount[]> {
  const length = place ? place.length + 1 : 2;
  const key = place ? sql`case when length(o.nuts_code) >= ${length} then left(o.nuts_code, ${length}) end` : sql`o.country_code`;
  const where = place
    ? place.length === 2
      ? sql`o.country_code = ${place}`
      : sql`o.nuts_code like ${`${place}%`}`
    : sql`o.country_code is not null`;
  const result = await db.execute(sql`
    select ${key} as code,
           count(distinct pa.project_id)::int as projects,
           count(distinct pa.organisation_id)::int as organisations,
           count(*)::int as participations
    from project_facets f
    join participations pa on pa.project_id = f.project_id
    join organisations o on o.id = pa.organisation_id
    where ${selectionOf(filter)} and ${where}
    group by 1`);
  return rowsOf<RegionalCount>(result).map((r) => ({
    code: r.code,
    projects: Number(r.projects),
    organisations: Number(r.organisations),
    participations: Number(r.participations),
  }));
}

/** How many projects the selection holds (each counted once, wherever its partners are). */
export async function countRegionalProjects(db: Db, filter: RegionalFilter): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from project_facets f where ${selectionOf(filter)}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/**
 * Projects of the selection on each of `themeIds` (with their sub-themes), for the theme picker's
 * next level down. Themes with none are left out.
 */
export async function countProjectsByTheme(db: Db, filter: RegionalFilter, themeIds: readonly number[]): Promise<Map<number, number>> {
  if (themeIds.length === 0) return new Map();
  const ids = sql.join(themeIds.map((id) => sql`${id}::int`), sql`, `);
  const result = await db.execute(sql`
    select t as id, count(*)::int as n
    from project_facets f cross join unnest(f.search_theme_ids) t
    where ${selectionOf(filter)} and f.search_theme_ids && array[${ids}] and t in (${ids})
    group by t`);
  return new Map(rowsOf<{ id: number; n: number }>(result).map((r) => [Number(r.id), Number(r.n)]));
}

/** Projects of the selection (without its programme part) per part of its programme. */
export async function countProjectsByPart(db: Db, filter: RegionalFilter): Promise<Map<number, number>> {
  if (filter.programmeId === undefined) return new Map();
  const result = await db.execute(sql`
    select f.programme_part_id as id, count(*)::int as n
    from project_facets f
    where ${selectionOf({ ...filter, partId: undefined })} and f.programme_part_id is not null
    group by 1`);
  return new Map(rowsOf<{ id: number; n: number }>(result).map((r) => [Number(r.id), Number(r.n)]));
}

export interface PlaceName {
  code: string;
  name: string;
  /** ISO 3166-1 numeric code of a country (the world map's feature id); null for a NUTS region. */
  isoNumeric: string | null;
}

/**
 * Names of countries (in the interface language, as every page names them: lib/format) and NUTS
 * regions (the version CORDIS uses, 2021, else 2024, else 2016 for the UK).
 */
export async function getPlaceNames(db: Db, codes: readonly string[], locale: string): Promise<Map<string, PlaceName>> {
  const countryCodes = codes.filter((c) => c.length === 2);
  const regionCodes = codes.filter((c) => c.length > 2);
  const names = new Map<string, PlaceName>();
  if (countryCodes.length > 0) {
    const list = sql.join(countryCodes.map((c) => sql`${c}`), sql`, `);
    const rows = rowsOf<{ code: string; name: string; iso_numeric: string | null }>(
      await db.execute(sql`select code, name_en as name, iso_numeric from countries where code in (${list})`),
    );
    for (const r of rows) names.set(r.code, { code: r.code, name: formatCountry(r.code, locale, r.name) ?? r.name, isoNumeric: r.iso_numeric });
  }
  if (regionCodes.length > 0) {
    const list = sql.join(regionCodes.map((c) => sql`${c}`), sql`, `);
    const rows = rowsOf<{ code: string; name: string }>(
      await db.execute(sql`
        select distinct on (code) code, name from nuts_regions where code in (${list})
        order by code, case version when 2021 then 0 when 2024 then 1 when 2016 then 2 else 3 end`),
    );
    for (const r of rows) names.set(r.code, { code: r.code, name: r.name, isoNumeric: null });
  }
  return names;
}
