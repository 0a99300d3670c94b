// The crosswalk as a table (theme_links) and what search reads from it (search_theme_ids): a theme
// lists, counts and drills down to the projects on it, below it, and on the themes linked to them.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProjectSearchState } from "@/lib/search/params";
import type { DatabaseHandle } from "../index";
import { listOrganisationProjects, listOrganisationThemeCounts } from "../queries/organisations";
import { getProject } from "../queries/projects";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { rowsOf } from "../rows";
import { projectFacets, projectThemes, themeLinks, themes } from "../schema";
import { prepareDatabase } from "../setup";
import { createTestDatabase, testEngine } from "../testing";
import { searchProjectsWithFacets } from "./projects";
import { refreshProjectSearch } from "./refresh";
import { syncThemeLinks } from "./theme-links";

let handle: DatabaseHandle;
let f: Fixture;
const id: Record<string, number> = {};
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const insert = async (key: string, row: typeof themes.$inferInsert) => {
    id[key] = (await db.insert(themes).values(row).returning({ id: themes.id }))[0]!.id;
  };
  // KEEP: Energy > Renewable energy sources; EuroSciVoc: engineering and technology > environmental
  // engineering > energy and fuels > renewable energy. The crosswalk links Energy to energy and
  // fuels, Renewable energy sources to renewable energy.
  await insert("keepEnergy", { scheme: "keep", code: "keep/energy", label: "Energy", path: "/Energy", level: 1 });
  await insert("keepRenewable", { scheme: "keep", code: "keep/energy/renewable", parentId: id.keepEnergy, label: "Renewable energy sources", path: "/Energy/Renewable energy sources", level: 2 });
  await insert("engineering", { scheme: "euroscivoc", code: "/25", label: "engineering and technology", path: "/engineering and technology", level: 1 });
  await insert("environmental", { scheme: "euroscivoc", code: "/25/67", parentId: id.engineering, label: "environmental engineering", path: "/e/e", level: 2 });
  await insert("fuels", { scheme: "euroscivoc", code: "/25/67/425", parentId: id.environmental, label: "energy and fuels", path: "/e/e/e", level: 3 });
  await insert("renewable", { scheme: "euroscivoc", code: "/25/67/425/1169", parentId: id.fuels, label: "renewable energy", path: "/e/e/e/r", level: 4 });
  await db.insert(projectThemes).values([
    { projectId: f.projects.greenGrid, themeId: id.renewable! }, // CORDIS-like: renewable energy
    { projectId: f.projects.cloud, themeId: id.keepRenewable! }, // KEEP-like: Renewable energy sources
    { projectId: f.projects.includ, themeId: id.fuels! }, // energy and fuels
  ]);
  await refreshProjectSearch(db);
});
afterAll(async () => handle?.close());

const listed = async (theme: number) => (await searchProjectsWithFacets(handle.db, { ...parseProjectSearchState({ theme: String(theme) }), pageSize: 50 })).rows.map((r) => r.acronym).sort();
const facetsOf = async (projectId: number) =>
  (await handle.db.select({ own: projectFacets.themeIds, search: projectFacets.searchThemeIds, roots: projectFacets.themeRoots }).from(projectFacets).where(eq(projectFacets.projectId, projectId)))[0]!;

