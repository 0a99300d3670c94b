// Saved searches: the actions, and their authorisation cells (docs/authorisation.md, "Saved
// searches"): a member can never see, change or delete another user's saved search, an interest's
// match list is saved by its organisation's members only, and an unsubscribe token switches off
// the one saved search it was signed for. Runs on PGlite and, with TEST_DATABASE_URL, PostgreSQL.
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedFixture } from "@/db/queries/test-fixtures";
import { interestMatches, interests, savedSearches, users } from "@/db/schema";
import { env } from "@/lib/env";
import { signUnsubscribeToken } from "@/lib/saved/token";
import { actAs, formData, makeProfile, makeUser, setUpActionDatabase } from "@/lib/testing/actions";
import { NextRequest } from "next/server";
import { GET as openSavedSearch } from "@/app/(member)/saved/[id]/route";
import { idle, type ActionResult } from "./result";
import { deleteSavedSearch, renameSavedSearch, saveSearch, setSavedSearchAlert, unsubscribeAlert } from "./saved-searches";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type User = typeof users.$inferSelect;
let owner: User;
let other: User;
let unverified: User;
let interestA: number;
let searchA: number;
let searchB: number;

const handle = setUpActionDatabase(seedFixture);
beforeAll(async () => {
  const fx = handle.seeded;
  owner = await makeUser(handle.db, { email: "owner@a.eu" });
  other = await makeUser(handle.db, { email: "other@b.eu" });
  unverified = await makeUser(handle.db, { email: "late@a.eu", verified: false });
  const profileA = await makeProfile(handle.db, [{ userId: owner.id, role: "member" }], { name: "A" });
  await makeProfile(handle.db, [{ userId: other.id, role: "owner" }], { name: "B" });
  const [interest] = await handle.db.insert(interests).values({ profileId: profileA.id, title: "Wood clusters", description: "x", ownRole: "partner", deadline: "2099-01-01" }).returning();
  interestA = interest!.id;
  await handle.db.insert(interestMatches).values([
    { interestId: interestA, organisationId: fx.organisations.tuv, rank: 1, score: 0.8 },
    { interestId: interestA, organisationId: fx.organisations.sme, rank: 2, score: 0.5 },
  ]);
  actAs(owner);
  const a = await saveSearch(idle, formData({ name: "Clusters in Germany", path: "/search", query: "q=cluster&country=DE&page=2", alert: "weekly" }));
  actAs(other);
  const b = await saveSearch(idle, formData({ name: "B's search", path: "/organisations", query: "q=wien", alert: "daily" }));
  searchA = (a as { data: { id: number } }).data.id;
  searchB = (b as { data: { id: number } }).data.id;
});
beforeEach(() => actAs(null));

const row = async (id: number) => (await handle.db.select().from(savedSearches).where(eq(savedSearches.id, id)))[0];
const all = () => handle.db.select().from(savedSearches).orderBy(savedSearches.id);
const codeOf = (r: ActionResult<unknown>) => (r.status === "error" ? r.code : r.status);

