// A broad text matches thousands of projects: only the best ranked TEXT_HITS count (candidates.ts).
// An organisation whose only project shares the text less than TEXT_HITS others is no candidate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { participations, projects } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { TEXT_HITS } from "./candidates";
import { findMatches } from "./find-matches";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  // TEXT_HITS projects of Lonely Foundation say "glulam" three times; SME Cluster_Tech's one, once.
  const strong = await db
    .insert(projects)
    .values(Array.from({ length: TEXT_HITS }, (_, i) => ({
      sourceId: "keep", programmeId: f.programmes.cadses, externalId: `glulam-${i}`, acronym: `GLU${i}`,
      title: "Glulam beams: glulam bridges of glulam", description: "Glulam timber, glulam joints and glulam testing.",
    })))
    .returning({ id: projects.id });
  const [weak] = await db
    .insert(projects)
    .values({ sourceId: "keep", programmeId: f.programmes.cadses, externalId: "glulam-weak", acronym: "WEAKGLU", title: "Timber bridges, one of them in glulam" })
    .returning({ id: projects.id });
  await db.insert(participations).values([
    ...strong.map((p) => ({ projectId: p.id, organisationId: f.organisations.lonely, role: "partner" as const, position: 1 })),
    { projectId: weak!.id, organisationId: f.organisations.sme, role: "partner" as const, position: 1 },
  ]);
  await refreshProjectSearch(db);
}, 120_000);
afterAll(async () => handle?.close());

describe(`a text matching more than ${TEXT_HITS} projects on ${testEngine}`, () => {
  it("counts the best ranked only", async () => {
    const matches = await findMatches(handle.db, { text: "glulam", k: 200 });
    const lonely = matches.find((m) => m.organisationId === f.organisations.lonely);
    expect(lonely?.explanations?.map((e) => e.kind)).toContain("closeToDescription");
    // Its one project ranks below TEXT_HITS others: without the bound it would be "close to your description: WEAKGLU (glulam)".
    const sme = matches.find((m) => m.organisationId === f.organisations.sme);
    expect(sme?.explanations?.map((e) => e.kind) ?? []).not.toContain("closeToDescription");
  });
});
