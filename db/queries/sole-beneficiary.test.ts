// "Coordinated" counts the consortia an organisation led, everywhere (lib/projects.ts ledConsortium,
// db/led-consortium.ts, migration 0027): CORDIS calls the single beneficiary of an ERC grant or a
// fellowship its coordinator too (a fellowship's secondment host is an associated partner, not a
// beneficiary), and over half of the knowledge base's projects have one beneficiary.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOrganisationSearchState } from "@/lib/search/params";
import type { DatabaseHandle } from "../index";
import { rowsOf } from "../rows";
import { organisationFacets, organisationMatchCounts, participations, projects } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { searchOrganisationsWithFacets } from "../search/organisations";
import { createTestDatabase, testEngine } from "../testing";
import { getOrganisation, listOrganisationProjects } from "./organisations";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
let grants: { erc: number; fellowship: number; leadOnly: number };
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const [erc, fellowship, leadOnly] = await db
    .insert(projects)
    .values([
      { sourceId: "cordis-he", externalId: "101100001", acronym: "SOLOGRID", title: "An ERC grant held alone", programmeId: f.programmes.horizon, startDate: "2024-01-01", language: "en" },
      { sourceId: "cordis-he", externalId: "101100002", acronym: "FELLOW", title: "A postdoctoral fellowship", programmeId: f.programmes.horizon, startDate: "2024-02-01", language: "en" },
      // A KEEP record that lists an Interreg project's lead partner only.
      { sourceId: "keep", externalId: "keep-9", acronym: "LEADONLY", title: "Cluster cooperation", programmeId: f.programmes.cadses, startDate: "2003-01-01", language: "en" },
    ])
    .returning({ id: projects.id });
  grants = { erc: erc!.id, fellowship: fellowship!.id, leadOnly: leadOnly!.id };
  await db.insert(participations).values([
    { projectId: erc!.id, organisationId: f.organisations.tuv, role: "coordinator", position: 1 },
    { projectId: fellowship!.id, organisationId: f.organisations.sme, role: "coordinator", position: 1 },
    // Its secondment host: an associated partner, not a beneficiary (nor a consortium).
    { projectId: fellowship!.id, organisationId: f.organisations.unnamed, role: "associated_partner", position: 2 },
    { projectId: leadOnly!.id, organisationId: f.organisations.lonely, role: "coordinator", position: 1 },
  ]);
  await refreshProjectSearch(db, Object.values(grants));
});
afterAll(async () => handle?.close());

