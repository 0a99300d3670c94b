// Reads about programmes: the list with how many (named) projects each has, for the home page and filters.
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../index";
import { programmes, projects } from "../schema";

export interface ProgrammeSummary {
  id: number;
  code: string;
  name: string;
  fullName: string | null;
  family: string;
  period: string | null;
  startYear: number | null;
  /** Projects with an acronym or a title: the ones the project list shows. */
  projectCount: number;
}

/**
 * Every programme with projects, with its number of listed projects, by family, newest period
 * first (the reference list's programmes without projects yet are for interests to name: listProgrammeOptions).
 */
export async function listProgrammes(db: Db): Promise<ProgrammeSummary[]> {
  return db
    .select({
      id: programmes.id,
      code: programmes.code,
      name: programmes.name,
      fullName: programmes.fullName,
      family: programmes.family,
      period: programmes.period,
      startYear: programmes.startYear,
      projectCount: sql<number>`count(${projects.id}) filter (where ${projects.acronym} is not null or ${projects.title} is not null)`.mapWith(Number),
    })
    .from(programmes)
    .leftJoin(projects, eq(projects.programmeId, programmes.id))
    .groupBy(programmes.id)
    .having(sql`count(${projects.id}) > 0`)
    .orderBy(asc(programmes.family), sql`${programmes.startYear} desc nulls last`, asc(programmes.name));
}
