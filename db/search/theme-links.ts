// The KEEP–EuroSciVoc crosswalk (lib/matching/theme-crosswalk.ts, the code is its one source) as
// the table theme_links, both ways, which refresh_project_search() reads for the theme ids search
// filters and counts by (project_facets.search_theme_ids, drizzle/0024). Every search refresh
// writes it first (db/search/refresh.ts); a server start rewrites it and refreshes the search data
// when it is not what the code says (db/setup.ts), so that a change of the crosswalk reaches a
// knowledge base loaded before it.
import { sql, type SQL } from "drizzle-orm";
import { crosswalkPairs } from "@/lib/matching/theme-crosswalk";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { textArray } from "../sql-arrays";

/**
 * One statement: theme_links made what the crosswalk says for the themes the database holds (codes
 * it does not hold are left out), writing only what differs. Returns one row: how many rows it
 * inserted and deleted.
 */
export function syncThemeLinksStatement(): SQL {
  const { keep, euroSciVoc } = crosswalkPairs();
  return sql`
    with pairs as (
      select k.id as a, e.id as b
      from unnest(${textArray(keep)}, ${textArray(euroSciVoc)}) as p(keep, concept)
      join themes k on k.scheme = 'keep' and k.code = p.keep
      join themes e on e.scheme = 'euroscivoc' and e.code = p.concept
    ),
    wanted as (select a as theme_id, b as linked_id from pairs union select b, a from pairs),
    removed as (
      delete from theme_links l
      where not exists (select 1 from wanted w where w.theme_id = l.theme_id and w.linked_id = l.linked_id)
      returning 1
    ),
    added as (
      insert into theme_links (theme_id, linked_id)
      select w.theme_id, w.linked_id from wanted w
      where not exists (select 1 from theme_links l where l.theme_id = w.theme_id and l.linked_id = w.linked_id)
      on conflict do nothing
      returning 1
    )
    select (select count(*) from added)::int as added, (select count(*) from removed)::int as removed`;
}

/** Makes theme_links what the code says; how many rows changed (0 when it already was). */
export async function syncThemeLinks(db: Db): Promise<number> {
  const [row] = rowsOf<{ added: number; removed: number }>(await db.execute(syncThemeLinksStatement()));
  return Number(row?.added ?? 0) + Number(row?.removed ?? 0);
}
