import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { rowsOf } from "../rows";
import { claims, interests, interestThemes, organisationProfiles, profileThemes, projectThemes, themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { refreshProjectSearch } from "../search/refresh";
import { matchLine } from "@/cli/match";
import { BASED_IN_REGION } from "@/lib/matching/signals";
import { findMatches } from "./find-matches";
import { networkOf } from "./evaluation";
import { resolveMatchQuery } from "./resolve-query";

let handle: DatabaseHandle;
let f: Fixture;
let clusters: number;
let economy: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const rows = await handle.db.select({ id: themes.id, code: themes.code }).from(themes);
  clusters = rows.find((t) => t.code === "keep/economy/clusters")!.id;
  economy = rows.find((t) => t.code === "keep/economy")!.id;
});
afterAll(async () => handle?.close());

const ids = (matches: { organisationId: number | null }[]) => matches.map((m) => m.organisationId);

describe(`findMatches on ${testEngine}`, () => {
  it("ranks the requester's partner who coordinated a project on the theme first, never the requester or an unnamed organisation", async () => {
    const matches = await findMatches(handle.db, { themeIds: [clusters], requesterOrganisationId: f.organisations.marche });
    expect(ids(matches)).toEqual([f.organisations.bep, f.organisations.sme]);
    const [bep] = matches;
    expect(bep!.name).toBe("Bureau Economique de la Province de Namur");
    expect(bep!.score).toBeGreaterThan(matches[1]!.score);
    expect(bep!.score).toBeLessThanOrEqual(1);
    expect(bep!.signals.network).toBeGreaterThan(0);
    expect(bep!.reasons[0]).toBe("worked with you on 2 projects");
    expect(bep!.reasons).toContain("coordinated 1 relevant project on Clusters");
    expect(bep!.evidence.projects.map((p) => p.acronym)).toContain("INCLUD");
    expect(bep!.evidence.sharedThemes.map((t) => t.label)).toContain("Clusters");
  });

  it("applies wanted type and country as hard filters", async () => {
    const sme = await findMatches(handle.db, { themeIds: [clusters], partnerTypes: ["sme"] });
    expect(ids(sme)).toEqual([f.organisations.sme]);
    expect(sme[0]!.type).toBe("sme");
    // Under a filter the most active organisations of that kind are candidates even without a shared theme, ranked low.
    const austrian = await findMatches(handle.db, { themeIds: [clusters], countries: ["AT"] });
    expect(ids(austrian)).toEqual([f.organisations.tuv]);
    expect(austrian[0]!.signals.themes).toBe(0);
    expect(austrian[0]!.score).toBeLessThan(sme[0]!.score);
    expect(await findMatches(handle.db, { themeIds: [clusters], countries: ["AT"], partnerTypes: ["sme"] })).toEqual([]);
    expect(ids(await findMatches(handle.db, { countries: ["DE", "IT"] }))).toEqual([f.organisations.marche, f.organisations.sme]);
  });

  it("matches a sub-theme's projects partially when the parent theme is asked, and the programme part and topic", async () => {
    const byParent = await findMatches(handle.db, { themeIds: [economy] });
    const byChild = await findMatches(handle.db, { themeIds: [clusters] });
    // Projects on the sub-theme "Clusters" match the asked parent "Economy", partially.
    expect(ids(byParent)).toEqual(ids(byChild));
    expect(byChild.length).toBe(3);
    expect(byParent[0]!.signals.themes).toBeGreaterThan(0);
    expect(byParent[0]!.signals.themes).toBeLessThan(byChild[0]!.signals.themes);
    const horizon = await findMatches(handle.db, { programmePartCode: "HORIZON.2.5", topicCode: "HORIZON-CL5-2022-D3-01-06" });
    expect(ids(horizon)).toEqual([f.organisations.tuv, f.organisations.bep]);
    expect(horizon[0]!.reasons).toContain("took part in 1 project of the same call topic (HORIZON-CL5-2022-D3-01-06)");
    expect(horizon[0]!.reasons[0]).toBe("coordinated 1 relevant project in HORIZON.2.5");
    // The evidence names each project's call topic, what the card says of a project without a title.
    expect(horizon[0]!.evidence.projects.find((p) => p.acronym === "GREENGRID")).toMatchObject({ topicCode: "HORIZON-CL5-2022-D3-01-06", topicTitle: "Smart grids", sameCall: "topic" });
    // Another topic of the same call, and a call topic of another call.
    const sameCall = await findMatches(handle.db, { programmePartCode: "HORIZON.2.5", topicCode: "HORIZON-CL5-2022-D3-01-99" });
    expect(sameCall[0]!.evidence.projects.find((p) => p.acronym === "GREENGRID")).toMatchObject({ sameCall: "call" });
    const otherCall = await findMatches(handle.db, { programmePartCode: "HORIZON.2.5", topicCode: "HORIZON-CL5-2023-D3-01-06" });
    for (const m of otherCall) for (const p of m.evidence.projects) expect(p).not.toHaveProperty("sameCall");
  });

  it("counts experience in a programme asked without a part (an interest with no known call topic)", async () => {
    const cadses = await findMatches(handle.db, { programmeCode: "INTERREG-IIIB-CADSES" });
    // Its participants are candidates, those with more projects there (and more in all) first; TU Wien has none there.
    expect(ids(cadses)).toEqual([f.organisations.bep, f.organisations.marche, f.organisations.sme]);
    expect(cadses[0]!.reasons[0]).toBe("2 projects in Cadses");
    expect(cadses[2]!.reasons[0]).toBe("1 project in Cadses");
    expect(cadses[0]!.signals.programme).toBeGreaterThan(cadses[2]!.signals.programme);
    expect(cadses[0]!.evidence.projects.map((p) => p.acronym)).toEqual(["INCLUD", "CLOUD"]);
    // With the requester, partners in the asked programme count more: BEP worked with Marche in Cadses.
    const fromMarche = await findMatches(handle.db, { programmeCode: "INTERREG-IIIB-CADSES", requesterOrganisationId: f.organisations.marche });
    expect(fromMarche[0]!.organisationId).toBe(f.organisations.bep);
    expect(fromMarche[0]!.evidence.programmeProjectsWithRequester).toBe(2);
    // The current programme counts the projects of the programmes it continues (Cadses for Interreg CENTRAL EUROPE 2021-2027).
    const central = await findMatches(handle.db, { programmeCode: "INTERREG-VIB-CENTRAL-EUROPE" });
    expect(ids(central)).toEqual(ids(cadses));
    expect(central[0]!.reasons[0]).toBe("2 projects in CENTRAL EUROPE or its predecessors");
    expect(central[0]!.evidence.projects.map((p) => p.acronym)).toEqual(["INCLUD", "CLOUD"]);
    // Nor does a programme count the projects of one it does not continue.
    expect(await findMatches(handle.db, { programmeCode: "INTERREG-VIB-ALPINE-SPACE" })).toEqual([]);
    const alpineAgencies = await findMatches(handle.db, { programmeCode: "INTERREG-VIB-ALPINE-SPACE", partnerTypes: ["development_agency"] });
    expect(alpineAgencies.map((m) => m.signals.programme)).toEqual([0]); // BEP, among the most active of the wanted kind
    // A part asked is the scope, and its code named: the programme's name is not.
    const horizon = await findMatches(handle.db, { programmeCode: "INTERREG-IIIB-CADSES", programmePartCode: "HORIZON.2.5" });
    expect(horizon.flatMap((m) => m.reasons).filter((r) => r.includes("Cadses"))).toEqual([]);
  });

  it("counts being located in a target region, and says so below the country level", async () => {
    const plain = await findMatches(handle.db, { themeIds: [clusters] });
    const inMarche = await findMatches(handle.db, { themeIds: [clusters], regions: ["ITI3", "AT"] });
    const marche = inMarche.find((m) => m.organisationId === f.organisations.marche)!;
    // Regione Marche (ITI3) is based in the target region: the region signal counts it, a reason names it.
    expect(marche.signals.region).toBeGreaterThanOrEqual(BASED_IN_REGION);
    expect(marche.reasons).toContain("based in ITI3");
    expect(marche.explanations).toContainEqual({ kind: "basedIn", region: "ITI3" });
    // BEP (BE352) is not; its region signal is its projects' alone.
    const bep = inMarche.find((m) => m.organisationId === f.organisations.bep)!;
    expect(bep.reasons.some((r) => r.startsWith("based in"))).toBe(false);
    expect(bep.signals.region).toBeLessThan(BASED_IN_REGION);
    // Marche gains on the others: it ranks no lower than without regions.
    expect(ids(inMarche).indexOf(f.organisations.marche)).toBeLessThanOrEqual(ids(plain).indexOf(f.organisations.marche));
    expect(marche.score).toBeGreaterThan(plain.find((m) => m.organisationId === f.organisations.marche)!.score);
    // A whole country as the target region: counted, not said (the card names the country).
    const austria = await findMatches(handle.db, { themeIds: [clusters], countries: ["AT"], regions: ["AT"] });
    expect(austria[0]!.signals.region).toBeGreaterThanOrEqual(BASED_IN_REGION);
    expect(austria[0]!.reasons.some((r) => r.startsWith("based in"))).toBe(false);
  });

  it("finds organisations whose past projects match the text", async () => {
    const matches = await findMatches(handle.db, { text: "smart grids for regions" });
    expect(ids(matches).sort()).toEqual([f.organisations.bep, f.organisations.tuv].sort());
    expect(matches[0]!.signals.text).toBeGreaterThan(0);
    expect(matches[0]!.reasons.join(" ")).toContain("GREENGRID");
  });

  it("names the requester's partners a candidate has worked with", async () => {
    const matches = await findMatches(handle.db, { themeIds: [clusters], requesterOrganisationId: f.organisations.tuv });
    const marche = matches.find((m) => m.organisationId === f.organisations.marche)!;
    expect(marche.evidence.sharedPartners.map((p) => p.name)).toEqual(["Bureau Economique de la Province de Namur"]);
    expect(marche.reasons).toContain("worked with 1 of your partners: Bureau Economique de la Province de Namur");
    expect(ids(matches)).not.toContain(f.organisations.tuv);
    // On PostgreSQL by intarray's intersection (migration 0029), on PGlite, which does not load it, by unnesting the networks: one answer.
    const installed = rowsOf<{ extname: string }>(await handle.db.execute(sql`select extname from pg_extension where extname = 'intarray'`));
    expect(installed.length).toBe(testEngine === "postgres" ? 1 : 0);
  });

  it("treats a registered organisation's verified records as the requester, and marks candidates that are registered", async () => {
    const [profile, other] = await handle.db
      .insert(organisationProfiles)
      .values([
        { name: "Marche Region", type: "public_authority", countryCode: "IT" },
        { name: "BEP (registered)", type: "development_agency", countryCode: "BE" },
      ])
      .returning({ id: organisationProfiles.id });
    await handle.db.insert(claims).values([
      { profileId: profile!.id, organisationId: f.organisations.marche, status: "verified" },
      { profileId: other!.id, organisationId: f.organisations.bep, status: "verified" },
    ]);
    const matches = await findMatches(handle.db, { themeIds: [clusters], requesterProfileId: profile!.id });
    expect(ids(matches)).toEqual([f.organisations.bep, f.organisations.sme]);
    expect(matches[0]!.profileId).toBe(other!.id);
    expect(matches[0]!.signals.network).toBeGreaterThan(0);
    await handle.db.delete(claims);
    await handle.db.delete(organisationProfiles);
  });

  it("finds registered organisations with no record by their profile themes, under the same hard filters", async () => {
    const [requester, agency, hidden] = await handle.db
      .insert(organisationProfiles)
      .values([
        { name: "Holzcluster Steiermark", type: "cluster_organisation", countryCode: "AT" },
        { name: "Pomurje Development Agency", type: "development_agency", countryCode: "SI", description: "Regional development and business support." },
        { name: "Hidden Agency", type: "development_agency", countryCode: "SI", published: false },
      ])
      .returning({ id: organisationProfiles.id });
    await handle.db.insert(profileThemes).values([
      { profileId: requester!.id, themeId: clusters },
      { profileId: agency!.id, themeId: clusters },
      { profileId: hidden!.id, themeId: clusters },
    ]);
    try {
      const matches = await findMatches(handle.db, { themeIds: [clusters], requesterProfileId: requester!.id });
      const registered = matches.filter((m) => m.organisationId === null);
      expect(registered.map((m) => m.profileId)).toEqual([agency!.id]);
      expect(registered[0]).toMatchObject({ name: "Pomurje Development Agency", type: "development_agency", countryCode: "SI" });
      expect(registered[0]!.signals.themes).toBeGreaterThan(0);
      expect(registered[0]!.reasons).toEqual(["registered on Consortia, with no past project in the knowledge base yet", "its profile lists Clusters"]);
      // By the parent theme, partially; by its description's words; never under another type's filter.
      const byParent = await findMatches(handle.db, { themeIds: [economy] });
      expect(byParent.find((m) => m.profileId === agency!.id)!.signals.themes).toBeLessThan(registered[0]!.signals.themes);
      expect((await findMatches(handle.db, { text: "business support" })).some((m) => m.profileId === agency!.id)).toBe(true);
      expect((await findMatches(handle.db, { themeIds: [clusters], partnerTypes: ["sme"] })).some((m) => m.profileId === agency!.id)).toBe(false);
      // A registered organisation that holds a record is matched as that record, its profile themes counted.
      await handle.db.insert(claims).values({ profileId: agency!.id, organisationId: f.organisations.sme, status: "verified" });
      const claimed = await findMatches(handle.db, { themeIds: [clusters] });
      expect(claimed.filter((m) => m.profileId === agency!.id).map((m) => m.organisationId)).toEqual([f.organisations.sme]);
      expect(claimed.find((m) => m.profileId === agency!.id)!.reasons).toContain("its profile lists Clusters");
    } finally {
      await handle.db.delete(claims);
      await handle.db.delete(profileThemes);
      await handle.db.delete(organisationProfiles);
    }
  });

  it("counts a registered organisation's open partnership interests like its profile: themes and words, never a closed or expired one", async () => {
    const [seeker, closedOne, record] = await handle.db
      .insert(organisationProfiles)
      .values([
        { name: "Drava Wood SME Network", type: "sme", countryCode: "SI" },
        { name: "Closed Cluster Desk", type: "sme", countryCode: "SI" },
        { name: "Record Holder", type: "sme", countryCode: "BE" },
      ])
      .returning({ id: organisationProfiles.id });
    const future = "2099-01-01";
    const open = (profileId: number, title: string, description: string, extra: Partial<typeof interests.$inferInsert> = {}) =>
      handle.db.insert(interests).values({ profileId, title, description, ownRole: "partner", deadline: future, ...extra }).returning({ id: interests.id });
    const [seekerInterest] = await open(seeker!.id, "Joining a wood-industry cluster project", "We supply sawmill digitisation know-how.");
    const [closedInterest] = await open(closedOne!.id, "Cluster work", "Closed already.", { status: "closed" });
    const [expiredInterest] = await open(closedOne!.id, "Cluster work again", "Past its deadline.", { deadline: "2001-01-01" });
    const [recordInterest] = await open(record!.id, "A cluster partner wanted", "Coordinating an Interreg proposal.");
    await handle.db.insert(interestThemes).values([seekerInterest, closedInterest, expiredInterest, recordInterest].map((i) => ({ interestId: i!.id, themeId: clusters })));
    await handle.db.insert(claims).values({ profileId: record!.id, organisationId: f.organisations.sme, status: "verified" });
    try {
      const matches = await findMatches(handle.db, { themeIds: [clusters] });
      // No profile theme, no record: found by its open interest's theme, and said so.
      const found = matches.find((m) => m.profileId === seeker!.id);
      expect(found?.signals.themes).toBeGreaterThan(0);
      expect(found?.reasons).toEqual([
        "registered on Consortia, with no past project in the knowledge base yet",
        "looking for partners on Clusters (an open partnership interest)",
      ]);
      expect(found?.explanations).toContainEqual({ kind: "openInterest", themes: ["Clusters"] });
      // Closed and expired interests count for nothing.
      expect(matches.some((m) => m.profileId === closedOne!.id)).toBe(false);
      // A registered organisation that holds a record: its interest named beside its past projects.
      expect(matches.find((m) => m.organisationId === f.organisations.sme)?.reasons).toContain("looking for partners on Clusters (an open partnership interest)");
      // The words of its open interest count as its own.
      expect((await findMatches(handle.db, { text: "sawmill digitisation" })).some((m) => m.profileId === seeker!.id)).toBe(true);
      expect((await findMatches(handle.db, { text: "past its deadline" })).some((m) => m.profileId === closedOne!.id)).toBe(false);
    } finally {
      await handle.db.delete(claims);
      await handle.db.delete(interests);
      await handle.db.delete(organisationProfiles);
    }
  });

  it("keeps the precomputed networks fresh through refreshProjectSearch", async () => {
    const rows = rowsOf<{ partner_ids: number[]; partner_counts: number[] }>(
      await handle.db.execute(sql`select partner_ids, partner_counts from organisation_networks where organisation_id = ${f.organisations.marche}`),
    );
    expect(rows[0]!.partner_ids.map(Number)).toEqual([f.organisations.bep, f.organisations.sme]);
    expect(rows[0]!.partner_counts.map(Number)).toEqual([2, 1]);
    // What `eval` reads as a coordinator's past partners (its new-partner variant).
    expect([...(await networkOf(handle.db, f.organisations.marche))].sort((a, b) => a - b)).toEqual([f.organisations.bep, f.organisations.sme].sort((a, b) => a - b));
    expect((await networkOf(handle.db, f.organisations.lonely)).size).toBe(0);
  });
});

