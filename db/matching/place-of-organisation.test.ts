// "Where would this organisation rank?": any named organisation scored and explained as a match
// is, or the reason the query leaves it out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches, placeOfOrganisation } from "./find-matches";

let handle: DatabaseHandle;
let f: Fixture;
let clusters: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  clusters = (await handle.db.select({ id: themes.id, code: themes.code }).from(themes)).find((t) => t.code === "keep/economy/clusters")!.id;
});
afterAll(async () => handle?.close());

describe(`placeOfOrganisation on ${testEngine}`, () => {
  it("gives a match's rank, score and explanation as the list gives them", async () => {
    const query = { themeIds: [clusters], requesterOrganisationId: f.organisations.marche };
    const list = await findMatches(handle.db, query);
    expect(list.map((m) => m.organisationId)).toEqual([f.organisations.bep, f.organisations.sme]);
    for (const [i, m] of list.entries()) {
      const place = await placeOfOrganisation(handle.db, query, m.organisationId!);
      expect(place).toMatchObject({ kind: "ranked", rank: i + 1, of: 2 });
      if (place?.kind !== "ranked") continue;
      expect(place.match.score).toBeCloseTo(m.score, 10);
      expect(place.match.reasons).toEqual(m.reasons);
    }
  });

  it("scores an organisation no source brought, below the list, and says what little it has", async () => {
    const query = { themeIds: [clusters] };
    const list = await findMatches(handle.db, query);
    expect(list.map((m) => m.organisationId)).not.toContain(f.organisations.tuv);
    const place = await placeOfOrganisation(handle.db, query, f.organisations.tuv);
    expect(place).toMatchObject({ kind: "ranked", rank: list.length + 1, of: list.length + 1 });
    if (place?.kind !== "ranked") return;
    expect(place.match.name).toBe("Technische Universität Wien");
    expect(place.match.score).toBeLessThan(list.at(-1)!.score);
    expect(place.match.signals.themes).toBe(0);
  });

  it("says which hard filter leaves it out, that it is the requester, or a past partner when new partners are asked", async () => {
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters], partnerTypes: ["sme"] }, f.organisations.tuv)).toEqual({ kind: "type" });
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters], countries: ["at"] }, f.organisations.bep)).toEqual({ kind: "country" });
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters], requesterOrganisationId: f.organisations.marche }, f.organisations.marche)).toEqual({ kind: "requester" });
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters], requesterOrganisationId: f.organisations.marche, newPartnersOnly: true }, f.organisations.bep)).toEqual({ kind: "pastPartner" });
    // A new partner is still ranked.
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters], requesterOrganisationId: f.organisations.marche, newPartnersOnly: true }, f.organisations.tuv)).toMatchObject({ kind: "ranked" });
  });

  it("knows no unnamed organisation, nor an id no organisation has", async () => {
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters] }, f.organisations.unnamed)).toBeNull();
    expect(await placeOfOrganisation(handle.db, { themeIds: [clusters] }, 987654321)).toBeNull();
  });
});
