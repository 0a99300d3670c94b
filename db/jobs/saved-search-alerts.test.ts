// Alert digests on PGlite and PostgreSQL: what a digest reports (new rows the saved search finds,
// new matches and mutual matches), one per user per period, never empty, never twice when two runs race, and its
// unsubscribe link switches off that one saved search.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { alertDigests, interestMatchAlerts, interestMatches, interests, mailOutbox, organisations, projects, reciprocalMatches, savedSearches, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing";
import { makeProfile, makeUser } from "@/lib/testing/actions";
import { sendDueDigests } from "./saved-search-alerts";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const appUrl = "https://consortia.test";
const DAY = 86_400_000;

let handle: DatabaseHandle;
let fx: Fixture;
const now = new Date("2026-12-10T06:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

beforeAll(async () => {
  handle = await createTestDatabase();
  fx = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());
beforeEach(async () => {
  // Everything in the knowledge base was first loaded a month ago, unless a test says otherwise.
  await handle.db.update(projects).set({ createdAt: ago(30) });
  await handle.db.update(organisations).set({ createdAt: ago(30) });
  await handle.db.delete(mailOutbox);
  await handle.db.delete(alertDigests);
  await handle.db.delete(savedSearches);
  await handle.db.delete(interestMatchAlerts);
  await handle.db.delete(interests);
});

async function saved(user: { id: string }, values: Partial<typeof savedSearches.$inferInsert>) {
  const [row] = await handle.db
    .insert(savedSearches)
    .values({ userId: user.id, name: "Clusters", kind: "projects", path: "/search", query: "q=cluster", alert: "weekly", alertSince: ago(8), ...values })
    .returning();
  return row!;
}
const mails = () => handle.db.select().from(mailOutbox).orderBy(mailOutbox.id);
const run = (at = now) => sendDueDigests(handle.db, { now: at, appUrl, secret });

describe("alert digests", () => {
  it("a weekly saved search reports the projects first loaded since its last digest that it finds", async () => {
    const user = await makeUser(handle.db, { name: "Ana" });
    const search = await saved(user, {});
    await handle.db.update(projects).set({ createdAt: ago(2) }).where(eq(projects.id, fx.projects.greenGrid));
    await handle.db.update(projects).set({ createdAt: ago(9) }).where(eq(projects.id, fx.projects.cloud)); // before the cutoff
    expect(await run()).toEqual({ users: 1, mails: 1, empty: 0 });
    const [mail] = await mails();
    expect(mail).toMatchObject({ to: user.email, kind: "saved_search_digest", subject: "1 new result for your saved searches on Consortia" });
    expect(mail!.text).toContain("Hello Ana,");
    expect(mail!.text).toContain("Clusters — 1 new project");
    expect(mail!.text).toContain(`GREENGRID — Cluster of smart grids for regional development: ${appUrl}/projects/${fx.projects.greenGrid}`);
    expect(mail!.text).not.toContain("CLOUD");
    expect(mail!.text).not.toContain("INCLUD");
    expect(mail!.text).toMatch(new RegExp(`${appUrl}/alerts/unsubscribe\\?token=${search.id}\\.\\d+\\.[\\w-]{43}`));
    expect(mail!.html).toContain("GREENGRID");
    const [after] = await handle.db.select().from(savedSearches).where(eq(savedSearches.id, search.id));
    expect(after!.alertSince.toISOString()).toBe(now.toISOString());
    // A second run the same day, or the next, sends nothing more: claimed, and no longer due.
    expect(await run()).toEqual({ users: 0, mails: 0, empty: 0 });
    expect(await run(new Date(now.getTime() + DAY))).toEqual({ users: 0, mails: 0, empty: 0 });
    expect(await mails()).toHaveLength(1);
  });

  it("is not sent before its period has run, and never empty", async () => {
    const user = await makeUser(handle.db);
    await saved(user, { alertSince: ago(3) });
    await handle.db.update(projects).set({ createdAt: ago(1) }).where(eq(projects.id, fx.projects.greenGrid));
    expect(await run()).toEqual({ users: 0, mails: 0, empty: 0 });
    await handle.db.update(savedSearches).set({ alertSince: ago(8) });
    await handle.db.update(projects).set({ createdAt: ago(30) });
    expect(await run()).toEqual({ users: 1, mails: 0, empty: 1 });
    expect(await mails()).toHaveLength(0);
    const [digest] = await handle.db.select().from(alertDigests);
    expect(digest).toMatchObject({ userId: user.id, period: "2026-12-10", mailId: null, items: 0 });
  });

  it("one digest per user for all their due saved searches; none without alerts", async () => {
    const user = await makeUser(handle.db);
    await saved(user, { name: "Cluster projects", alert: "daily", alertSince: ago(1) });
    await saved(user, { name: "Organisations in Austria", kind: "organisations", path: "/organisations", query: "country=AT", alert: "weekly" });
    await saved(user, { name: "Silent", path: "/projects", query: "", alert: "none" });
    await handle.db.update(projects).set({ createdAt: ago(0.5) }).where(eq(projects.id, fx.projects.includ));
    await handle.db.update(organisations).set({ createdAt: ago(2) }).where(eq(organisations.id, fx.organisations.tuv));
    expect(await run()).toEqual({ users: 1, mails: 1, empty: 0 });
    const [mail] = await mails();
    expect(mail!.subject).toBe("2 new results for your saved searches on Consortia");
    expect(mail!.text).toContain("Cluster projects — 1 new project");
    expect(mail!.text).toContain("Organisations in Austria — 1 new organisation");
    expect(mail!.text).toContain(`Technische Universität Wien, Austria: ${appUrl}/organisations/${fx.organisations.tuv}`);
    expect(mail!.text).not.toContain("Silent");
  });

  it("two runs at once send one digest", async () => {
    const user = await makeUser(handle.db);
    await saved(user, {});
    await handle.db.update(projects).set({ createdAt: ago(2) }).where(eq(projects.id, fx.projects.greenGrid));
    const reports = await Promise.all([run(), run()]);
    expect(reports.reduce((n, r) => n + r.mails, 0)).toBe(1);
    expect(await mails()).toHaveLength(1);
    expect(await handle.db.select().from(alertDigests)).toHaveLength(1);
  });

  it("tells new matches of a saved match list and of the member's other open interests, once", async () => {
    const user = await makeUser(handle.db);
    const profile = await makeProfile(handle.db, [{ userId: user.id, role: "member" }]);
    const [saving, other] = await handle.db
      .insert(interests)
      .values([
        { profileId: profile.id, title: "Saved interest", description: "x", ownRole: "partner", deadline: "2099-01-01" },
        { profileId: profile.id, title: "Other interest", description: "x", ownRole: "partner", deadline: "2099-01-01" },
      ])
      .returning();
    await handle.db.insert(interestMatches).values([
      { interestId: saving!.id, organisationId: fx.organisations.tuv, rank: 1, score: 0.9, computedAt: ago(1) },
      { interestId: saving!.id, organisationId: fx.organisations.bep, rank: 2, score: 0.7, computedAt: ago(1) },
      { interestId: other!.id, organisationId: fx.organisations.marche, rank: 1, score: 0.6, computedAt: ago(1) },
      { interestId: other!.id, organisationId: fx.organisations.sme, rank: 2, score: 0.5, computedAt: ago(20) },
    ]);
    await saved(user, { name: "Saved matches", kind: "interest", path: `/interests/${saving!.id}`, query: "", interestId: saving!.id, alertedKeys: [`o:${fx.organisations.bep}`] });
    expect(await run()).toEqual({ users: 1, mails: 1, empty: 0 });
    const [mail] = await mails();
    expect(mail!.text).toContain("Saved matches — 1 new match");
    expect(mail!.text).toContain("Technische Universität Wien");
    expect(mail!.text).toContain("New matches for your open interests");
    expect(mail!.text).toContain(`Other interest — 1 new match: ${appUrl}/interests/${other!.id}`);
    expect(mail!.text).toContain("Regione Marche");
    expect(mail!.text).not.toContain("Cluster_Tech"); // computed before the cutoff: not news
    expect(mail!.text.match(/Saved interest/g)).toBeNull(); // told under its saved search, not twice
    // A week later, nothing new: no mail.
    expect(await run(new Date(now.getTime() + 8 * DAY))).toEqual({ users: 1, mails: 0, empty: 1 });
  });

  it("tells the new mutual matches of the member's open interests, a saved match list's too, once", async () => {
    const user = await makeUser(handle.db);
    const mine = await makeProfile(handle.db, [{ userId: user.id, role: "member" }], { countryCode: "AT" });
    const theirs = await makeProfile(handle.db, [], { name: "Univerza v Mariboru", countryCode: "SI" });
    const [open, listed, other, older] = await handle.db
      .insert(interests)
      .values([
        { profileId: mine.id, title: "Wood cluster project", description: "x", ownRole: "coordinator", deadline: "2099-01-01" },
        { profileId: mine.id, title: "Saved wood list", description: "x", ownRole: "coordinator", deadline: "2099-01-01" },
        { profileId: theirs.id, title: "Wood science seeks a cluster", description: "x", ownRole: "partner", deadline: "2099-01-01" },
        { profileId: theirs.id, title: "An older pairing", description: "x", ownRole: "partner", deadline: "2099-01-01" },
      ])
      .returning();
    await handle.db.insert(reciprocalMatches).values([
      { interestId: open!.id, otherInterestId: other!.id, score: 0.8, computedAt: ago(1) },
      { interestId: listed!.id, otherInterestId: other!.id, score: 0.7, computedAt: ago(1) },
      { interestId: open!.id, otherInterestId: older!.id, score: 0.6, computedAt: ago(20) },
    ]);
    await saved(user, { name: "Saved wood matches", kind: "interest", path: `/interests/${listed!.id}`, query: "", interestId: listed!.id });
    expect(await run()).toEqual({ users: 1, mails: 1, empty: 0 });
    const [mail] = await mails();
    expect(mail!.text).toContain(`Wood cluster project — 1 new match: ${appUrl}/interests/${open!.id}`);
    expect(mail!.text).toContain(`- Mutual match: Wood science seeks a cluster (Univerza v Mariboru, Slovenia): ${appUrl}/interests/${other!.id}`);
    expect(mail!.text).toContain(`Saved wood list — 1 new match: ${appUrl}/interests/${listed!.id}`);
    expect(mail!.text).not.toContain("An older pairing"); // paired before the cutoff: not news
    // A pair written again since (either side changed) is not news again.
    await handle.db.update(reciprocalMatches).set({ computedAt: new Date(now.getTime() + 7 * DAY) });
    expect(await run(new Date(now.getTime() + 8 * DAY))).toEqual({ users: 1, mails: 0, empty: 1 });
  });

  it("a saved browse of open interests reports the ones published since, never the member's own", async () => {
    const user = await makeUser(handle.db);
    const mine = await makeProfile(handle.db, [{ userId: user.id, role: "member" }], { countryCode: "SI" });
    const theirs = await makeProfile(handle.db, [], { name: "Holz Agentur", countryCode: "AT" });
    await handle.db.insert(interests).values([
      { profileId: theirs.id, title: "Fresh timber call", description: "x", ownRole: "coordinator", deadline: "2099-01-01", visibility: "members", partnerTypes: ["sme"], createdAt: ago(2) },
      { profileId: theirs.id, title: "Old timber call", description: "x", ownRole: "coordinator", deadline: "2099-01-01", createdAt: ago(20) },
      { profileId: theirs.id, title: "Wants universities", description: "x", ownRole: "coordinator", deadline: "2099-01-01", partnerTypes: ["higher_education"], createdAt: ago(2) },
      { profileId: mine.id, title: "Our own call", description: "x", ownRole: "coordinator", deadline: "2099-01-01", createdAt: ago(2) },
    ]);
    await saved(user, { name: "Calls wanting SMEs", kind: "interests", path: "/interests", query: "wants=sme" });
    expect(await run()).toEqual({ users: 1, mails: 1, empty: 0 });
    const [mail] = await mails();
    expect(mail!.text).toContain("Calls wanting SMEs — 1 new interest");
    expect(mail!.text).toContain("Fresh timber call (Holz Agentur, Austria)");
    for (const other of ["Old timber call", "Wants universities", "Our own call"]) expect(mail!.text).not.toContain(other);
  });

  it("a user who left the interest's organisation is told nothing about its matches", async () => {
    const user = await makeUser(handle.db);
    const profile = await makeProfile(handle.db, []);
    const [interest] = await handle.db.insert(interests).values({ profileId: profile.id, title: "Not mine", description: "x", ownRole: "partner", deadline: "2099-01-01" }).returning();
    await handle.db.insert(interestMatches).values({ interestId: interest!.id, organisationId: fx.organisations.tuv, rank: 1, score: 0.9 });
    await saved(user, { name: "Old list", kind: "interest", path: `/interests/${interest!.id}`, query: "", interestId: interest!.id });
    expect(await run()).toEqual({ users: 1, mails: 0, empty: 1 });
    expect(await mails()).toHaveLength(0);
  });

  it("writes the mail in the user's language, and for an account with none on record in the language the search was saved in", async () => {
    const user = await makeUser(handle.db, { name: "Zofia" });
    await saved(user, { locale: "pl" });
    await handle.db.update(projects).set({ createdAt: ago(2) }).where(eq(projects.id, fx.projects.greenGrid));
    await run();
    const [mail] = await mails();
    expect(mail!.subject).toBe("1 nowy wynik dla Twoich zapisanych wyszukiwań w Consortia");
    expect(mail!.text).toContain("Dzień dobry Zofia,");
    expect(mail!.text).toContain("Clusters — 1 nowy projekt");
  });

  it("prefers the language on the account to the one a search was saved in", async () => {
    const user = await makeUser(handle.db, { name: "Jean" });
    await handle.db.update(users).set({ locale: "fr" }).where(eq(users.id, user.id));
    await saved(user, { locale: "de" });
    await handle.db.update(projects).set({ createdAt: ago(2) }).where(eq(projects.id, fx.projects.greenGrid));
    await run();
    const [mail] = await mails();
    expect(mail!.subject).toBe("1 nouveau résultat pour vos recherches enregistrées sur Consortia");
    expect(mail!.text).toContain("Bonjour Jean,");
  });
});
