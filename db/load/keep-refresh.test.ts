// A KEEP load refreshes the search data of what it changed only (its projects, and every project of
// an organisation that changed or left one of them), in its own transaction: the result must be
// what a refresh of everything gives, on both engines.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepNameKey, type KeepProject } from "@/lib/importers/keep";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { rowsOf } from "../rows";
import { organisationIdentifiers, organisations, projects } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { loadKeepProjects, loadKeepThemes, type KeepLoadScope } from "./keep";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  await loadKeepThemes(handle.db);
  // TU Wien is known from CORDIS; a KEEP page naming it finds it again by its name.
  await handle.db.insert(organisationIdentifiers).values({ scheme: "keep-name", value: keepNameKey("AT", "Technische Universität Wien"), organisationId: f.organisations.tuv, sourceId: "keep" });
  await refreshProjectSearch(handle.db);
});
afterAll(async () => handle?.close());

const programme = { code: "INTERREG-VB-CENTRAL", name: "CENTRAL EUROPE", family: "Interreg", period: "2021-2027", startYear: 2021, endYear: 2027 } as const;
const tuWien = { name: "Technische Universität Wien", country: "AT", city: "Wien", type: "higher_education" } as const;
const woodAgency = { name: "Wood Cluster Agency", country: "SI", city: "Ljubljana", type: "development_agency" } as const;
const forestInstitute = { name: "Forest Research Institute", country: "HU", city: "Sopron", type: "research_organisation" } as const;

function project(externalId: string, acronym: string, partners: { name: string; country: string; city: string; type: string }[]): KeepProject {
  return {
    externalId,
    acronym,
    title: `${acronym}: wood-industry clusters across the Danube region`,
    programme,
    themes: ["keep/economy/clusters"],
    language: "en",
    partners: partners.map((p, i) => ({ ...p, role: i === 0 ? "coordinator" : "partner" })),
  } as unknown as KeepProject;
}

/** Loads the projects as `import keep` does: the search data of what changed, in the load's transaction. */
async function load(input: KeepProject[]): Promise<KeepLoadScope> {
  let seen: KeepLoadScope | undefined;
  await loadKeepProjects(handle.db, { projects: input }, {
    afterLoad: async (tx, scope) => {
      seen = scope;
      await refreshProjectSearch(tx, scope.projectIds ?? undefined);
    },
  });
  return seen!;
}

/** Everything the search data holds, in a stable order. */
async function searchData(): Promise<unknown> {
  const all = async (query: ReturnType<typeof sql>) => rowsOf(await handle.db.execute(query));
  return {
    projects: await all(sql`select id, search_related, search_vector::text as v from projects order by id`),
    projectFacets: await all(sql`select * from project_facets order by project_id`),
    organisationFacets: await all(sql`select * from organisation_facets order by organisation_id`),
    networks: await all(sql`select * from organisation_networks order by organisation_id`),
    counts: await all(sql`select * from organisation_match_counts order by kind, key, organisation_id`),
    projectTotals: await all(sql`select * from project_facet_totals order by 1, 2`),
    organisationTotals: await all(sql`select * from organisation_facet_totals order by 1, 2`),
    lexicon: await all(sql`select * from search_lexicon order by word`),
  };
}

/** The search data now, and after a refresh of everything: they must be the same. */
async function expectAsAfterFullRefresh() {
  const partial = await searchData();
  await refreshProjectSearch(handle.db);
  expect(partial).toEqual(await searchData());
}

const idOf = async (externalId: string) =>
  (await handle.db.select({ id: projects.id }).from(projects).where(eq(projects.externalId, externalId)))[0]!.id;
const sorted = (ids: number[] | null) => (ids == null ? null : [...ids].sort((a, b) => a - b));

describe(`a KEEP load's search data on ${testEngine}`, () => {
  it("refreshes a new project and the other projects of an organisation it changed, as a full refresh would", async () => {
    const scope = await load([project("k-woodlink", "WOODLINK", [tuWien, woodAgency])]);
    // TU Wien gained its city from the page: its CORDIS projects' facets are refreshed too.
    const [tuv] = await handle.db.select({ city: organisations.city }).from(organisations).where(eq(organisations.id, f.organisations.tuv));
    expect(tuv!.city).toBe("Wien");
    expect(sorted(scope.projectIds)).toEqual(sorted([await idOf("k-woodlink"), f.projects.greenGrid, f.projects.skeleton]));
    await expectAsAfterFullRefresh();
    // Found on its theme and its partners' countries, with TU Wien's count.
    const [facets] = rowsOf<{ country_codes: string[] }>(await handle.db.execute(sql`select country_codes from project_facets where project_id = ${await idOf("k-woodlink")}`));
    expect([...facets!.country_codes].sort()).toEqual(["AT", "SI"]);
    const [tuvFacets] = rowsOf<{ project_count: number }>(await handle.db.execute(sql`select project_count from organisation_facets where organisation_id = ${f.organisations.tuv}`));
    expect(Number(tuvFacets!.project_count)).toBe(3);
  });

  it("refreshes only the file's projects when nothing else changed", async () => {
    const scope = await load([project("k-woodlink", "WOODLINK", [tuWien, woodAgency])]);
    expect(scope.projectIds).toEqual([await idOf("k-woodlink")]);
    await expectAsAfterFullRefresh();
  });

  it("refreshes the other projects of a partner that left one", async () => {
    await load([project("k-forestnet", "FORESTNET", [woodAgency, forestInstitute])]);
    await expectAsAfterFullRefresh();
    // The agency leaves WOODLINK and stays in FORESTNET: both are refreshed, and its network loses TU Wien.
    const scope = await load([project("k-woodlink", "WOODLINK", [tuWien])]);
    expect(sorted(scope.projectIds)).toEqual(sorted([await idOf("k-woodlink"), await idOf("k-forestnet")]));
    await expectAsAfterFullRefresh();
  });

  it("refreshes everything when a partner leaves its last project", async () => {
    const scope = await load([project("k-forestnet", "FORESTNET", [woodAgency])]);
    expect(scope.projectIds).toBeNull();
    await expectAsAfterFullRefresh();
  });

  it("writes nothing when the refresh fails: the load and its search data commit together", async () => {
    await expect(
      loadKeepProjects(handle.db, { projects: [project("k-halfway", "HALFWAY", [woodAgency])] }, {
        afterLoad: async (tx, scope) => {
          await refreshProjectSearch(tx, scope.projectIds ?? undefined);
          throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    expect(await handle.db.select().from(projects).where(eq(projects.externalId, "k-halfway"))).toEqual([]);
  });
});
