// The interest actions against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL)
// and the real matching engine on a small knowledge base, with a faked session: what each does
// when allowed (the refusals are in authorisation.test.ts).
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listReciprocalMatches, listStoredMatches, summariseInterestMatches } from "@/db/queries/interests";
import { reader } from "@/lib/i18n/reader";
import type { MessageKey } from "@/lib/i18n/say";
import { newMatches } from "@/lib/interests/match-filter";
import { reciprocalReasonsIn, type ReciprocalWordsContext } from "@/lib/interests/reciprocal-words";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { claims, interestDismissals, interestMatches, interests, interestThemes, organisations, reciprocalMatches, themes } from "@/db/schema";
import { refreshStaleMatches } from "@/db/jobs/refresh-matches";
import { testEngine } from "@/db/testing";
import { defaultDeadline, isoDate } from "@/lib/interests/options";
import { NO_SIGNAL_MESSAGE } from "@/lib/interests/signal";
import { actAs, formData, makeProfile, makeUser, redirectOf, setUpActionDatabase } from "@/lib/testing/actions";
import { closeInterest, dismissMatch, publishInterest, recomputeInterestMatches, renewInterest, undismissMatch, updateInterest } from "./interests";
import { decideClaim } from "./admin";
import { claimRecord, createOrganisation, setOrganisationPublished, updateOrganisation, withdrawClaim } from "./organisations";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
// The real engine, unless a test makes it fail.
const engine = vi.hoisted(() => ({ fail: false }));
vi.mock("@/db/matching/find-matches", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/db/matching/find-matches")>();
  return { ...actual, findMatches: (...args: Parameters<typeof actual.findMatches>) => (engine.fail ? Promise.reject(new Error("engine down")) : actual.findMatches(...args)) };
});

let fx: Fixture;
let clustersTheme: number;
let economyTheme: number;
type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
let colleague: User;
let agencyId: number;
const today = () => isoDate(new Date());

const handle = setUpActionDatabase(seedFixture);
beforeAll(async () => {
  fx = handle.seeded;
  const rows = await handle.db.select({ id: themes.id, code: themes.code }).from(themes);
  clustersTheme = rows.find((t) => t.code === "keep/economy/clusters")!.id;
  economyTheme = rows.find((t) => t.code === "keep/economy")!.id;
  owner = await makeUser(handle.db);
  colleague = await makeUser(handle.db);
  const agency = await makeProfile(handle.db, [
    { userId: owner.id, role: "owner" },
    { userId: colleague.id, role: "member" },
  ], { name: "Styrian Wood Cluster", type: "cluster_organisation", countryCode: "AT" });
  agencyId = agency.id;
});
beforeEach(() => {
  actAs(null);
  engine.fail = false;
});

let keyCounter = 0;
const key = () => `interest-key-${++keyCounter}-${Math.random().toString(36).slice(2, 10)}`;

/** A form that publishes: clusters in Belgium or Italy, development agencies or public authorities. */
function clusterForm(overrides: Record<string, string | number | (string | number)[] | undefined> = {}) {
  return {
    profileId: agencyId,
    creationKey: key(),
    title: "Cluster development for regional industry",
    description: "Clustering models of production organisation for small firms in industrial districts.",
    programme: fx.programmes.cadses,
    themeIds: [clustersTheme],
    partnerTypes: ["development_agency", "public_authority"],
    wantedCountries: ["BE", "IT"],
    targetRegions: "BE3, IT",
    ownRole: "coordinator",
    visibility: "members",
    ...overrides,
  };
}

async function publish(form: ReturnType<typeof clusterForm>): Promise<number> {
  const where = await redirectOf(publishInterest(idle, formData(form)));
  expect(where, JSON.stringify(where)).toMatch(/^\/interests\/\d+\?published=1$/);
  return Number(/\/interests\/(\d+)/.exec(where as string)![1]);
}

const interestCount = async () => (await handle.db.select({ id: interests.id }).from(interests)).length;

