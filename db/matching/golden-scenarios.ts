// Queries that exercise every path of findMatches on the test fixture (themes with a parent and a
// narrower theme, programme part and topic family, text, target regions, the requester's network
// and its partners' partners, hard filters, registered organisations with and without records),
// and a readable projection of their answers: find-matches-golden.test.ts compares it with the
// answers findMatches gave before its statements were merged (fewer round trips, same results).
import type { Db } from "../index";
import type { Fixture } from "../queries/test-fixtures";
import { claims, organisationProfiles, profileThemes, projectThemes, themes } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import type { Match, MatchQuery } from "@/lib/matching/types";

export interface GoldenMatch {
  name: string;
  registered: boolean;
  pic: string | null;
  type: string;
  countryCode: string | null;
  score: number;
  signals: Record<string, number>;
  reasons: string[];
  explanations: unknown[];
  projects: string[];
  sharedThemes: string[];
  sharedPartners: string[];
  counts: number[];
  lastStart: string | null;
}

function golden(m: Match): GoldenMatch {
  const e = m.evidence;
  return {
    name: m.name,
    registered: m.organisationId === null,
    pic: m.pic,
    type: m.type,
    countryCode: m.countryCode,
    score: m.score,
    signals: Object.fromEntries(Object.entries(m.signals).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6])),
    reasons: m.reasons,
    explanations: m.explanations ?? [],
    projects: e.projects.map((p) => `${p.acronym ?? p.title ?? "?"} ${p.role} ${p.startDate ?? "-"} ${p.programmePartCode ?? "-"} ${p.topicCode ?? "-"}`),
    sharedThemes: e.sharedThemes.map((t) => t.label),
    sharedPartners: e.sharedPartners.map((p) => p.name),
    counts: [
      e.projectsWithRequester, e.relevantProjectsWithRequester, e.programmeProjectsWithRequester, e.programmePartProjects,
      e.topicFamilyProjects, e.regionProjects, e.projectCount, e.coordinatorCount,
    ],
    lastStart: e.lastStart,
  };
}

/** Adds a narrower theme and registered organisations to the fixture, then answers every query with `find`. */
export async function goldenScenarios(
  db: Db,
  f: Fixture,
  find: (db: Db, q: MatchQuery) => Promise<Match[]>,
): Promise<Record<string, GoldenMatch[]>> {
  const all = await db.select({ id: themes.id, code: themes.code }).from(themes);
  const economy = all.find((t) => t.code === "keep/economy")!.id;
  const clusters = all.find((t) => t.code === "keep/economy/clusters")!.id;
  const [wood] = await db
    .insert(themes)
    .values({ scheme: "keep", code: "keep/economy/clusters/wood", parentId: clusters, label: "Wood clusters", path: "/Economy/Clusters/Wood clusters", level: 3 })
    .returning({ id: themes.id });
  const [grids] = await db
    .insert(themes)
    .values({ scheme: "keep", code: "keep/economy/grids", parentId: economy, label: "Grids", path: "/Economy/Grids", level: 2 })
    .returning({ id: themes.id });
  await db.insert(projectThemes).values([
    { projectId: f.projects.cloud, themeId: wood!.id },
    { projectId: f.projects.greenGrid, themeId: grids!.id },
  ]);
  await refreshProjectSearch(db);
  const [requester, agency, claimed, holder, twoRecords] = await db
    .insert(organisationProfiles)
    .values([
      { name: "Holzcluster Steiermark", type: "cluster_organisation", countryCode: "AT" },
      { name: "Pomurje Development Agency", type: "development_agency", countryCode: "SI", description: "Regional development, wood clusters and business support." },
      { name: "Cluster Tech (registered)", type: "sme", countryCode: "DE" },
      { name: "Marche Region", type: "public_authority", countryCode: "IT" },
      { name: "TU Wien and Lonely (registered)", type: "higher_education", countryCode: "AT" },
    ])
    .returning({ id: organisationProfiles.id });
  await db.insert(profileThemes).values([
    { profileId: requester!.id, themeId: clusters },
    { profileId: agency!.id, themeId: wood!.id },
    { profileId: claimed!.id, themeId: clusters },
  ]);
  await db.insert(claims).values([
    { profileId: claimed!.id, organisationId: f.organisations.sme, status: "verified" },
    { profileId: holder!.id, organisationId: f.organisations.marche, status: "verified" },
    { profileId: twoRecords!.id, organisationId: f.organisations.tuv, status: "verified" },
    { profileId: twoRecords!.id, organisationId: f.organisations.lonely, status: "verified" },
  ]);

  const o = f.organisations;
  const queries: Record<string, MatchQuery> = {
    "theme, requester": { themeIds: [clusters], requesterOrganisationId: o.marche },
    "narrower theme": { themeIds: [wood!.id] },
    "parent theme": { themeIds: [economy] },
    "two themes, requester with partners' partners": { themeIds: [wood!.id, grids!.id], requesterOrganisationId: o.tuv },
    "part and topic": { programmePartCode: "HORIZON.2.5", topicCode: "HORIZON-CL5-2022-D3-01-06" },
    "part, topic, requester": { programmePartCode: "HORIZON.2.5", topicCode: "HORIZON-CL5-2022-D3-99-01", requesterOrganisationId: o.bep },
    text: { text: "smart grids for regions, wood clusters and business support" },
    "text and theme, k 2": { text: "clusters", themeIds: [clusters], k: 2 },
    regions: { themeIds: [clusters], programmePartCode: "HORIZON.2.5", regions: ["BE", "AT1", "ITI3"] },
    "type filter": { themeIds: [clusters], partnerTypes: ["sme", "development_agency"] },
    "country filter only": { countries: ["DE", "IT", "SI"] },
    "registered requester": { themeIds: [clusters], requesterProfileId: holder!.id },
    "registered requester, text": { text: "wood", themeIds: [wood!.id], requesterProfileId: requester!.id },
    "registered requester with two records": { themeIds: [clusters], programmePartCode: "HORIZON.2.5", requesterProfileId: twoRecords!.id },
    nothing: { partnerTypes: ["large_enterprise"] },
  };
  const out: Record<string, GoldenMatch[]> = {};
  for (const [name, q] of Object.entries(queries)) out[name] = (await find(db, q)).map(golden);
  return out;
}