describe("saving a search", () => {
  it("keeps the canonical search without its page, the alert and the language", async () => {
    const a = await row(searchA);
    expect(a).toMatchObject({ userId: owner.id, name: "Clusters in Germany", kind: "projects", path: "/search", query: "q=cluster&country=DE", alert: "weekly", locale: "en" });
  });

  it("saving the same search again renames it instead of adding a second one", async () => {
    actAs(owner);
    const before = (await all()).length;
    const r = await saveSearch(idle, formData({ name: "German clusters", path: "/search", query: "country=DE&q=cluster", alert: "weekly" }));
    expect(r).toMatchObject({ status: "ok", data: { id: searchA, name: "German clusters" } });
    expect((await all()).length).toBe(before);
  });

  it("refuses an empty name and what is not a search, field by field", async () => {
    actAs(owner);
    const empty = await saveSearch(idle, formData({ name: "  ", path: "/search", query: "" }));
    expect(empty).toMatchObject({ status: "error", code: "invalid", fieldErrors: { name: ["Give the saved search a name."] } });
    const admin = await saveSearch(idle, formData({ name: "x", path: "/admin", query: "" }));
    expect(admin).toMatchObject({ status: "error", code: "invalid", fieldErrors: { path: ["Only a search or an interest's match list can be saved."] } });
    const bad = await saveSearch(idle, formData({ name: "x", path: "/search", query: "", alert: "hourly" }));
    expect(bad).toMatchObject({ status: "error", fieldErrors: { alert: ["Choose no alerts, daily or weekly."] } });
  });

  it("a member saves their interest's match list with its filters, its matches known as of now", async () => {
    actAs(owner);
    const r = await saveSearch(idle, formData({ name: "SMEs for wood", path: `/interests/${interestA}`, query: "type=sme", alert: "daily" }));
    expect(r.status).toBe("ok");
    const saved = await row((r as { data: { id: number } }).data.id);
    expect(saved).toMatchObject({ kind: "interest", interestId: interestA, query: "type=sme" });
    expect(saved!.alertedKeys).toHaveLength(1);
    expect(saved!.visitedKeys).toEqual(saved!.alertedKeys);
  });
});

describe("renaming, alerts, deleting one's own", () => {
  it("renames, changes the alert and deletes", async () => {
    actAs(owner);
    expect(await renameSavedSearch(idle, formData({ id: searchA, name: "Renamed" }))).toMatchObject({ status: "ok" });
    expect((await row(searchA))!.name).toBe("Renamed");
    expect(await setSavedSearchAlert(idle, formData({ id: searchA, alert: "none" }))).toMatchObject({ status: "ok" });
    expect((await row(searchA))!.alert).toBe("none");
    const before = (await row(searchA))!.alertSince;
    expect(await setSavedSearchAlert(idle, formData({ id: searchA, alert: "daily" }))).toMatchObject({ status: "ok" });
    const after = await row(searchA);
    expect(after!.alert).toBe("daily");
    expect(after!.alertSince.getTime()).toBeGreaterThanOrEqual(before.getTime()); // switched on: news from now on
    const r = await saveSearch(idle, formData({ name: "Throwaway", path: "/projects", query: "type=sme" }));
    const id = (r as { data: { id: number } }).data.id;
    expect(await deleteSavedSearch(idle, formData({ id }))).toMatchObject({ status: "ok" });
    expect(await row(id)).toBeUndefined();
  });
});