describe(`precomputed per-organisation counts on ${testEngine}`, () => {
  const counts = async (organisationId: number) =>
    rowsOf<{ kind: number; key: number; projects: number; direct: number; coordinated: number; examples: number[] }>(
      await handle.db.execute(sql`select kind, key, projects, direct, coordinated, examples from organisation_match_counts
        where organisation_id = ${organisationId} order by kind, key`),
    ).map((r) => ({ kind: Number(r.kind), key: Number(r.key), projects: Number(r.projects), direct: Number(r.direct), coordinated: Number(r.coordinated), examples: r.examples.map(Number) }));

  it("counts each named organisation's projects per programme part, per theme with its ancestors and per programme, and keeps them fresh", async () => {
    const part = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from programme_parts where code = 'HORIZON.2.5'`))[0]!.id;
    // BEP: INCLUD (tagged Clusters, coordinated) and GREENGRID (HORIZON.2.5); unnamed organisations never.
    expect(await counts(f.organisations.bep)).toEqual([
      { kind: 1, key: Number(part), projects: 1, direct: 0, coordinated: 0, examples: [f.projects.greenGrid] },
      { kind: 2, key: economy, projects: 1, direct: 0, coordinated: 1, examples: [f.projects.includ] },
      { kind: 2, key: clusters, projects: 1, direct: 1, coordinated: 1, examples: [f.projects.includ] },
      // Per programme: the consortium it led first.
      ...[
        { kind: 3, key: f.programmes.cadses, projects: 2, direct: 0, coordinated: 1, examples: [f.projects.includ, f.projects.cloud] },
        { kind: 3, key: f.programmes.horizon, projects: 1, direct: 0, coordinated: 0, examples: [f.projects.greenGrid] },
      ].sort((a, b) => a.key - b.key),
    ]);
    expect(await counts(f.organisations.unnamed)).toEqual([]);
    // A new theme on CLOUD, refreshed for that project only: Marche and BEP gain it.
    await handle.db.insert(projectThemes).values({ projectId: f.projects.cloud, themeId: clusters });
    try {
      await refreshProjectSearch(handle.db, [f.projects.cloud]);
      expect((await counts(f.organisations.marche)).find((c) => c.kind === 2 && c.key === clusters)).toEqual({
        kind: 2, key: clusters, projects: 2, direct: 2, coordinated: 1, examples: [f.projects.cloud, f.projects.includ],
      });
      expect((await counts(f.organisations.bep)).find((c) => c.kind === 2 && c.key === clusters)!.projects).toBe(2);
    } finally {
      await handle.db.delete(projectThemes).where(eq(projectThemes.projectId, f.projects.cloud));
      await refreshProjectSearch(handle.db, [f.projects.cloud]);
    }
    expect((await counts(f.organisations.marche)).find((c) => c.kind === 2 && c.key === clusters)!.projects).toBe(1);
  });
});

describe(`resolveMatchQuery and the match command's lines on ${testEngine}`, () => {
  it("resolves codes and reports every unknown one", async () => {
    const { query, problems } = await resolveMatchQuery(handle.db, {
      id: "q", programme: "NOPE", programmePart: "HORIZON.2.5", topic: "NOPE-1", themes: ["keep/economy/clusters", "/Economy/Clusters", "/no/such"],
      requester: "999999001", partnerTypes: ["HES", "XYZ"], countries: ["GR", "QQ"],
    });
    expect(query.programmePartCode).toBe("HORIZON.2.5");
    expect((await resolveMatchQuery(handle.db, { id: "p", programme: "HORIZON" })).query.programmeCode).toBe("HORIZON");
    expect(query.themeIds).toEqual([clusters]);
    expect(query.requesterOrganisationId).toBe(f.organisations.tuv);
    expect(query.countries).toEqual(["EL", "QQ"]);
    expect(problems).toEqual([
      "unknown programme: NOPE",
      "unknown topic: NOPE-1",
      "unknown theme: /no/such",
      "unknown country: QQ",
      "unknown partner type: XYZ (use HES, REC, PRC, PUB or OTH)",
    ]);
  });

  it("answers a good line with matches, never the requester, and a bad one with an error naming the field", async () => {
    const good = await matchLine(handle, JSON.stringify({ id: "q1", themes: ["keep/economy/clusters"], requester: "999999001", k: 2 }), 1);
    expect(good.error).toBeUndefined();
    expect(good.matches).toHaveLength(2);
    expect(good.matches.map((m) => m.organisationId)).not.toContain(String(f.organisations.tuv));
    expect(good.matches[0]!.reasons.length).toBeGreaterThan(0);
    // New partners only: the requester's partner (TU Wien worked with BEP Namur) is left out, the others stay.
    const all = await matchLine(handle, JSON.stringify({ id: "q5", themes: ["keep/economy/clusters"], requester: "999999001" }), 5);
    const fresh = await matchLine(handle, JSON.stringify({ id: "q5", themes: ["keep/economy/clusters"], requester: "999999001", newPartnersOnly: true }), 5);
    expect(all.matches.map((m) => m.organisationId)).toContain(String(f.organisations.bep));
    expect(fresh.matches.map((m) => m.organisationId)).toEqual(all.matches.map((m) => m.organisationId).filter((id) => id !== String(f.organisations.bep)));
    expect(fresh.matches.length).toBeGreaterThan(0);
    expect(await matchLine(handle, JSON.stringify({ id: "q6", themes: ["keep/economy/clusters"], newPartnersOnly: true }), 6)).toMatchObject({
      id: "q6", matches: [], error: "line 6: newPartnersOnly needs a requester: whose partners to leave out",
    });
    expect(await matchLine(handle, JSON.stringify({ id: "q7", requester: "999999001", newPartnersOnly: "yes" }), 7)).toMatchObject({
      id: "q7", error: expect.stringMatching(/^line 7: newPartnersOnly:/),
    });
    expect(await matchLine(handle, "{not json", 2)).toMatchObject({ id: null, matches: [], error: expect.stringMatching(/^line 2: not JSON/) });
    expect(await matchLine(handle, JSON.stringify({ id: "q3", k: "ten" }), 3)).toMatchObject({ id: "q3", error: expect.stringMatching(/^line 3: k:/) });
    expect(await matchLine(handle, JSON.stringify({ id: "q4", programmePart: "HORIZON.9" }), 4)).toMatchObject({
      id: "q4", matches: [], error: "line 4: unknown programme part: HORIZON.9",
    });
  });
});
