// The tsquery a search builds: every configuration's stem of each word, but not a foreign
// stemmer's cut of a word down to a common short word.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { rowsOf } from "../rows";
import { createTestDatabase, testEngine } from "../testing";
import { buildTextQuery } from "./text-query";
import { getSearchVocabulary } from "./vocabulary";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

async function matches(q: string, document: { simple?: string; english?: string }): Promise<boolean> {
  const text = buildTextQuery(await getSearchVocabulary(handle.db), q);
  const vector = sql`to_tsvector('simple', ${document.simple ?? ""}) || to_tsvector('english', ${document.english ?? ""})`;
  return rowsOf<{ hit: boolean }>(await handle.db.execute(sql`select (${vector}) @@ (${text.expression!}) as hit`))[0]!.hit;
}

describe(`the search tsquery on ${testEngine}`, () => {
  it('finds "forest management" in a project about it, not in one whose acronym says "for" (German stems "forest" to "for")', async () => {
    expect(await matches("forest management", { english: "Integrative forest management for ecosystem services" })).toBe(true);
    expect(await matches("forest management", { simple: "Ai For Alpha", english: "help asset managers grasp financial markets" })).toBe(false);
  });

  it("keeps a foreign stem of four letters or more, and a short word as it is", async () => {
    // German "Entwicklung" → "entwickl"; French "PME" (SMEs) is its own stem.
    expect(await matches("Entwicklung", { simple: "entwickl" })).toBe(true);
    expect(await matches("PME", { simple: "PME innovation" })).toBe(true);
  });
});
