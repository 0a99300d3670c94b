// "Organisations like this one" on an organisation's page: named organisations of the same type
// whose projects are on the same themes, in the same proportion. From the per-organisation theme
// counts matching precomputes (organisation_match_counts, kind 2: projects on a theme or a
// narrower one). With s(o, t) the share of o's projects on theme t and idf(t) = ln(N / organisations
// with t) (N: organisations with projects; those with t as the search's facet totals count them):
//
//   the organisation's telling themes T: of the CANDIDATE_THEMES it is most often tagged with
//   itself (`direct`; not the top-level fields, "natural sciences"), the TELLING_THEMES with the
//   largest s(x, t) · idf(t);
//   score(y) = Σ over T  idf(t) · min(s(x, t), s(y, t))      (how much of both profiles overlaps)
//
// so an agency on clusters and SMEs is like other agencies on clusters and SMEs, not like the
// largest agency that has one cluster project among hundreds. Ties: the most projects.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { organisationListEntry, type OrganisationListEntry, type OrganisationListRow } from "./organisations";
import { labelledThemeLists } from "./theme-names";
import { MATCH_COUNT_KIND } from "../schema/matching";

export const SIMILAR_ORGANISATIONS = 5;
const TELLING_THEMES = 8;
/** The telling themes are chosen among its most frequent ones (the largest research centres have a thousand). */
const CANDIDATE_THEMES = 40;

export interface SimilarOrganisation extends OrganisationListEntry {
  projectCount: number;
  /** The telling themes they share, the most telling first (English labels). */
  sharedThemes: { id: number; label: string }[];
}

export async function similarOrganisations(db: Db, organisationId: number, limit = SIMILAR_ORGANISATIONS): Promise<SimilarOrganisation[]> {
  const themeKind = MATCH_COUNT_KIND.theme;
  const rows = rowsOf<OrganisationListRow & { project_count: number; shared: number[] }>(
    await db.execute(sql`
      with me as (select organisation_id, type, greatest(project_count, 1)::float8 as projects from organisation_facets where organisation_id = ${organisationId}),
      n as (select greatest(count(*), 1)::float8 as n from organisation_facets where project_count > 0),
      mine as (
        select c.key as theme_id, c.projects / me.projects as share
        from organisation_match_counts c join me on c.organisation_id = me.organisation_id
        join themes th on th.id = c.key and th.level > 1
        where c.kind = ${themeKind} and c.direct > 0
        order by c.projects desc, c.key limit ${CANDIDATE_THEMES}
      ),
      df as (
        -- Organisations with the theme: the search's facet totals count them ("x:" and the theme id).
        select m.theme_id, m.share, ln(n.n / greatest(coalesce(t.n, 1), 1)) as idf
        from mine m cross join n left join organisation_facet_totals t on t.key = 'x:' || m.theme_id
      ),
      telling as (select theme_id, share, idf from df where idf > 0 order by share * idf desc, theme_id limit ${TELLING_THEMES}),
      scored as (
        select c.organisation_id, sum(t.idf * least(t.share, c.projects / f.project_count::float8)) as score,
          array_agg(t.theme_id order by t.share * t.idf desc, t.theme_id) as shared
        from telling t
        join organisation_match_counts c on c.kind = ${themeKind} and c.key = t.theme_id
        join me on c.type = me.type and c.organisation_id <> me.organisation_id
        join organisation_facets f on f.organisation_id = c.organisation_id and f.project_count > 0
        group by c.organisation_id
        order by score desc, max(f.project_count) desc, c.organisation_id
        limit ${limit}
      )
      select o.id, o.name, o.short_name, o.type, o.country_code, co.name_en as country_name, f.project_count, s.shared,
        (select oi.value from organisation_identifiers oi where oi.organisation_id = o.id and oi.scheme = 'pic' order by oi.value limit 1) as pic
      from scored s
      join organisations o on o.id = s.organisation_id
      join organisation_facets f on f.organisation_id = o.id
      left join countries co on co.code = o.country_code
      order by s.score desc, f.project_count desc, o.id`),
  );
  if (rows.length === 0) return [];
  const shared = await labelledThemeLists(db, rows.map((r) => r.shared.map(Number)));
  return rows.map((r, i) => ({
    ...organisationListEntry(r),
    projectCount: Number(r.project_count),
    sharedThemes: shared[i]!,
  }));
}