describe(`consortia led and grants held alone on ${testEngine}`, () => {
  it("counts an organisation's sole-beneficiary grants apart from the consortia it coordinated", async () => {
    const tuv = await getOrganisation(handle.db, f.organisations.tuv);
    expect(tuv).toMatchObject({ roleCounts: { coordinator: 1, soleBeneficiary: 1, partner: 1, associated_partner: 0, third_party: 0 }, projectCount: 3 });
    const sme = await getOrganisation(handle.db, f.organisations.sme);
    expect(sme!.roleCounts).toMatchObject({ coordinator: 0, soleBeneficiary: 1, partner: 1 });
    // An Interreg lead partner listed alone still led a partnership.
    const lonely = await getOrganisation(handle.db, f.organisations.lonely);
    expect(lonely!.roleCounts).toMatchObject({ coordinator: 1, soleBeneficiary: 0 });
  });

  it("tells each of its projects whether anyone else took part", async () => {
    const rows = (await listOrganisationProjects(handle.db, f.organisations.tuv)).rows;
    expect(rows.map((r) => [r.acronym, r.role, r.otherBeneficiary])).toEqual([
      ["SOLOGRID", "coordinator", false],
      ["GREENGRID", "coordinator", true],
      [null, "partner", true],
    ]);
  });

  it("lists the consortia it led alone, when asked", async () => {
    const led = await listOrganisationProjects(handle.db, f.organisations.tuv, { led: true });
    expect(led.total).toBe(1);
    expect(led.rows.map((r) => r.acronym)).toEqual(["GREENGRID"]);
    expect((await listOrganisationProjects(handle.db, f.organisations.sme, { led: true })).total).toBe(0);
    expect((await listOrganisationProjects(handle.db, f.organisations.lonely, { led: true })).rows.map((r) => r.acronym)).toEqual(["LEADONLY"]);
  });

  it("lets search filter and count the organisations that led a consortium, not those that held a grant alone", async () => {
    const coordinated = await searchOrganisationsWithFacets(handle.db, parseOrganisationSearchState({ coordinated: "1" }));
    expect(coordinated.rows.map((r) => r.name).sort()).toEqual(
      ["Bureau Economique de la Province de Namur", "Lonely Foundation", "Regione Marche", "Technische Universität Wien"],
    );
    expect(coordinated.rows.find((r) => r.id === f.organisations.tuv)!.coordinatorCount).toBe(1);
    const smeFacets = await handle.db.select().from(organisationFacets).where(eq(organisationFacets.organisationId, f.organisations.sme));
    expect(smeFacets[0]).toMatchObject({ projectCount: 2, coordinatorCount: 0 });
    expect(smeFacets[0]!.facetKeys).not.toContain("k");
  });

  it("orders search by the consortia led, then by projects", async () => {
    // Lonely Foundation leads a second Interreg consortium, with Regione Marche.
    const [lead2] = await handle.db
      .insert(projects)
      .values({ sourceId: "keep", externalId: "keep-10", acronym: "LEAD2", title: "Cluster cooperation, continued", programmeId: f.programmes.cadses, startDate: "2006-01-01", language: "en" })
      .returning({ id: projects.id });
    await handle.db.insert(participations).values([
      { projectId: lead2!.id, organisationId: f.organisations.lonely, role: "coordinator", position: 1 },
      { projectId: lead2!.id, organisationId: f.organisations.marche, role: "partner", position: 2 },
    ]);
    await refreshProjectSearch(handle.db, [lead2!.id]);
    const names = async (sort: string) =>
      (await searchOrganisationsWithFacets(handle.db, parseOrganisationSearchState({ sort }))).rows.map((r) => [r.name, r.coordinatorCount, r.projectCount]);
    expect(await names("coordinated")).toEqual([
      ["Lonely Foundation", 2, 2],
      ["Bureau Economique de la Province de Namur", 1, 3],
      ["Regione Marche", 1, 3],
      ["Technische Universität Wien", 1, 3],
      ["Cluster_Tech 100% GmbH", 0, 2],
    ]);
    // Most projects first, as before: Lonely Foundation is fourth.
    expect((await names("projects")).map((r) => r[0])).toEqual([
      "Bureau Economique de la Province de Namur", "Regione Marche", "Technische Universität Wien", "Cluster_Tech 100% GmbH", "Lonely Foundation",
    ]);
    await handle.db.delete(participations).where(eq(participations.projectId, lead2!.id));
    await handle.db.delete(projects).where(eq(projects.id, lead2!.id));
    await refreshProjectSearch(handle.db);
  });

  it("gives matching the same count per programme", async () => {
    const coordinatedIn = async (organisationId: number, programmeId: number) =>
      (
        await handle.db
          .select({ coordinated: organisationMatchCounts.coordinated, projects: organisationMatchCounts.projects })
          .from(organisationMatchCounts)
          .where(and(eq(organisationMatchCounts.kind, 3), eq(organisationMatchCounts.key, programmeId), eq(organisationMatchCounts.organisationId, organisationId)))
      )[0];
    // SOLOGRID and GREENGRID (the untitled record is not listed, so not counted).
    expect(await coordinatedIn(f.organisations.tuv, f.programmes.horizon)).toEqual({ coordinated: 1, projects: 2 });
    expect(await coordinatedIn(f.organisations.sme, f.programmes.horizon)).toEqual({ coordinated: 0, projects: 1 });
    expect(await coordinatedIn(f.organisations.lonely, f.programmes.cadses)).toEqual({ coordinated: 1, projects: 1 });
    // Nothing else counted the grants held alone.
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from organisation_facets where coordinator_count > 0`));
    expect(row!.n).toBe(4);
  });
});
