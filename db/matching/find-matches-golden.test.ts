// findMatches against the answers it gave before its statements were merged (golden-matches.json,
// written by the findMatches of main 0970cc5 on this fixture, the same on PGlite and PostgreSQL):
// the ranking, the scores, the signals and every word of the explanations must not change.
// A change meant to move the ranking (a new signal, new weights) rewrites the file on PGlite with
// `UPDATE_GOLDEN=1 npx vitest run db/matching/find-matches-golden.test.ts`, checks the diff, and
// reports `npm run cli -- eval` before and after (docs/matching.md).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture } from "../queries/test-fixtures";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";
import { goldenScenarios, type GoldenMatch } from "./golden-scenarios";

const goldenFile = path.join(__dirname, "golden-matches.json");
const expected = JSON.parse(fs.readFileSync(goldenFile, "utf8")) as Record<string, GoldenMatch[]>;

let handle: DatabaseHandle;
let answers: Record<string, GoldenMatch[]>;
beforeAll(async () => {
  handle = await createTestDatabase();
  const f = await seedFixture(handle.db);
  answers = await goldenScenarios(handle.db, f, (db, q) => findMatches(db, q));
  if (process.env.UPDATE_GOLDEN === "1" && testEngine === "pglite") fs.writeFileSync(goldenFile, `${JSON.stringify(answers, null, 2)}\n`);
});
afterAll(async () => handle?.close());

describe(`findMatches gives the expected ranking and explanations on ${testEngine}`, () => {
  it("covers queries with answers of every kind", () => {
    expect(Object.keys(answers)).toEqual(Object.keys(expected));
    const all = Object.values(expected).flat();
    expect(all.some((m) => m.registered)).toBe(true);
    expect(all.some((m) => m.sharedPartners.length > 0)).toBe(true);
    expect(all.some((m) => m.reasons.some((r) => r.startsWith("past projects close to your description")))).toBe(true);
    expect(all.some((m) => m.reasons.some((r) => r.startsWith("its profile lists")))).toBe(true);
    expect(all.some((m) => m.counts[5]! > 0)).toBe(true); // regional experience
  });

  for (const name of Object.keys(expected)) {
    it(name, () => {
      expect(answers[name]).toEqual(expected[name]);
    });
  }
});
