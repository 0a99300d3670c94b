// Reads for the "Activity over time" charts: how many projects started each year, per programme
// family, for one organisation or one theme (with its sub-themes). Bucketing is lib/charts/activity.
import "server-only";
import { sql } from "drizzle-orm";
import type { ActivityCount } from "@/lib/charts/activity";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { participations, programmes, projectFacets, projects } from "../schema";

type Row = { year: number | null; family: string; projects: number };

function toCounts(rows: Row[]): ActivityCount[] {
  return rows.map((r) => ({ year: r.year === null ? null : Number(r.year), family: r.family, projects: Number(r.projects) }));
}

/** Projects an organisation took part in, by start year and programme family (served by participations(organisation_id, role)). */
export async function countOrganisationActivity(db: Db, organisationId: number): Promise<ActivityCount[]> {
  const result = await db.execute(sql`
    select extract(year from p.start_date)::int as year, prog.family, count(distinct p.id)::int as projects
    from ${participations} pa
    join ${projects} p on p.id = pa.project_id
    join ${programmes} prog on prog.id = p.programme_id
    where pa.organisation_id = ${organisationId}
    group by 1, 2`);
  return toCounts(rowsOf<Row>(result));
}

/** Listed projects of a theme or any of its sub-themes, by start year and programme family (GIN on project_facets.theme_ids). */
export async function countThemeActivity(db: Db, themeId: number): Promise<ActivityCount[]> {
  const result = await db.execute(sql`
    select extract(year from p.start_date)::int as year, prog.family, count(*)::int as projects
    from ${projectFacets} f
    join ${projects} p on p.id = f.project_id
    join ${programmes} prog on prog.id = p.programme_id
    where f.theme_ids @> array[${themeId}::int]
    group by 1, 2`);
  return toCounts(rowsOf<Row>(result));
}
