// Counts of the knowledge base, in one statement: the CLI's `stats` and the import summary print
// them, and the home page shows them (db/queries/overview.ts picks what it shows from these).
import { sql } from "drizzle-orm";
import type { Db } from "./index";
import { rowsOf } from "./rows";
import { countries, nutsRegions, organisations, participations, programmes, projects, themes } from "./schema";

export interface KnowledgeBaseStats {
  projects: number;
  /** Projects with neither acronym nor title (known by a record number only: CORDIS skeletons); lists leave them out. */
  untitledProjects: number;
  organisations: number;
  /** Organisations with a name; the others are known by an identifier (PIC) only and never listed as if named. */
  namedOrganisations: number;
  participations: number;
  /** Programmes with at least one project (the reference list's programmes wait for theirs: lib/programmes/reference.ts). */
  programmes: number;
  themes: number;
  countries: number;
  regions: number;
}

export async function knowledgeBaseStats(db: Db): Promise<KnowledgeBaseStats> {
  const [row] = rowsOf<Record<keyof KnowledgeBaseStats, number | string>>(
    await db.execute(sql`
      select
        (select count(*) from ${projects})::int as "projects",
        (select count(*) from ${projects} where ${projects.acronym} is null and ${projects.title} is null)::int as "untitledProjects",
        (select count(*) from ${organisations})::int as "organisations",
        (select count(*) from ${organisations} where ${organisations.name} is not null)::int as "namedOrganisations",
        (select count(*) from ${participations})::int as "participations",
        (select count(*) from ${programmes} where exists (select 1 from ${projects} where ${projects.programmeId} = ${programmes.id}))::int as "programmes",
        (select count(*) from ${themes})::int as "themes",
        (select count(*) from ${countries})::int as "countries",
        (select count(*) from ${nutsRegions})::int as "regions"`),
  );
  const n = (key: keyof KnowledgeBaseStats) => Number(row?.[key] ?? 0);
  return {
    projects: n("projects"),
    untitledProjects: n("untitledProjects"),
    organisations: n("organisations"),
    namedOrganisations: n("namedOrganisations"),
    participations: n("participations"),
    programmes: n("programmes"),
    themes: n("themes"),
    countries: n("countries"),
    regions: n("regions"),
  };
}
