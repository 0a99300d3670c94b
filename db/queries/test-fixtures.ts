// A small knowledge base for the query tests: two programmes, four projects (one a CORDIS record
// skeleton with neither acronym nor title), six organisations (one known only by its PIC), two
// themes; search data refreshed as a loader leaves it.
import type { Db } from "../index";
import { loadReferenceData } from "../load/reference";
import { refreshProjectSearch } from "../search/refresh";
import {
  organisationIdentifiers,
  organisations,
  participations,
  programmeParts,
  programmes,
  projects,
  projectThemes,
  themes,
  topics,
} from "../schema";

export interface Fixture {
  programmes: { cadses: number; horizon: number };
  projects: { includ: number; cloud: number; greenGrid: number; skeleton: number };
  organisations: { bep: number; marche: number; tuv: number; sme: number; unnamed: number; lonely: number };
}

export async function seedFixture(db: Db): Promise<Fixture> {
  await loadReferenceData(db);

  const [cadses, horizon] = await db
    .insert(programmes)
    .values([
      { code: "INTERREG-IIIB-CADSES", name: "Cadses", family: "Interreg", period: "2000-2006", startYear: 2000, endYear: 2006, sourceId: "keep" },
      { code: "HORIZON", name: "Horizon Europe", family: "Horizon Europe", period: "2021-2027", startYear: 2021, endYear: 2027, sourceId: "cordis-he" },
    ])
    .returning({ id: programmes.id });
  const [part] = await db.insert(programmeParts).values({ programmeId: horizon!.id, code: "HORIZON.2.5", title: "Climate, Energy and Mobility" }).returning({ id: programmeParts.id });
  const [topic] = await db.insert(topics).values({ programmeId: horizon!.id, code: "HORIZON-CL5-2022-D3-01-06", title: "Smart grids" }).returning({ id: topics.id });

  const [includ, cloud, greenGrid, skeleton] = await db
    .insert(projects)
    .values([
      {
        sourceId: "keep",
        externalId: "keep-1",
        acronym: "INCLUD",
        title: "Industrial Cluster Development",
        description: "Clustering model of production organisation.",
        expectedResults: "Share the experience of cluster systems.",
        startDate: "2002-11-30",
        endDate: "2004-12-30",
        status: "FINISHED",
        totalBudget: "1200000.00",
        cofinancingRate: "43.80",
        programmeId: cadses!.id,
        partnerCount: 11,
        sourceUrl: "https://keep.eu/projects/1/",
        language: "en",
      },
      {
        sourceId: "keep",
        externalId: "keep-2",
        acronym: "CLOUD",
        title: "CLusters Orientation towards Up-to-date technologies and models for common Development",
        startDate: "2012-09-30",
        endDate: "2014-09-29",
        programmeId: cadses!.id,
        partnerCount: 10,
        language: "en",
      },
      {
        sourceId: "cordis-he",
        externalId: "101056765",
        acronym: "GREENGRID",
        title: "Cluster of smart grids for regional development",
        startDate: "2023-01-01",
        endDate: "2026-12-31",
        programmeId: horizon!.id,
        programmePartId: part!.id,
        topicId: topic!.id,
        euContribution: "2999999.50",
        language: "en",
      },
      { sourceId: "cordis-h2020", externalId: "212345", programmeId: horizon!.id, startDate: "2016-01-01", endDate: "2018-12-31" },
    ])
    .returning({ id: projects.id });

  const [bep, marche, tuv, sme, unnamed, lonely] = await db
    .insert(organisations)
    .values([
      { name: "Bureau Economique de la Province de Namur", shortName: "BEP", type: "development_agency", countryCode: "BE", nutsCode: "BE352", city: "Namur" },
      { name: "Regione Marche", type: "public_authority", countryCode: "IT", nutsCode: "ITI3" },
      { name: "Technische Universität Wien", shortName: "TU Wien", type: "higher_education", countryCode: "AT", nutsCode: "AT130", isSme: false },
      { name: "Cluster_Tech 100% GmbH", type: "sme", countryCode: "DE", isSme: true, website: "www.cluster-tech.de" },
      { name: null, type: "research_organisation", countryCode: "FR" },
      { name: "Lonely Foundation", type: "association_ngo", countryCode: "UK", nutsCode: "UKI31" },
    ])
    .returning({ id: organisations.id });

  await db.insert(organisationIdentifiers).values([
    { scheme: "pic", value: "999822263", organisationId: unnamed!.id, sourceId: "cordis-h2020" },
    { scheme: "pic", value: "999999001", organisationId: tuv!.id, sourceId: "cordis-he" },
  ]);

  await db.insert(participations).values([
    { projectId: includ!.id, organisationId: marche!.id, role: "partner", position: 2 },
    { projectId: includ!.id, organisationId: bep!.id, role: "coordinator", position: 1 },
    { projectId: includ!.id, organisationId: sme!.id, role: "partner", position: 3 },
    { projectId: cloud!.id, organisationId: marche!.id, role: "coordinator", position: 1 },
    { projectId: cloud!.id, organisationId: bep!.id, role: "partner", position: 2 },
    { projectId: greenGrid!.id, organisationId: tuv!.id, role: "coordinator", position: 1, euContribution: "1500000.00" },
    { projectId: greenGrid!.id, organisationId: bep!.id, role: "partner", position: 2 },
    { projectId: greenGrid!.id, organisationId: unnamed!.id, role: "associated_partner", position: 3 },
    { projectId: skeleton!.id, organisationId: tuv!.id, role: "partner" },
    { projectId: skeleton!.id, organisationId: unnamed!.id, role: "coordinator" },
  ]);

  const [economy] = await db
    .insert(themes)
    .values({ scheme: "keep", code: "keep/economy", label: "Economy", path: "/Economy", level: 1 })
    .returning({ id: themes.id });
  const [clusters] = await db
    .insert(themes)
    .values({ scheme: "keep", code: "keep/economy/clusters", parentId: economy!.id, label: "Clusters", path: "/Economy/Clusters", level: 2 })
    .returning({ id: themes.id });
  await db.insert(projectThemes).values([{ projectId: includ!.id, themeId: clusters!.id }]);
  await refreshProjectSearch(db);

  return {
    programmes: { cadses: cadses!.id, horizon: horizon!.id },
    projects: { includ: includ!.id, cloud: cloud!.id, greenGrid: greenGrid!.id, skeleton: skeleton!.id },
    organisations: { bep: bep!.id, marche: marche!.id, tuv: tuv!.id, sme: sme!.id, unnamed: unnamed!.id, lonely: lonely!.id },
  };
}
