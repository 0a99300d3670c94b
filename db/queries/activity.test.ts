import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { participations, projects, themes, topics } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { countOrganisationActivity, countThemeActivity } from "./activity";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

const sorted = <T extends { year: number | null; family: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.family.localeCompare(b.family));

describe(`countOrganisationActivity on ${testEngine}`, () => {
  it("counts an organisation's projects by start year and programme family", async () => {
    expect(sorted(await countOrganisationActivity(handle.db, f.organisations.bep))).toEqual([
      { year: 2002, family: "Interreg", projects: 1 },
      { year: 2012, family: "Interreg", projects: 1 },
      { year: 2023, family: "Horizon Europe", projects: 1 },
    ]);
  });

  it("includes untitled projects and gives nothing for an organisation without projects", async () => {
    expect(sorted(await countOrganisationActivity(handle.db, f.organisations.tuv))).toEqual([
      { year: 2016, family: "Horizon Europe", projects: 1 },
      { year: 2023, family: "Horizon Europe", projects: 1 },
    ]);
    expect(await countOrganisationActivity(handle.db, f.organisations.lonely)).toEqual([]);
  });
});

describe(`countThemeActivity on ${testEngine}`, () => {
  it("counts a theme's projects, its sub-themes' included", async () => {
    const rows = await handle.db.select({ id: themes.id, code: themes.code }).from(themes);
    const economy = rows.find((t) => t.code === "keep/economy")!.id;
    const clusters = rows.find((t) => t.code === "keep/economy/clusters")!.id;
    expect(await countThemeActivity(handle.db, clusters)).toEqual([{ year: 2002, family: "Interreg", projects: 1 }]);
    expect(await countThemeActivity(handle.db, economy)).toEqual([{ year: 2002, family: "Interreg", projects: 1 }]);
  });
});

describe(`call years on ${testEngine}`, () => {
  it("counts an undated project in its call's year, as a series of its own", async () => {
    const [topic] = await handle.db.select({ id: topics.id }).from(topics);
    const [undated] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "101099999", acronym: "NODATE", programmeId: f.programmes.horizon, topicId: topic!.id })
      .returning({ id: projects.id });
    const [noTopic] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "101099998", acronym: "NOTOPIC", programmeId: f.programmes.horizon })
      .returning({ id: projects.id });
    await handle.db.insert(participations).values([
      { projectId: undated!.id, organisationId: f.organisations.lonely, role: "coordinator" },
      { projectId: noTopic!.id, organisationId: f.organisations.lonely, role: "partner" },
    ]);
    expect(sorted(await countOrganisationActivity(handle.db, f.organisations.lonely))).toEqual([
      { year: null, family: "Horizon Europe", projects: 1 },
      { year: 2022, family: "Horizon Europe (call year)", projects: 1 },
    ]);
  });
});
