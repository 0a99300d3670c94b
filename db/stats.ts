// Counts of the knowledge base, for the CLI's `stats` and the home page.
import { count, isNotNull } from "drizzle-orm";
import type { Db } from "./index";
import { countries, nutsRegions, organisations, participations, programmes, projects, themes } from "./schema";

export interface KnowledgeBaseStats {
  projects: number;
  organisations: number;
  namedOrganisations: number;
  participations: number;
  programmes: number;
  themes: number;
  countries: number;
  regions: number;
}

export async function knowledgeBaseStats(db: Db): Promise<KnowledgeBaseStats> {
  const one = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  const [p, o, named, pa, pr, t, c, r] = await Promise.all([
    one(db.select({ n: count() }).from(projects)),
    one(db.select({ n: count() }).from(organisations)),
    one(db.select({ n: count() }).from(organisations).where(isNotNull(organisations.name))),
    one(db.select({ n: count() }).from(participations)),
    one(db.select({ n: count() }).from(programmes)),
    one(db.select({ n: count() }).from(themes)),
    one(db.select({ n: count() }).from(countries)),
    one(db.select({ n: count() }).from(nutsRegions)),
  ]);
  return {
    projects: p,
    organisations: o,
    namedOrganisations: named,
    participations: pa,
    programmes: pr,
    themes: t,
    countries: c,
    regions: r,
  };
}
