// What the knowledge base holds, in numbers, for the home page: the CLI's counts (db/stats.ts),
// split into what lists show (titled projects, named organisations) and what they do not.
import "server-only";
import type { Db } from "../index";
import { knowledgeBaseStats } from "../stats";

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
  const s = await knowledgeBaseStats(db);
  return {
    projects: s.projects - s.untitledProjects,
    untitledProjects: s.untitledProjects,
    organisations: s.namedOrganisations,
    unnamedOrganisations: s.organisations - s.namedOrganisations,
    programmes: s.programmes,
  };
}