describe(`publishInterest on ${testEngine}`, () => {
  it("publishes an interest with its themes, a 90-day default deadline and ranked, explained matches within the wanted types and countries", async () => {
    actAs(colleague);
    const id = await publish(clusterForm({ deadline: "" }));
    const [row] = await handle.db.select().from(interests).where(eq(interests.id, id));
    expect(row).toMatchObject({ profileId: agencyId, authorUserId: colleague.id, status: "open", deadline: defaultDeadline(today()), targetRegions: ["BE3", "IT"], matchError: null });
    expect(row!.matchesComputedAt).toBeInstanceOf(Date);
    expect(await handle.db.select({ t: interestThemes.themeId }).from(interestThemes).where(eq(interestThemes.interestId, id))).toEqual([{ t: clustersTheme }]);
    const matches = await listStoredMatches(handle.db, id);
    expect(matches.map((m) => m.organisationId).sort()).toEqual([fx.organisations.bep, fx.organisations.marche].sort());
    expect(matches.map((m) => m.rank)).toEqual([1, 2]);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(matches[1]!.score);
    // The interest's programme counts (it names no call topic): BEP's two Cadses projects.
    expect(matches.find((m) => m.organisationId === fx.organisations.bep)!.reasons).toContain("2 projects in Cadses");
    for (const m of matches) {
      expect(["development_agency", "public_authority"]).toContain(m.type);
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.evidence.projects?.length).toBeGreaterThan(0);
    }
  });

  it("without wanted countries, matches partners from the programme's area only (Cadses: Italy, not Belgium)", async () => {
    actAs(colleague);
    const id = await publish(clusterForm({ wantedCountries: [] }));
    const matches = await listStoredMatches(handle.db, id);
    expect(matches.map((m) => m.organisationId)).toEqual([fx.organisations.marche]);
    // With no programme area recorded ("other"), any country.
    const other = await publish(clusterForm({ wantedCountries: [], programme: "other", programmeOther: "COSME" }));
    expect((await listStoredMatches(handle.db, other)).map((m) => m.organisationId).sort()).toEqual([fx.organisations.bep, fx.organisations.marche].sort());
  });

  it("keeps every target region the form's place search sends, one value each", async () => {
    actAs(colleague);
    const id = await publish(clusterForm({ targetRegions: ["BE3", "IT", "be3"] }));
    const [row] = await handle.db.select({ targetRegions: interests.targetRegions }).from(interests).where(eq(interests.id, id));
    expect(row!.targetRegions).toEqual(["BE3", "IT"]);
  });

  it("publishes once when the same form is sent twice", async () => {
    actAs(owner);
    const form = clusterForm();
    const before = await interestCount();
    const first = await publish(form);
    const second = await publish(form);
    expect(second).toBe(first);
    expect(await interestCount()).toBe(before + 1);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    actAs(owner);
    const before = await interestCount();
    const result = await publishInterest(idle, formData({ profileId: agencyId, creationKey: key(), title: "x", description: "short", programme: "", ownRole: "boss", deadline: "2001-01-01" }));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["deadline", "description", "ownRole", "programme", "title"]);
    expect(errors.deadline).toEqual(["Choose a date after today."]);
    const other = await publishInterest(idle, formData(clusterForm({ programme: "other" })));
    expect((other as { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({ programmeOther: ["Name the programme."] });
    expect(await interestCount()).toBe(before);
  });

  it("reports unknown themes, countries, regions and programmes from the database", async () => {
    actAs(owner);
    const before = await interestCount();
    const result = await publishInterest(idle, formData(clusterForm({ themeIds: [999_999], wantedCountries: ["QQ"], targetRegions: "AT, ZZ9", programme: 999_999 })));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect((result as { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({
      programme: ["Choose a programme from the list, or “Other”."],
      themeIds: ["Choose themes from the list."],
      wantedCountries: ["Choose countries from the list."],
      targetRegions: ["Unknown country or NUTS code: ZZ9."],
    });
    expect(await interestCount()).toBe(before);
  });

  it("says what to add when the interest has no usable signal", async () => {
    actAs(owner);
    const before = await interestCount();
    const result = await publishInterest(
      idle,
      formData(clusterForm({ title: "Partners wanted", description: "We are looking for partners for a new project together.", programme: "other", programmeOther: "Some fund", themeIds: [] })),
    );
    expect(result).toMatchObject({ status: "error", message: NO_SIGNAL_MESSAGE, fieldErrors: { themeIds: [NO_SIGNAL_MESSAGE] } });
    expect(await interestCount()).toBe(before);
  });

  it("keeps the interest when the engine fails, with the error noted for a later recompute", async () => {
    actAs(owner);
    engine.fail = true;
    const id = await publish(clusterForm());
    const [row] = await handle.db.select().from(interests).where(eq(interests.id, id));
    expect(row!.matchError).toMatch(/could not be computed/);
    expect(await listStoredMatches(handle.db, id)).toEqual([]);
    engine.fail = false;
    expect(await recomputeInterestMatches(idle, formData({ interestId: id }))).toMatchObject({ status: "ok" });
    const [after] = await handle.db.select().from(interests).where(eq(interests.id, id));
    expect(after!.matchError).toBeNull();
    expect((await listStoredMatches(handle.db, id)).length).toBe(2);
  });
});

describe(`editing, dismissing, renewing and closing on ${testEngine}`, () => {
  it("recomputes the matches when the interest changes", async () => {
    actAs(owner);
    const id = await publish(clusterForm());
    const result = await redirectOf(updateInterest(idle, formData({ ...clusterForm({ partnerTypes: ["public_authority"], wantedCountries: ["IT"] }), interestId: id, creationKey: undefined })));
    expect(result).toBe(`/interests/${id}?saved=1`);
    const matches = await listStoredMatches(handle.db, id);
    expect(matches.map((m) => m.organisationId)).toEqual([fx.organisations.marche]);
    const [row] = await handle.db.select({ deadline: interests.deadline }).from(interests).where(eq(interests.id, id));
    expect(row!.deadline).toBe(defaultDeadline(today())); // an empty deadline on edit keeps the one it had
  });

  it("tells the matches that joined the list after its first computation", async () => {
    actAs(owner);
    const id = await publish(clusterForm({ partnerTypes: ["development_agency"] }));
    expect((await listStoredMatches(handle.db, id)).map((m) => m.organisationId)).toEqual([fx.organisations.bep]);
    expect(await recomputeInterestMatches(idle, formData({ interestId: id }))).toMatchObject({ status: "ok" });
    expect(newMatches(await listStoredMatches(handle.db, id), new Date()).size).toBe(0); // recomputed: none joined
    // Public authorities wanted too: Regione Marche joins the list, BEP keeps the time it joined.
    await redirectOf(updateInterest(idle, formData({ ...clusterForm({ partnerTypes: ["development_agency", "public_authority"] }), interestId: id, creationKey: undefined })));
    const after = await listStoredMatches(handle.db, id);
    expect(after.map((m) => m.organisationId)).toEqual([fx.organisations.bep, fx.organisations.marche]);
    expect([...newMatches(after, new Date())].map((m) => m.organisationId)).toEqual([fx.organisations.marche]);
    // The list of the owner's interests counts it as new, until it is dismissed.
    expect((await summariseInterestMatches(handle.db, [id], today())).get(id)).toMatchObject({ matches: 2, fresh: 1 });
    await dismissMatch(idle, formData({ interestId: id, organisationId: fx.organisations.marche }));
    expect((await summariseInterestMatches(handle.db, [id], today())).get(id)).toMatchObject({ matches: 1, fresh: 0 });
  });

  it("keeps a dismissed match dismissed across recomputation, and shows it again on request", async () => {
    actAs(owner);
    const id = await publish(clusterForm());
    expect(await dismissMatch(idle, formData({ interestId: id, organisationId: fx.organisations.bep }))).toMatchObject({ status: "ok" });
    expect(await dismissMatch(idle, formData({ interestId: id, organisationId: fx.organisations.bep }))).toMatchObject({ status: "ok" }); // twice: one row
    expect(await recomputeInterestMatches(idle, formData({ interestId: id }))).toMatchObject({ status: "ok" });
    const matches = await listStoredMatches(handle.db, id);
    expect(matches.find((m) => m.organisationId === fx.organisations.bep)?.dismissed).toBe(true);
    expect(matches.find((m) => m.organisationId === fx.organisations.marche)?.dismissed).toBe(false);
    expect(await handle.db.select().from(interestDismissals).where(eq(interestDismissals.interestId, id))).toHaveLength(1);
    // Each comes with its website as the source gives it (the card links it).
    await handle.db.update(organisations).set({ website: "www.bep.be" }).where(eq(organisations.id, fx.organisations.bep));
    expect((await listStoredMatches(handle.db, id)).map((m) => [m.name, m.website])).toEqual([["Bureau Economique de la Province de Namur", "www.bep.be"], ["Regione Marche", null]]);
    // The list of the owner's interests counts the matches its page shows, and names the best of them.
    expect(matches.map((m) => m.name)).toEqual(["Bureau Economique de la Province de Namur", "Regione Marche"]);
    expect((await summariseInterestMatches(handle.db, [id], today())).get(id)).toEqual({ matches: 1, fresh: 0, best: "Regione Marche", mutual: 0 });
    await undismissMatch(idle, formData({ interestId: id, organisationId: fx.organisations.bep }));
    expect((await listStoredMatches(handle.db, id)).every((m) => !m.dismissed)).toBe(true);
    expect((await summariseInterestMatches(handle.db, [id], today())).get(id)).toEqual({ matches: 2, fresh: 0, best: "Bureau Economique de la Province de Namur", mutual: 0 });
  });

  it("renews an expired interest for 90 days, and closes it", async () => {
    actAs(owner);
    const id = await publish(clusterForm());
    await handle.db.update(interests).set({ deadline: "2020-01-31" }).where(eq(interests.id, id));
    expect(await recomputeInterestMatches(idle, formData({ interestId: id }))).toMatchObject({ status: "error", code: "conflict" });
    expect(await renewInterest(idle, formData({ interestId: id }))).toMatchObject({ status: "ok", data: { deadline: defaultDeadline(today()) } });
    expect(await closeInterest(idle, formData({ interestId: id }))).toMatchObject({ status: "ok" });
    const [row] = await handle.db.select().from(interests).where(eq(interests.id, id));
    expect(row!.status).toBe("closed");
    expect(row!.closedAt).toBeInstanceOf(Date);
  });

  it("refuses an interest that does not exist with not found", async () => {
    actAs(owner);
    expect(await closeInterest(idle, formData({ interestId: 999_999 }))).toMatchObject({ status: "error", code: "not_found" });
  });
});

describe(`reciprocal matches on ${testEngine}`, () => {
  it("pairs two organisations' interests that look for each other, both ways, and unpairs them when one closes", async () => {
    const rector = await makeUser(handle.db);
    const university = await makeProfile(handle.db, [{ userId: rector.id, role: "owner" }], { name: "University of Maribor", type: "higher_education", countryCode: "SI" });
    actAs(owner);
    const clusterInterest = await publish(clusterForm({ partnerTypes: ["higher_education"], wantedCountries: ["SI", "AT"], themeIds: [clustersTheme] }));
    actAs(rector);
    const universityInterest = await publish(
      clusterForm({ profileId: university.id, partnerTypes: ["cluster_organisation"], wantedCountries: [], themeIds: [economyTheme], ownRole: "partner", title: "University seeks an industry cluster" }),
    );
    // A third interest that looks for SMEs does not fit the cluster.
    await publish(clusterForm({ profileId: university.id, partnerTypes: ["sme"], title: "University seeks SMEs" }));

    const fromCluster = await listReciprocalMatches(handle.db, clusterInterest, today());
    expect(fromCluster.map((r) => r.interestId)).toEqual([universityInterest]);
    expect(fromCluster[0]!.reasons).toContain("You look for a university or college in Slovenia — they are a university or college in Slovenia.");
    expect(fromCluster[0]!.reasons).toContain("Related themes in Economy.");
    const fromUniversity = await listReciprocalMatches(handle.db, universityInterest, today());
    expect(fromUniversity.map((r) => r.interestId)).toEqual([clusterInterest]);
    const mutualOf = async (id: number) => (await summariseInterestMatches(handle.db, [id], today())).get(id)!.mutual;
    expect([await mutualOf(clusterInterest), await mutualOf(universityInterest)]).toEqual([1, 1]);
    expect(fromUniversity[0]!.reasons).toContain("They look for a university or college in Slovenia — you are a university or college in Slovenia.");

    // Stored as kinds too, and said in the reader's language; a pair stored before kinds keeps its English.
    const { t } = await reader("fr");
    const fr: ReciprocalWordsContext = { locale: "fr-FR", t: (key, values) => t(`matching.reciprocal.${key}` as MessageKey, values) };
    expect((fromCluster[0]!.explanations as { kind: string }[]).map((r) => r.kind)).toEqual(["theyLookFor", "youLookFor", "relatedThemes", "sameProgramme", "youCoordinate"]);
    expect(reciprocalReasonsIn(fromCluster[0]!, fr)).toContain("Vous recherchez une université ou une école (Slovénie) — ils sont une université ou une école (Slovénie).");
    expect(reciprocalReasonsIn(fromUniversity[0]!, fr)).toContain("Ils coordonneraient ; vous rejoindriez le projet comme partenaire.");
    await handle.db.update(reciprocalMatches).set({ explanations: [] }).where(eq(reciprocalMatches.interestId, universityInterest));
    const old = await listReciprocalMatches(handle.db, universityInterest, today());
    expect(reciprocalReasonsIn(old[0]!, fr)).toEqual(fromUniversity[0]!.reasons);

    // Made again when either side is recomputed, a pair keeps the time it was first made (alert
    // digests tell it as new once).
    actAs(owner);
    const pairedAt = fromCluster[0]!.computedAt;
    await recomputeInterestMatches(idle, formData({ interestId: clusterInterest }));
    const again = await listReciprocalMatches(handle.db, universityInterest, today());
    expect(again.map((r) => r.interestId)).toEqual([clusterInterest]);
    expect(again[0]!.computedAt).toEqual(pairedAt);
    expect((await listReciprocalMatches(handle.db, clusterInterest, today()))[0]!.computedAt).toEqual(pairedAt);

    await closeInterest(idle, formData({ interestId: clusterInterest }));
    expect(await handle.db.select().from(reciprocalMatches).where(sql`${clusterInterest} in (${reciprocalMatches.interestId}, ${reciprocalMatches.otherInterestId})`)).toEqual([]);
    expect(await listReciprocalMatches(handle.db, universityInterest, today())).toEqual([]);
    expect(await mutualOf(universityInterest)).toBe(0);
  });
});

describe(`reciprocal matches when an organisation's profile changes on ${testEngine}`, () => {
  it("rewrites its interests' pairs when it edits what they say of it: its type, its country", async () => {
    const head = await makeUser(handle.db);
    const clusterOwner = await makeUser(handle.db);
    const faculty = await makeProfile(handle.db, [{ userId: head.id, role: "owner" }], { name: "Faculty of Wood Science", type: "higher_education", countryCode: "SI" });
    const cluster = await makeProfile(handle.db, [{ userId: clusterOwner.id, role: "owner" }], { name: "Pomurje Wood Cluster", type: "cluster_organisation", countryCode: "SI" });
    actAs(clusterOwner);
    const clusterInterest = await publish(clusterForm({ profileId: cluster.id, partnerTypes: ["higher_education"], wantedCountries: ["SI", "AT"], themeIds: [clustersTheme] }));
    actAs(head);
    const facultyInterest = await publish(clusterForm({ profileId: faculty.id, partnerTypes: ["cluster_organisation"], wantedCountries: [], themeIds: [economyTheme], ownRole: "partner", title: "Faculty seeks an industry cluster" }));
    const pairedWith = async () => (await listReciprocalMatches(handle.db, clusterInterest, today())).filter((r) => r.interestId === facultyInterest);
    expect(await pairedWith()).toHaveLength(1);

    // Now a research organisation: not what the cluster looks for.
    const profile = { profileId: faculty.id, name: "Faculty of Wood Science", countryCode: "SI" };
    expect(await updateOrganisation(idle, formData({ ...profile, type: "research_organisation" }))).toMatchObject({ status: "ok" });
    expect(await pairedWith()).toEqual([]);
    // A university again, in Austria: paired again, and the reasons say where it is.
    expect(await updateOrganisation(idle, formData({ ...profile, type: "higher_education", countryCode: "AT" }))).toMatchObject({ status: "ok" });
    const [pair] = await pairedWith();
    expect(pair!.reasons).toContain("You look for a university or college in Austria — they are a university or college in Austria.");
  });
});

describe(`reciprocal matches and new partners only on ${testEngine}`, () => {
  it("leaves out a pair whose organisations have worked together when either side asks for new partners only", async () => {
    const director = await makeUser(handle.db);
    const engineer = await makeUser(handle.db);
    const rector = await makeUser(handle.db);
    // BEP Namur and TU Wien worked together (GreenGrid); the third member has no record.
    const bep = await makeProfile(handle.db, [{ userId: director.id, role: "owner" }], { name: "BEP Namur", type: "development_agency", countryCode: "BE" });
    const tuv = await makeProfile(handle.db, [{ userId: engineer.id, role: "owner" }], { name: "TU Wien", type: "higher_education", countryCode: "AT" });
    const graz = await makeProfile(handle.db, [{ userId: rector.id, role: "owner" }], { name: "TU Graz", type: "higher_education", countryCode: "AT" });
    await handle.db.insert(claims).values([
      { profileId: bep.id, organisationId: fx.organisations.bep, status: "verified", method: "domain" },
      { profileId: tuv.id, organisationId: fx.organisations.tuv, status: "verified", method: "domain" },
    ]);
    const agencyWants = { profileId: bep.id, partnerTypes: ["higher_education"], wantedCountries: ["AT"], themeIds: [clustersTheme], title: "Agency seeks a university" };
    const universityWants = { partnerTypes: ["development_agency"], wantedCountries: ["BE"], themeIds: [clustersTheme], ownRole: "partner" };
    actAs(director);
    const agency = await publish(clusterForm({ ...agencyWants, newPartnersOnly: "true" }));
    actAs(engineer);
    const pastPartner = await publish(clusterForm({ ...universityWants, profileId: tuv.id, title: "TU Wien seeks an agency" }));
    actAs(rector);
    const newcomer = await publish(clusterForm({ ...universityWants, profileId: graz.id, title: "TU Graz seeks an agency" }));
    // Paired with the newcomer only, whichever side was published last.
    expect((await listReciprocalMatches(handle.db, agency, today())).map((r) => r.interestId)).toEqual([newcomer]);
    expect(await listReciprocalMatches(handle.db, pastPartner, today())).toEqual([]);
    // Unticked on both sides, the past partners fit again: the flag, not the fit, left them out.
    actAs(director);
    const plain = await publish(clusterForm({ ...agencyWants, title: "Agency seeks any university" }));
    expect((await listReciprocalMatches(handle.db, plain, today())).map((r) => r.interestId).sort((a, b) => a - b)).toEqual([pastPartner, newcomer]);
    // The side that asks may be the other one: TU Wien's new-partners interest leaves out BEP's plain one.
    actAs(engineer);
    const tuvNew = await publish(clusterForm({ ...universityWants, profileId: tuv.id, title: "TU Wien seeks a new agency", newPartnersOnly: "true" }));
    expect(await listReciprocalMatches(handle.db, tuvNew, today())).toEqual([]);
  });
});

describe(`stored matches when the organisation's records change on ${testEngine}`, () => {
  it("recomputes its open interests when it claims a record, loses it to another, or gives it up", async () => {
    const ceo = await makeUser(handle.db, { email: "ceo@cluster-tech.de" });
    const company = await makeProfile(handle.db, [{ userId: ceo.id, role: "owner" }], { name: "Cluster Tech", type: "sme", countryCode: "DE" });
    actAs(ceo);
    const id = await publish(clusterForm({ profileId: company.id, partnerTypes: [], wantedCountries: ["BE", "IT", "DE"] }));
    const matched = async () => (await listStoredMatches(handle.db, id)).map((m) => m.organisationId);
    // Unclaimed, its record is a candidate like any other.
    expect(await matched()).toContain(fx.organisations.sme);
    // Another member's interest lists the record too, not yet registered.
    const scout = await makeUser(handle.db);
    const observer = await makeProfile(handle.db, [{ userId: scout.id, role: "owner" }], { name: "Cluster Scout", type: "development_agency", countryCode: "BE" });
    actAs(scout);
    const theirs = await publish(clusterForm({ profileId: observer.id, partnerTypes: [], wantedCountries: ["BE", "IT", "DE"] }));
    const smeIn = async (interestId: number) => (await listStoredMatches(handle.db, interestId)).find((m) => m.organisationId === fx.organisations.sme)!;
    expect(await smeIn(theirs)).toMatchObject({ profileId: null, registered: false, name: "Cluster_Tech 100% GmbH" });
    actAs(ceo);

    // Claimed (verified at once: the owner's e-mail is at the record's domain), its record leaves
    // the matches and the record's partners become the company's own: BEP and Regione Marche worked with it.
    expect(await claimRecord(idle, formData({ profileId: company.id, organisationId: fx.organisations.sme }))).toMatchObject({ data: { status: "verified" } });
    expect(await matched()).not.toContain(fx.organisations.sme);
    const bep = (await listStoredMatches(handle.db, id)).find((m) => m.organisationId === fx.organisations.bep)!;
    expect(bep.evidence.projectsWithRequester).toBe(1);
    // The other member's list, not recomputed, names the record's holder of today: it can be messaged.
    expect(await smeIn(theirs)).toMatchObject({ profileId: company.id, registered: true, name: "Cluster Tech" });

    // An administrator moves the record to another organisation: the company's interest matches it again.
    const rivalOwner = await makeUser(handle.db);
    const rival = await makeProfile(handle.db, [{ userId: rivalOwner.id, role: "owner" }], { name: "Cluster Tech Holding", type: "sme", countryCode: "DE" });
    actAs(rivalOwner);
    expect(await claimRecord(idle, formData({ profileId: rival.id, organisationId: fx.organisations.sme, note: "The record is the holding's, see the register." }))).toMatchObject({
      data: { status: "disputed" },
    });
    const [dispute] = await handle.db.select().from(claims).where(and(eq(claims.profileId, rival.id), eq(claims.organisationId, fx.organisations.sme)));
    actAs(await makeUser(handle.db, { role: "admin" }));
    await handle.db.update(interests).set({ matchesStale: false }).where(eq(interests.id, theirs));
    expect(await decideClaim(idle, formData({ claimId: dispute!.id, decision: "verify" }))).toMatchObject({ data: { status: "verified" } });
    expect(await matched()).toContain(fx.organisations.sme);
    // The other member's list names the record: it is marked for the job to recompute.
    expect((await handle.db.select({ stale: interests.matchesStale }).from(interests).where(eq(interests.id, theirs)))[0]!.stale).toBe(true);

    // Claimed back and given up: the interest follows each time.
    await handle.db.delete(claims).where(eq(claims.organisationId, fx.organisations.sme));
    actAs(ceo);
    await claimRecord(idle, formData({ profileId: company.id, organisationId: fx.organisations.sme }));
    expect(await matched()).not.toContain(fx.organisations.sme);
    const [claim] = await handle.db.select().from(claims).where(and(eq(claims.profileId, company.id), eq(claims.organisationId, fx.organisations.sme)));
    expect(await withdrawClaim(idle, formData({ profileId: company.id, claimId: claim!.id }))).toMatchObject({ status: "ok" });
    expect(await matched()).toContain(fx.organisations.sme);
    expect(await smeIn(theirs)).toMatchObject({ profileId: null, registered: false, name: "Cluster_Tech 100% GmbH" });
  });
});

describe(`other members' stored matches when an organisation they list changes on ${testEngine}`, () => {
  it("marks them stale when it claims a record they list, edits its profile, publishes an interest or gives the record up; the job brings them up to date", async () => {
    const scout = await makeUser(handle.db);
    const observer = await makeProfile(handle.db, [{ userId: scout.id, role: "owner" }], { name: "Cluster Watch", type: "development_agency", countryCode: "BE" });
    actAs(scout);
    const theirs = await publish(clusterForm({ profileId: observer.id, partnerTypes: [], wantedCountries: ["BE", "IT", "DE"] }));
    // Public authorities only: it does not list the company's record.
    const unrelated = await publish(clusterForm({ profileId: observer.id, partnerTypes: ["public_authority"] }));
    const stale = async (id: number) => (await handle.db.select({ stale: interests.matchesStale }).from(interests).where(eq(interests.id, id)))[0]!.stale;
    const smeReasons = async () => (await listStoredMatches(handle.db, theirs)).find((m) => m.organisationId === fx.organisations.sme)!.reasons;
    /** The job worker's run: the marked interests are recomputed and unmarked. */
    const runJob = async () => {
      expect((await refreshStaleMatches(handle.db)).refreshed).toBeGreaterThanOrEqual(1);
      expect(await stale(theirs)).toBe(false);
    };
    expect(await stale(theirs)).toBe(false);

    const cto = await makeUser(handle.db, { email: "cto@cluster-tech.de" });
    const company = await makeProfile(handle.db, [{ userId: cto.id, role: "owner" }], { name: "Cluster Tech Systems", type: "sme", countryCode: "DE" });
    actAs(cto);
    expect(await claimRecord(idle, formData({ profileId: company.id, organisationId: fx.organisations.sme }))).toMatchObject({ data: { status: "verified" } });
    expect(await stale(theirs)).toBe(true);
    expect(await stale(unrelated)).toBe(false);
    await runJob();
    expect(await smeReasons()).not.toContainEqual(expect.stringMatching(/^its profile lists /));

    // Its profile now lists clusters: the other member's list says so once recomputed.
    expect(await updateOrganisation(idle, formData({ profileId: company.id, name: "Cluster Tech Systems", type: "sme", countryCode: "DE", themeIds: [clustersTheme] }))).toMatchObject({ status: "ok" });
    expect(await stale(theirs)).toBe(true);
    await runJob();
    expect(await smeReasons()).toContainEqual(expect.stringMatching(/^its profile lists /));

    // What it is looking for counts too.
    const its = await publish(clusterForm({ profileId: company.id, partnerTypes: [], wantedCountries: ["BE", "IT"] }));
    expect(await stale(theirs)).toBe(true);
    expect(await stale(its)).toBe(false);
    await runJob();
    expect(await smeReasons()).toContainEqual(expect.stringMatching(/^looking for partners on .* \(an open partnership interest\)$/));

    const [claim] = await handle.db.select().from(claims).where(and(eq(claims.profileId, company.id), eq(claims.organisationId, fx.organisations.sme)));
    expect(await withdrawClaim(idle, formData({ profileId: company.id, claimId: claim!.id }))).toMatchObject({ status: "ok" });
    expect(await stale(theirs)).toBe(true);
    await runJob();
    expect(await smeReasons()).not.toContainEqual(expect.stringMatching(/^(its profile lists|looking for partners on) /));
    expect(await stale(unrelated)).toBe(false);

    // Without records, the company is a candidate by its profile; hidden, it leaves the list.
    const listsCompany = async () => (await handle.db.select({ id: interestMatches.id }).from(interestMatches).where(and(eq(interestMatches.interestId, theirs), eq(interestMatches.profileId, company.id)))).length > 0;
    expect(await listsCompany()).toBe(true);
    expect(await setOrganisationPublished(idle, formData({ profileId: company.id, published: "false" }))).toMatchObject({ status: "ok" });
    expect(await stale(theirs)).toBe(true);
    await runJob();
    expect(await listsCompany()).toBe(false);
  });

  it("marks the interests on its themes when an organisation registers, and nothing when an edit leaves what matching reads alone", async () => {
    const scout = await makeUser(handle.db);
    const observer = await makeProfile(handle.db, [{ userId: scout.id, role: "owner" }], { name: "Cluster Radar", type: "cluster_organisation", countryCode: "AT" });
    actAs(scout);
    const theirs = await publish(clusterForm({ profileId: observer.id, partnerTypes: ["development_agency"], wantedCountries: ["IT"] }));
    const stale = async () => (await handle.db.select({ stale: interests.matchesStale }).from(interests).where(eq(interests.id, theirs)))[0]!.stale;
    const listsNewcomer = async (profileId: number) => (await listStoredMatches(handle.db, theirs)).some((m) => m.organisationId === null && m.profileId === profileId);

    // An Italian agency registers, on clusters: no list names it yet, but this interest is on its theme.
    const founder = await makeUser(handle.db);
    actAs(founder);
    const form = { name: "Agenzia Cluster Marche", type: "development_agency", countryCode: "IT", themeIds: [clustersTheme] };
    const where = await redirectOf(createOrganisation(idle, formData({ ...form, creationKey: key() })));
    const newcomer = Number(/\/profile\/(\d+)/.exec(where as string)![1]);
    expect(await stale()).toBe(true);
    await refreshStaleMatches(handle.db);
    expect(await stale()).toBe(false);
    expect(await listsNewcomer(newcomer)).toBe(true);

    // Its website is not something matching reads.
    expect(await updateOrganisation(idle, formData({ ...form, profileId: newcomer, website: "https://cluster-marche.example.it" }))).toMatchObject({ status: "ok" });
    expect(await stale()).toBe(false);
    expect(await updateOrganisation(idle, formData({ ...form, profileId: newcomer, description: "Regional cluster agency for the furniture district." }))).toMatchObject({ status: "ok" });
    expect(await stale()).toBe(true);
  });
});

describe(`stored matches on ${testEngine}`, () => {
  it("never lists the requesting organisation's own (claimed) records", async () => {
    const president = await makeUser(handle.db);
    const region = await makeProfile(handle.db, [{ userId: president.id, role: "owner" }], { name: "Regione Marche", type: "public_authority", countryCode: "IT" });
    await handle.db.insert(claims).values({ profileId: region.id, organisationId: fx.organisations.marche, status: "verified", method: "domain" });
    actAs(president);
    const id = await publish(clusterForm({ profileId: region.id, partnerTypes: [], wantedCountries: ["BE", "IT"] }));
    const rows = await handle.db.select({ organisationId: interestMatches.organisationId }).from(interestMatches).where(eq(interestMatches.interestId, id));
    expect(rows.map((r) => r.organisationId)).toContain(fx.organisations.bep);
    expect(rows.map((r) => r.organisationId)).not.toContain(fx.organisations.marche);

    // New partners only: BEP and the SME worked with Regione Marche (INCLUD, CLOUD), so they are left out.
    const fresh = await publish(clusterForm({ profileId: region.id, partnerTypes: [], wantedCountries: ["BE", "IT"], newPartnersOnly: "true" }));
    const [row] = await handle.db.select({ newPartnersOnly: interests.newPartnersOnly }).from(interests).where(eq(interests.id, fresh));
    expect(row!.newPartnersOnly).toBe(true);
    const freshIds = (await listStoredMatches(handle.db, fresh)).map((m) => m.organisationId);
    expect(freshIds).not.toContain(fx.organisations.bep);
    expect(freshIds).not.toContain(fx.organisations.sme);
    for (const m of await listStoredMatches(handle.db, fresh)) expect(m.evidence.projectsWithRequester ?? 0).toBe(0);
    // Unticked, the box sends nothing: past partners count again.
    const again = await publish(clusterForm({ profileId: region.id, partnerTypes: [], wantedCountries: ["BE", "IT"] }));
    expect((await listStoredMatches(handle.db, again)).map((m) => m.organisationId)).toContain(fx.organisations.bep);
    // A value a checkbox never sends is refused, field by field.
    const bad = await publishInterest(idle, formData(clusterForm({ profileId: region.id, newPartnersOnly: "yes" })));
    expect(bad.status === "error" && bad.fieldErrors?.newPartnersOnly).toBeTruthy();
  });
});