describe(`theme links in search on ${testEngine}`, () => {
  it("writes the crosswalk's links of the themes the database holds, both ways, and only what differs", async () => {
    const links = await handle.db.select().from(themeLinks);
    const pairs = links.map((l) => [l.themeId, l.linkedId]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [id.keepEnergy, id.fuels],
        [id.fuels, id.keepEnergy],
        [id.keepRenewable, id.renewable],
        [id.renewable, id.keepRenewable],
      ]),
    );
    expect(pairs.every(([a, b]) => [a, b].some((x) => Object.values(id).includes(x!)))).toBe(true);
    expect(await syncThemeLinks(handle.db)).toBe(0);
    // A link the crosswalk does not have is taken out.
    await handle.db.insert(themeLinks).values({ themeId: id.keepRenewable!, linkedId: id.engineering! });
    expect(await syncThemeLinks(handle.db)).toBe(1);
    expect(await syncThemeLinks(handle.db)).toBe(0);
  });

  it("gives a project the themes linked to its own and to their ancestors, with their ancestors; matching's theme_ids stay its own", async () => {
    const greenGrid = await facetsOf(f.projects.greenGrid);
    expect(greenGrid.own).not.toContain(id.keepRenewable);
    // renewable energy → Renewable energy sources (and its parent); energy and fuels (an ancestor) → Energy.
    expect(greenGrid.search).toEqual(expect.arrayContaining([id.renewable, id.fuels, id.engineering, id.keepRenewable, id.keepEnergy]));
    expect(greenGrid.roots).toEqual(expect.arrayContaining([id.engineering, id.keepEnergy]));
    const cloud = await facetsOf(f.projects.cloud);
    expect(cloud.own).toEqual(expect.arrayContaining([id.keepRenewable, id.keepEnergy]));
    expect(cloud.own).not.toContain(id.renewable);
    expect(cloud.search).toEqual(expect.arrayContaining([id.renewable, id.fuels, id.environmental, id.engineering]));
    // energy and fuels links to Energy, not to the narrower Renewable energy sources.
    const includ = await facetsOf(f.projects.includ);
    expect(includ.search).toContain(id.keepEnergy);
    expect(includ.search).not.toContain(id.keepRenewable);
  });

  it("names on a project's page the themes of the other vocabulary linked to its own", async () => {
    const linkedOf = async (projectId: number) => (await getProject(handle.db, projectId))!.linkedThemes.map((t) => [t.scheme, t.label]);
    expect(await linkedOf(f.projects.greenGrid)).toEqual([["keep", "Renewable energy sources"]]);
    expect(await linkedOf(f.projects.cloud)).toEqual([["euroscivoc", "renewable energy"]]);
    expect(await linkedOf(f.projects.includ)).toEqual([["keep", "Energy"]]);
  });

  it("counts an organisation's projects on the themes its projects reach through the crosswalk, apart from its own", async () => {
    // TU Wien's one project with themes is GREENGRID, on renewable energy (EuroSciVoc).
    const counts = await listOrganisationThemeCounts(handle.db, f.organisations.tuv);
    const of = (theme: number) => counts.find((c) => c.id === theme);
    expect(of(id.renewable!)).toMatchObject({ scheme: "euroscivoc", projects: 1, own: true });
    expect(of(id.fuels!)).toMatchObject({ own: true });
    expect(of(id.keepRenewable!)).toMatchObject({ scheme: "keep", projects: 1, own: false });
    expect(of(id.keepEnergy!)).toMatchObject({ scheme: "keep", projects: 1, own: false });
    // Its page's theme filter lists what the count says.
    expect((await listOrganisationProjects(handle.db, f.organisations.tuv, { themeId: id.keepRenewable })).rows.map((r) => r.acronym)).toEqual(["GREENGRID"]);
  });

  it("lists under a theme what its facet counts, at the top and one level down", async () => {
    expect(await listed(id.keepRenewable!)).toEqual(["CLOUD", "GREENGRID"]);
    expect(await listed(id.keepEnergy!)).toEqual(["CLOUD", "GREENGRID", "INCLUD"]);
    expect(await listed(id.renewable!)).toEqual(["CLOUD", "GREENGRID"]);
    const all = await searchProjectsWithFacets(handle.db, parseProjectSearchState({}));
    const top = new Map(all.facets.theme.values.map((v) => [Number(v.value), v.count]));
    expect(top.get(id.keepEnergy!)).toBe(3);
    expect(top.get(id.engineering!)).toBe(3);
    const energy = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ theme: String(id.keepEnergy) }));
    expect(energy.facets.theme.values.map((v) => [Number(v.value), v.count])).toEqual([[id.keepRenewable, 2]]);
  });

  it("refreshes every project when a refresh of a few finds the links were not what the code says", async () => {
    await handle.db.delete(themeLinks);
    await handle.db.execute(sql`select refresh_project_search()`);
    expect(await listed(id.keepEnergy!)).toEqual(["CLOUD"]);
    // An import of one project (CLOUD): the others are brought up to date with the links too.
    await refreshProjectSearch(handle.db, [f.projects.cloud]);
    expect(await listed(id.keepEnergy!)).toEqual(["CLOUD", "GREENGRID", "INCLUD"]);
  });

  it("brings the links and the search data up to date at server start when they are not what the code says", async () => {
    // A knowledge base whose links are missing (loaded before they were a table): the filter lists own themes only.
    await handle.db.delete(themeLinks);
    await handle.db.execute(sql`select refresh_project_search()`);
    expect(await listed(id.keepEnergy!)).toEqual(["CLOUD"]);
    await prepareDatabase(handle, { loadDemo: false });
    expect(await listed(id.keepEnergy!)).toEqual(["CLOUD", "GREENGRID", "INCLUD"]);
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from theme_links`));
    expect(Number(row!.n)).toBeGreaterThanOrEqual(4);
  });
});
