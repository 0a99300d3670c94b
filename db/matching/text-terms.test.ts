// A long description looks for past projects with its rare words: an organisation with one
// project on what the text is about comes before one with many on its common words.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { rowsOf } from "../rows";
import { organisations, participations, projects } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";

let handle: DatabaseHandle;
let f: Fixture;
let busy: number;
let sawmills: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  [{ id: busy }, { id: sawmills }] = await db
    .insert(organisations)
    .values([
      { name: "Busy Innovation Institute", type: "research_organisation", countryCode: "NL" },
      { name: "Timber Valley Sawmill Network", type: "cluster_organisation", countryCode: "AT" },
    ])
    .returning({ id: organisations.id }) as [{ id: number }, { id: number }];
  // Thirty projects on innovation support for SMEs, one on sawmills in a timber cluster.
  const common = await db
    .insert(projects)
    .values(Array.from({ length: 30 }, (_, i) => ({
      sourceId: "keep", externalId: `busy-${i}`, acronym: `BUSY${i}`, title: `Innovation support services for SMEs, round ${i}`,
      programmeId: f.programmes.cadses, language: "en",
    })))
    .returning({ id: projects.id });
  const [timber] = await db
    .insert(projects)
    .values({ sourceId: "keep", externalId: "timber-1", acronym: "TIMBERNET", title: "Sawmills of a timber cluster going digital", programmeId: f.programmes.cadses, language: "en" })
    .returning({ id: projects.id });
  await db.insert(participations).values([
    ...common.map((p) => ({ projectId: p.id, organisationId: busy, role: "coordinator" as const, position: 1 })),
    { projectId: timber!.id, organisationId: sawmills, role: "coordinator", position: 1 },
  ]);
  await refreshProjectSearch(db);
});
afterAll(async () => handle?.close());

describe(`text terms on ${testEngine}`, () => {
  it("counts the projects of every word of the projects' text", async () => {
    const counts = rowsOf<{ word: string; ndoc: number; docs: number }>(
      await handle.db.execute(sql`select word, ndoc, docs from search_lexicon where word in ('sawmil', 'innov', 'timber')`),
    );
    const byWord = Object.fromEntries(counts.map((c) => [c.word, Number(c.ndoc)]));
    expect(byWord).toEqual({ sawmil: 1, innov: 30, timber: 1 });
    expect(Number(counts[0]!.docs)).toBe(34); // INCLUD, CLOUD, GREENGRID and the 31 above
  });

  it("ranks the organisation whose project is about the description's rare words first, and not the one with many on its common words", async () => {
    const text = "We look for partners with innovation support experience for SMEs: sawmills in a timber cluster going digital";
    const matches = await findMatches(handle.db, { text });
    expect(matches[0]!.organisationId).toBe(sawmills);
    expect(matches[0]!.reasons).toContain("past projects close to your description: TIMBERNET");
    // Its thirty projects share only common words ("innovation", "support", "SMEs"): no text match.
    const other = matches.find((m) => m.organisationId === busy);
    expect(other?.signals.text ?? 0).toBe(0);
  });

  it("still finds projects when every word of the text is common", async () => {
    const matches = await findMatches(handle.db, { text: "innovation support services" });
    expect(matches[0]!.organisationId).toBe(busy);
    expect(matches[0]!.signals.text).toBeGreaterThan(0);
  });
});
