// Reads for the "Activity over time" charts: how many projects started each year, per programme
// family, for one organisation or one theme (with its sub-themes). Bucketing is lib/charts/activity.
// CORDIS gives no start dates for Horizon Europe projects in our data: an undated project whose call
// topic names a year (HORIZON-CL5-2022-D3-01-06, ERC-2021-STG) counts in that year, in a series of
// its own ("Horizon Europe (call year)") so that the chart never passes it off as a start date.
import "server-only";
import { sql } from "drizzle-orm";
import type { ActivityCount } from "@/lib/charts/activity";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { participations, programmes, projectFacets, projects, topics } from "../schema";
import { callYearOf } from "./projects";

export const CALL_YEAR_SUFFIX = " (call year)";

const callYear = callYearOf(sql`t.code`);
const yearOf = sql`coalesce(extract(year from p.start_date)::int, ${callYear})`;
const familyOf = sql`case when p.start_date is null and ${callYear} is not null then prog.family || ${CALL_YEAR_SUFFIX} else prog.family end`;

type Row = { year: number | null; family: string; projects: number };

function toCounts(rows: Row[]): ActivityCount[] {
  return rows.map((r) => ({ year: r.year === null ? null : Number(r.year), family: r.family, projects: Number(r.projects) }));
}

/** Projects an organisation took part in, by start year and programme family (served by participations(organisation_id, role)). */
export async function countOrganisationActivity(db: Db, organisationId: number): Promise<ActivityCount[]> {
  const result = await db.execute(sql`
    select ${yearOf} as year, ${familyOf} as family, count(distinct p.id)::int as projects
    from ${participations} pa
    join ${projects} p on p.id = pa.project_id
    join ${programmes} prog on prog.id = p.programme_id
    left join ${topics} t on t.id = p.topic_id
    where pa.organisation_id = ${organisationId}
    group by 1, 2`);
  return toCounts(rowsOf<Row>(result));
}

/** Listed projects of a theme or any of its sub-themes (or linked to them, as search lists them), by start year and programme family (GIN on project_facets.search_theme_ids). */
export function countThemeActivity(db: Db, themeId: number): Promise<ActivityCount[]> {
  return countSelectionActivity(db, { themeId });
}

/**
 * Listed projects of a selection, by start year and programme family: a theme with its sub-themes,
 * a programme or programme part, and a place where one of its partners is (a country, or a NUTS
 * region at any level), each optional. For the regional view; served by project_facets' GIN
 * indexes (search_theme_ids, country_codes, nuts1-3) and its programme indexes.
 */
export async function countSelectionActivity(
  db: Db,
  filter: { themeId?: number; programmeId?: number; partId?: number; place?: string },
): Promise<ActivityCount[]> {
  const conditions = [sql`true`];
  if (filter.themeId !== undefined) conditions.push(sql`f.search_theme_ids @> array[${filter.themeId}::int]`);
  if (filter.programmeId !== undefined) conditions.push(sql`f.programme_id = ${filter.programmeId}`);
  if (filter.partId !== undefined) conditions.push(sql`f.programme_part_id = ${filter.partId}`);
  const place = filter.place;
  if (place) {
    const column = place.length === 2 ? sql`f.country_codes` : sql.raw(`f.nuts${Math.min(3, place.length - 2)}`);
    conditions.push(sql`${column} @> array[${place}::text]`);
  }
  const result = await db.execute(sql`
    select ${yearOf} as year, ${familyOf} as family, count(*)::int as projects
    from ${projectFacets} f
    join ${projects} p on p.id = f.project_id
    join ${programmes} prog on prog.id = p.programme_id
    left join ${topics} t on t.id = p.topic_id
    where ${sql.join(conditions, sql` and `)}
    group by 1, 2`);
  return toCounts(rowsOf<Row>(result));
}
