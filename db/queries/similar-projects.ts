// "Similar projects" on a project's page: the listed projects that share its call topic or its
// themes, the most telling first. Score (one statement, project_themes and its theme index):
//
//   Σ over the themes both have  w · ln(N / df)      N: listed projects; df: projects on the theme;
//                                                    w 1 for the project's own themes, ½ for those
//                                                    the KEEP–EuroSciVoc crosswalk links them to
//   + ln(N / t) + 1 when both answer one call topic  t: the other projects of that topic (a topic
//                                                    of more than MAX_TOPIC_PROJECTS is a whole
//                                                    call, ERC's or a fellowship's: not counted)
//
// so a rare theme ("hydrogen storage", 40 projects) says more than a broad one ("software", 900),
// and a shared call topic (a handful of projects) more than most themes. Ties: the most recent.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { listProjectItems, type ProjectListItem } from "./projects";
import { labelledThemeLists } from "./theme-names";

export const SIMILAR_PROJECTS = 5;
/**
 * A call topic answered by more projects than this is a whole call, not a subject (ERC's
 * "ERC-2023-ADG", 250 grants on everything): sharing it says nothing.
 */
export const MAX_TOPIC_PROJECTS = 40;

export interface SimilarProject {
  project: ProjectListItem;
  /** Both answer the same call topic. */
  sameTopic: boolean;
  /** The themes they share, rarest first (the crosswalk's links included): ids and English labels. */
  sharedThemes: { id: number; label: string }[];
}

export async function similarProjects(db: Db, projectId: number, limit = SIMILAR_PROJECTS): Promise<SimilarProject[]> {
  const rows = rowsOf<{ project_id: number; same_topic: boolean; shared: number[] | null }>(
    await db.execute(sql`
      with target as (select id, topic_id from projects where id = ${projectId}),
      n as (select greatest(count(*), 1)::float8 as n from project_facets),
      own as (select theme_id, 1.0::float8 as w from project_themes where project_id = ${projectId}),
      mine as (
        select theme_id, max(w) as w from (
          select theme_id, w from own
          union all select tl.linked_id, 0.5 from theme_links tl join own on own.theme_id = tl.theme_id
        ) m group by theme_id
      ),
      df as (select m.theme_id, m.w, count(*)::float8 as df from mine m join project_themes pt on pt.theme_id = m.theme_id group by m.theme_id, m.w),
      by_theme as (
        select pt.project_id, sum(df.w * ln(n.n / df.df)) as score, array_agg(pt.theme_id order by df.df, pt.theme_id) as shared
        from df cross join n join project_themes pt on pt.theme_id = df.theme_id
        where pt.project_id <> ${projectId}
        group by pt.project_id
      ),
      by_topic as (
        select p.id as project_id from projects p join target t on p.topic_id = t.topic_id
        where p.id <> t.id and (select count(*) from projects x where x.topic_id = t.topic_id) <= ${MAX_TOPIC_PROJECTS}
      ),
      topic_n as (select greatest(count(*), 1)::float8 as c from by_topic),
      scored as (
        select coalesce(b.project_id, tp.project_id) as project_id,
          coalesce(b.score, 0) + case when tp.project_id is null then 0 else ln(n.n / topic_n.c) + 1 end as score,
          b.shared, tp.project_id is not null as same_topic
        from by_theme b full join by_topic tp on tp.project_id = b.project_id cross join n cross join topic_n
      )
      select s.project_id, s.same_topic, s.shared
      from scored s join project_facets pf on pf.project_id = s.project_id
      where s.score > 0
      order by s.score desc, pf.sort_date desc nulls last, s.project_id desc
      limit ${limit}`),
  );
  if (rows.length === 0) return [];
  const [projects, shared] = await Promise.all([
    listProjectItems(db, rows.map((r) => Number(r.project_id))),
    labelledThemeLists(db, rows.map((r) => (r.shared ?? []).map(Number))),
  ]);
  const items = new Map(projects.map((p) => [p.id, p]));
  return rows.flatMap((r, i) => {
    const project = items.get(Number(r.project_id));
    return project ? [{ project, sameTopic: Boolean(r.same_topic), sharedThemes: shared[i]! }] : [];
  });
}
