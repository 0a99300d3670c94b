// Keeps the search data current: the database function refresh_project_search() (drizzle/0003)
// recomputes, set by set, what search takes from tables other than projects — the words of a
// project's topic, programme part and themes, its facets (participants' countries, types and NUTS
// regions, themes with their ancestors) and the facets of the organisations taking part.
//
// The trigger on projects keeps each project's own text indexed; everything else is only as fresh
// as the last call of this function, so every loader calls it after an import (loadDemoData does;
// the import CLI must too), passing the ids it touched or nothing for all.
import { sql } from "drizzle-orm";
import type { Db } from "../index";

export async function refreshProjectSearch(db: Db, projectIds?: readonly number[]): Promise<void> {
  if (projectIds && projectIds.length === 0) return;
  const ids = projectIds ? sql`${`{${projectIds.map((id) => Math.trunc(id)).join(",")}}`}::integer[]` : sql`null`;
  await db.execute(sql`select refresh_project_search(${ids})`);
}
