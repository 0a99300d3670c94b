// What the knowledge base holds, in numbers, for the home page.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { organisations, programmes, projects } from "../schema";

export interface KnowledgeBaseCounts {
  /** Projects with an acronym or a title (the ones lists show). */
  projects: number;
  /** Projects known only by a record number (CORDIS skeletons). */
  untitledProjects: number;
  /** Organisations with a name (the ones lists show). */
  organisations: number;
  /** Organisations known only by an identifier (PIC). */
  unnamedOrganisations: number;
  programmes: number;
}

export async function getKnowledgeBaseCounts(db: Db): Promise<KnowledgeBaseCounts> {
  const result = await db.execute(sql`
    select
      (select count(*) from ${projects} where ${projects.acronym} is not null or ${projects.title} is not null)::int as projects,
      (select count(*) from ${projects} where ${projects.acronym} is null and ${projects.title} is null)::int as untitled_projects,
      (select count(*) from ${organisations} where ${organisations.name} is not null)::int as organisations,
      (select count(*) from ${organisations} where ${organisations.name} is null)::int as unnamed_organisations,
      (select count(*) from ${programmes})::int as programmes`);
  const [row] = rowsOf<Record<string, number | string>>(result);
  return {
    projects: Number(row?.projects ?? 0),
    untitledProjects: Number(row?.untitled_projects ?? 0),
    organisations: Number(row?.organisations ?? 0),
    unnamedOrganisations: Number(row?.unnamed_organisations ?? 0),
    programmes: Number(row?.programmes ?? 0),
  };
}
