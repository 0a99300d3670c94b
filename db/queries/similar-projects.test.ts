import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { eq } from "drizzle-orm";
import { projects, projectThemes, themes, topics } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { seedFixture, type Fixture } from "./test-fixtures";
import { MAX_TOPIC_PROJECTS, similarProjects } from "./similar-projects";

let handle: DatabaseHandle;
let f: Fixture;
const ids: Record<string, number> = {};
const themeIds: Record<string, number> = {};

// Beside the fixture's projects: projects on a rare theme (hydrogen storage, 2 projects), a broad
// one (software, on every new project), GREENGRID's call topic, a whole call's topic, and a KEEP
// theme linked to a EuroSciVoc concept.
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const [greenGrid] = await db.select({ topicId: projects.topicId }).from(projects).where(eq(projects.id, f.projects.greenGrid));
  const [bigCall] = await db.insert(topics).values({ programmeId: f.programmes.horizon, code: "ERC-2023-ADG", title: "ERC Advanced Grant" }).returning({ id: topics.id });
  const theme = async (code: string, label: string, scheme: "keep" | "euroscivoc" = "euroscivoc") => {
    const [row] = await db.insert(themes).values({ scheme, code, label, path: `/${label}`, level: 1 }).returning({ id: themes.id });
    themeIds[label] = row!.id;
  };
  await theme("esv/hydrogen-storage", "hydrogen storage");
  await theme("esv/software", "software");
  // The crosswalk's own pair (lib/matching/theme-crosswalk.ts): the search refresh writes the link, both ways.
  await theme("/25/63/395", "woodworking");
  await theme("keep/industry/wood", "Wood and furniture industry", "keep");
  const project = async (acronym: string, values: Partial<typeof projects.$inferInsert> = {}) => {
    const [row] = await db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: acronym, acronym, title: `${acronym} project`, programmeId: f.programmes.horizon, startDate: "2023-01-01", ...values })
      .returning({ id: projects.id });
    ids[acronym] = row!.id;
  };
  await project("H2STORE", { startDate: "2022-01-01" });
  await project("H2TANK", { startDate: "2021-01-01" });
  await project("SOFTONLY", { startDate: "2024-01-01" });
  await project("SAMECALL", { topicId: greenGrid!.topicId });
  await project("TIMBER", {});
  await project("FURNITURE", { sourceId: "keep" });
  for (let i = 0; i <= MAX_TOPIC_PROJECTS; i++) await project(`ERC${i}`, { topicId: bigCall!.id, title: null });
  await db.insert(projectThemes).values([
    { projectId: ids.H2STORE!, themeId: themeIds["hydrogen storage"]! },
    { projectId: ids.H2STORE!, themeId: themeIds.software! },
    { projectId: ids.H2TANK!, themeId: themeIds["hydrogen storage"]! },
    { projectId: ids.H2TANK!, themeId: themeIds.software! },
    { projectId: ids.SOFTONLY!, themeId: themeIds.software! },
    { projectId: f.projects.greenGrid, themeId: themeIds.software! },
    { projectId: ids.TIMBER!, themeId: themeIds.woodworking! },
    { projectId: ids.FURNITURE!, themeId: themeIds["Wood and furniture industry"]! },
    ...Array.from({ length: MAX_TOPIC_PROJECTS + 1 }, (_, i) => ({ projectId: ids[`ERC${i}`]!, themeId: themeIds.software! })),
  ]);
  await refreshProjectSearch(db);
}, 120_000);
afterAll(async () => handle?.close());

const acronyms = async (id: number) => (await similarProjects(handle.db, id)).map((s) => s.project.acronym);

describe(`similar projects on ${testEngine}`, () => {
  it("puts the project sharing a rare theme before those sharing a broad one, and names the themes rarest first", async () => {
    const similar = await similarProjects(handle.db, ids.H2STORE!);
    expect(similar[0]).toMatchObject({ project: { acronym: "H2TANK" }, sameTopic: false });
    expect(similar[0]!.sharedThemes.map((t) => t.label)).toEqual(["hydrogen storage", "software"]);
    // The others share only "software", on 45 projects: the most recent first, five in all.
    expect(similar.slice(1).every((s) => s.sharedThemes.map((t) => t.label).join() === "software")).toBe(true);
    expect(similar).toHaveLength(5);
    expect(similar.map((s) => s.project.acronym)).not.toContain("H2STORE");
  });

  it("counts a shared call topic, unless the topic is a whole call", async () => {
    const similar = await similarProjects(handle.db, f.projects.greenGrid);
    expect(similar[0]).toMatchObject({ project: { acronym: "SAMECALL" }, sameTopic: true, sharedThemes: [] });
    // The ERC grants share a topic of more than MAX_TOPIC_PROJECTS projects: only their theme counts.
    const erc = await similarProjects(handle.db, ids.ERC0!);
    expect(erc.every((s) => !s.sameTopic)).toBe(true);
  });

  it("reaches across the KEEP–EuroSciVoc crosswalk, and lists only named projects", async () => {
    const fromKeep = await similarProjects(handle.db, ids.FURNITURE!);
    expect(fromKeep.map((s) => [s.project.acronym, s.sharedThemes.map((t) => t.label)])).toEqual([["TIMBER", ["woodworking"]]]);
    expect(await acronyms(ids.TIMBER!)).toEqual(["FURNITURE"]);
    // The ERC grants have no title but an acronym: listed. A project with neither never is.
    expect(await acronyms(f.projects.skeleton)).toEqual([]);
    expect(await acronyms(f.projects.includ)).toEqual([]);
  });
});