describe("authorisation", () => {
  const changes = {
    renameSavedSearch: () => renameSavedSearch(idle, formData({ id: searchA, name: "Hijacked" })),
    setSavedSearchAlert: () => setSavedSearchAlert(idle, formData({ id: searchA, alert: "none" })),
    deleteSavedSearch: () => deleteSavedSearch(idle, formData({ id: searchA })),
  };

  for (const [name, run] of Object.entries(changes)) {
    it(`${name}: another user's saved search is not found, and unchanged`, async () => {
      const before = await all();
      actAs(other);
      expect(codeOf(await run())).toBe("not_found");
      expect(await all()).toEqual(before);
    });
    it(`${name}: anonymous and unconfirmed are refused`, async () => {
      const before = await all();
      actAs(null);
      expect(codeOf(await run())).toBe("unauthenticated");
      actAs(unverified);
      expect(codeOf(await run())).toBe("unverified");
      expect(await all()).toEqual(before);
    });
  }

  it("saveSearch: anonymous and unconfirmed are refused", async () => {
    const before = await all();
    actAs(null);
    expect(codeOf(await saveSearch(idle, formData({ name: "x", path: "/search", query: "" })))).toBe("unauthenticated");
    actAs(unverified);
    expect(codeOf(await saveSearch(idle, formData({ name: "x", path: "/search", query: "" })))).toBe("unverified");
    expect(await all()).toEqual(before);
  });

  it("saveSearch: another organisation's interest match list is refused", async () => {
    const before = await all();
    actAs(other);
    expect(codeOf(await saveSearch(idle, formData({ name: "Spy", path: `/interests/${interestA}`, query: "" })))).toBe("forbidden");
    expect(codeOf(await saveSearch(idle, formData({ name: "Spy", path: "/interests/999999", query: "" })))).toBe("not_found");
    expect(await all()).toEqual(before);
  });

  it("GET /saved/[id]: another user's is 404 and not marked visited; anonymous is sent to sign in; the owner's opens", async () => {
    const open = (id: number | string) => openSavedSearch(new NextRequest(`http://localhost/saved/${id}`), { params: Promise.resolve({ id: String(id) }) });
    const before = await row(searchA);
    actAs(other);
    expect((await open(searchA)).status).toBe(404);
    expect((await open("nope")).status).toBe(404);
    actAs(null);
    const anonymous = await open(searchA);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`http://localhost/sign-in?next=${encodeURIComponent(`/saved/${searchA}`)}`);
    expect(await row(searchA)).toEqual(before);
    actAs(owner);
    const mine = await open(searchA);
    expect(mine.status).toBe(303);
    expect(mine.headers.get("location")).toBe("http://localhost/search?q=cluster&country=DE");
    expect((await row(searchA))!.lastVisitedAt.getTime()).toBeGreaterThan(before!.lastVisitedAt.getTime());
  });

  it("saving the same path and query as another user makes the user's own row, never touches theirs", async () => {
    actAs(owner);
    const r = await saveSearch(idle, formData({ name: "Mine too", path: "/organisations", query: "q=wien" }));
    expect(r.status).toBe("ok");
    expect((r as { data: { id: number } }).data.id).not.toBe(searchB);
    expect((await row(searchB))!).toMatchObject({ userId: other.id, name: "B's search", alert: "daily" });
  });
});

describe("the unsubscribe link", () => {
  const secret = () => env().AUTH_SECRET;

  it("switches off its own saved search's alerts without a session", async () => {
    actAs(null);
    const token = signUnsubscribeToken({ savedSearchId: searchB, userId: other.id }, secret());
    expect(await unsubscribeAlert(idle, formData({ token }))).toMatchObject({ status: "ok", data: { name: "B's search", already: false } });
    expect((await row(searchB))!.alert).toBe("none");
    expect(await unsubscribeAlert(idle, formData({ token }))).toMatchObject({ status: "ok", data: { already: true } });
    await handle.db.update(savedSearches).set({ alert: "daily" }).where(eq(savedSearches.id, searchB));
  });

  it("a token for one saved search cannot switch off another", async () => {
    await handle.db.update(savedSearches).set({ alert: "weekly" }).where(eq(savedSearches.id, searchA));
    const before = await all();
    const tokenB = signUnsubscribeToken({ savedSearchId: searchB, userId: other.id }, secret());
    const forged = tokenB.replace(/^\d+\./, `${searchA}.`);
    expect(codeOf(await unsubscribeAlert(idle, formData({ token: forged })))).toBe("invalid");
    // Signed for A's id but as another owner (e.g. by a user for their own id, then edited).
    const wrongOwner = signUnsubscribeToken({ savedSearchId: searchA, userId: other.id }, secret());
    expect(codeOf(await unsubscribeAlert(idle, formData({ token: wrongOwner })))).toBe("invalid");
    expect(codeOf(await unsubscribeAlert(idle, formData({ token: "garbage" })))).toBe("invalid");
    expect(await all()).toEqual(before);
  });

  it("an expired token is refused with what to do", async () => {
    const old = signUnsubscribeToken({ savedSearchId: searchA, userId: owner.id }, secret(), new Date("2020-01-01T00:00:00Z"));
    const r = await unsubscribeAlert(idle, formData({ token: old }));
    expect(r).toMatchObject({ status: "error", message: expect.stringContaining("expired") });
    expect((await row(searchA))!.alert).toBe("weekly");
  });
});
