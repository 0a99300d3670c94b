// The interest rows of the authorisation matrix (docs/authorisation.md): one test per cell that
// says no. Each calls the server action or page as that person (a faked session) and checks
// that it is refused and that nothing changed; the matches of an interest are rendered for its
// organisation's members only. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
import { eq } from "drizzle-orm";
import { isValidElement, type ReactNode } from "react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { interestDismissals, interestMatches, interests, interestThemes, organisations, programmes, reciprocalMatches, users } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { addDays, isoDate } from "@/lib/interests/options";
import { actAs, expectRefused, formData, type ActionUnderTest, makeProfile, makeUser, pageOutcome, setUpActionDatabase } from "@/lib/testing/actions";
import { closeInterest, dismissMatch, publishInterest, recomputeInterestMatches, renewInterest, undismissMatch, updateInterest } from "./interests";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Who = "anonymous" | "signed in" | "member" | "owner" | "admin" | "unverified";
type User = typeof users.$inferSelect;

const people = {} as Record<Exclude<Who, "anonymous">, User>;
let profileId: number;
let programmeId: number;
let recordId: number;
/** Interests of P: open and public, open for members only, closed. */
const ids = { public: 0, members: 0, closed: 0 };

const handle = setUpActionDatabase();
beforeAll(async () => {
  people["signed in"] = await makeUser(handle.db, { email: "outsider@elsewhere.eu" });
  people.member = await makeUser(handle.db, { email: "member@cluster.at" });
  people.owner = await makeUser(handle.db, { email: "owner@cluster.at" });
  people.admin = await makeUser(handle.db, { email: "admin@consortia.eu", role: "admin" });
  people.unverified = await makeUser(handle.db, { email: "late@cluster.at", verified: false });
  const profile = await makeProfile(handle.db, [
    { userId: people.owner.id, role: "owner" },
    { userId: people.member.id, role: "member" },
    { userId: people.unverified.id, role: "member" },
  ], { name: "Wood Cluster", type: "cluster_organisation" });
  profileId = profile.id;
  // The outsider and the administrator act for an organisation of their own: not being a member of P is what is tested.
  await makeProfile(handle.db, [{ userId: people["signed in"].id, role: "owner" }, { userId: people.admin.id, role: "owner" }], { name: "Elsewhere" });
  const [programme] = await handle.db.insert(programmes).values({ code: "INTERREG-CE", name: "CENTRAL EUROPE", family: "Interreg" }).returning();
  programmeId = programme!.id;
  const [record] = await handle.db.insert(organisations).values({ name: "UNIVERSITY OF GRAZ", type: "higher_education", countryCode: "AT" }).returning();
  recordId = record!.id;
  const deadline = addDays(isoDate(new Date()), 30);
  const base = { profileId, authorUserId: people.owner.id, description: "Timber construction cluster project.", programmeId, ownRole: "coordinator" as const, deadline };
  const [a, b, c] = await handle.db
    .insert(interests)
    .values([
      { ...base, title: "Public interest", visibility: "public" },
      { ...base, title: "Members-only interest", visibility: "members" },
      { ...base, title: "Closed interest", visibility: "public", status: "closed" },
    ])
    .returning({ id: interests.id });
  ids.public = a!.id;
  ids.members = b!.id;
  ids.closed = c!.id;
  await handle.db.insert(interestMatches).values({ interestId: ids.public, organisationId: recordId, rank: 1, score: 0.5, reasons: ["coordinated 2 projects"] });
});
beforeEach(() => actAs(null));

function as(who: Who) {
  actAs(who === "anonymous" ? null : people[who]);
}

/** Everything an interest action could change. */
async function snapshot() {
  return {
    interests: await handle.db.select().from(interests).orderBy(interests.id),
    themes: await handle.db.select().from(interestThemes).orderBy(interestThemes.interestId, interestThemes.themeId),
    matches: await handle.db.select().from(interestMatches).orderBy(interestMatches.id),
    dismissals: await handle.db.select().from(interestDismissals).orderBy(interestDismissals.id),
    reciprocal: await handle.db.select().from(reciprocalMatches).orderBy(reciprocalMatches.interestId, reciprocalMatches.otherInterestId),
  };
}

const validInterest = () => ({ title: "Hijacked interest", description: "Timber construction and furniture cluster project.", programme: programmeId, ownRole: "partner", visibility: "public" });

/** Each action, with a form that would succeed for someone allowed to do it. */
const actions: Record<string, ActionUnderTest> = {
  publishInterest: { run: publishInterest, form: () => ({ ...validInterest(), profileId, creationKey: `key-${Math.random().toString(36).slice(2)}-0000000000` }) },
  updateInterest: { run: updateInterest, form: () => ({ ...validInterest(), interestId: ids.public }) },
  renewInterest: { run: renewInterest, form: () => ({ interestId: ids.closed }) },
  closeInterest: { run: closeInterest, form: () => ({ interestId: ids.public }) },
  recomputeInterestMatches: { run: recomputeInterestMatches, form: () => ({ interestId: ids.public }) },
  dismissMatch: { run: dismissMatch, form: () => ({ interestId: ids.public, organisationId: recordId }) },
  undismissMatch: { run: undismissMatch, form: () => ({ interestId: ids.public, organisationId: recordId }) },
};

/** The cells that say no: every interest action is for the members (and owners) of P only. */
const refusals: [action: string, who: Who][] = [
  ...Object.keys(actions).flatMap((a) => (["anonymous", "signed in", "admin", "unverified"] as const).map((w): [string, Who] => [a, w])),
];

describe(`authorisation matrix: interest actions on ${testEngine}`, () => {
  it.each(refusals)("%s refuses %s", (name, who) => expectRefused(actions[name]!, who, who === "anonymous" ? null : people[who], snapshot));

  it("lets a member and an owner do what the matrix allows (the yes cells are real)", async () => {
    as("member");
    expect((await dismissMatch(idle, formData({ interestId: ids.public, organisationId: recordId }))).status).toBe("ok");
    expect((await undismissMatch(idle, formData({ interestId: ids.public, organisationId: recordId }))).status).toBe("ok");
    as("owner");
    expect((await renewInterest(idle, formData({ interestId: ids.closed }))).status).toBe("ok");
    expect((await closeInterest(idle, formData({ interestId: ids.closed }))).status).toBe("ok");
  });
});

describe(`authorisation matrix: interest pages on ${testEngine}`, () => {
  const props = (id: number | string, searchParams: Record<string, string> = {}) => ({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve(searchParams) });

  const outcome = pageOutcome;

  /** Whether the rendered tree has an element with this id (the page's sections are found by their headings' ids). */
  function hasId(node: unknown, id: string): boolean {
    if (Array.isArray(node)) return node.some((n) => hasId(n, id));
    if (!isValidElement(node)) return false;
    const p = node.props as { id?: string; children?: ReactNode };
    return p.id === id || hasId(p.children, id);
  }

  it.each([
    ["public", "anonymous"],
    ["public", "signed in"],
    ["public", "admin"],
    ["members", "signed in"],
    ["members", "admin"],
  ] as ["public" | "members", Who][])("/interests/[id] (%s, open) shows %s the interest but not its matches", async (kind, who) => {
    const { default: Page } = await import("@/app/(member)/interests/[id]/page");
    as(who);
    const result = await outcome(() => Page(props(ids[kind])));
    expect(result.kind).toBe("rendered");
    expect(hasId(result.tree, "matches-heading")).toBe(false);
    expect(hasId(result.tree, "reciprocal-heading")).toBe(false);
  });

  it.each([
    ["members", "anonymous", "redirect /sign-in?next=%2Finterests%2F"],
    ["closed", "anonymous", "redirect /sign-in?next=%2Finterests%2F"],
    ["closed", "signed in", "404"],
    ["closed", "admin", "404"],
  ] as ["members" | "closed", Who, string][])("/interests/[id] (%s) refuses %s", async (kind, who, expected) => {
    const { default: Page } = await import("@/app/(member)/interests/[id]/page");
    as(who);
    expect((await outcome(() => Page(props(ids[kind])))).kind).toContain(expected);
  });

  it.each([
    ["anonymous", "redirect /sign-in?next=%2Finterests%2F"],
    ["signed in", "404"],
    ["admin", "404"],
  ] as [Who, string][])("/interests/[id]/edit refuses %s", async (who, expected) => {
    const { default: Edit } = await import("@/app/(member)/interests/[id]/edit/page");
    as(who);
    expect((await outcome(() => Edit({ params: Promise.resolve({ id: String(ids.public) }) }))).kind).toContain(expected);
  });

  it("/interests/new sends anonymous visitors to sign in", async () => {
    const { default: New } = await import("@/app/(member)/interests/new/page");
    as("anonymous");
    expect((await outcome(() => New())).kind).toBe("redirect /sign-in?next=%2Finterests%2Fnew");
  });

  /** The props of the first element of this component in the rendered tree, or null. */
  function propsOf(node: unknown, type: unknown): Record<string, unknown> | null {
    if (Array.isArray(node)) {
      for (const n of node) {
        const found = propsOf(n, type);
        if (found) return found;
      }
      return null;
    }
    if (!isValidElement(node)) return null;
    if (node.type === type) return node.props as Record<string, unknown>;
    return propsOf((node.props as { children?: ReactNode }).children, type);
  }

  it("answers \"where would this organisation rank?\" for members only", async () => {
    const { default: Page } = await import("@/app/(member)/interests/[id]/page");
    const { PlaceLookup } = await import("@/components/interests/place-lookup");
    const asked = { placeId: String(recordId) };
    for (const who of ["anonymous", "signed in", "admin"] as Who[]) {
      as(who);
      const result = await outcome(() => Page(props(ids.public, asked)));
      expect(result.kind).toBe("rendered");
      expect(propsOf(result.tree, PlaceLookup), who).toBeNull();
    }
    as("member");
    const lookup = propsOf((await outcome(() => Page(props(ids.public, asked)))).tree, PlaceLookup);
    expect(lookup).toMatchObject({ interestId: ids.public, ask: { id: recordId } });
    expect(lookup!.placed).not.toBeNull();
  });

  it.each([
    ["anonymous", 401],
    ["unverified", 401],
    ["signed in", 404],
    ["admin", 404],
  ] as [Who, number][])("GET /interests/[id]/export refuses %s", async (who, status) => {
    const { GET } = await import("@/app/(member)/interests/[id]/export/route");
    as(who);
    const response = await GET(new Request(`http://localhost/interests/${ids.public}/export`), { params: Promise.resolve({ id: String(ids.public) }) });
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain("UNIVERSITY OF GRAZ");
  });

  it("GET /interests/[id]/export gives a member the matches as CSV, dismissed ones left out", async () => {
    const { GET } = await import("@/app/(member)/interests/[id]/export/route");
    as("member");
    const get = () => GET(new Request(`http://localhost/interests/${ids.public}/export`), { params: Promise.resolve({ id: String(ids.public) }) });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="consortia-matches-public-interest-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Rank,Organisation,Type,Country,City,Website,Score (of 100),Why,Past projects,Link");
    expect(lines[1]).toMatch(/^1,UNIVERSITY OF GRAZ,Higher education,Austria,,,50,coordinated 2 projects,,http.*\/organisations\/\d+$/);
    await handle.db.insert(interestDismissals).values({ interestId: ids.public, organisationId: recordId, dismissedByUserId: people.member.id });
    const after = (await (await get()).text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    await handle.db.delete(interestDismissals).where(eq(interestDismissals.interestId, ids.public));
    expect(after).toHaveLength(1);
  });

  it("shows members the matches and the reciprocal list, and the edit page", async () => {
    const { default: Page } = await import("@/app/(member)/interests/[id]/page");
    const { default: Edit } = await import("@/app/(member)/interests/[id]/edit/page");
    as("member");
    const result = await outcome(() => Page(props(ids.public)));
    expect(hasId(result.tree, "matches-heading")).toBe(true);
    expect(hasId(result.tree, "reciprocal-heading")).toBe(true);
    expect((await outcome(() => Edit({ params: Promise.resolve({ id: String(ids.closed) }) }))).kind).toBe("rendered");
  });

  it("/interests lists members-only interests to signed-in users only, and closed ones to nobody but P's members", async () => {
    const { browseInterests } = await import("@/db/queries/interests");
    const today = isoDate(new Date());
    const browse = (signedIn: boolean) => browseInterests(handle.db, { signedIn, excludeProfileIds: [], page: 1, pageSize: 20 }, today);
    expect((await browse(false)).rows.map((r) => r.title)).toEqual(["Public interest"]);
    expect((await browse(true)).rows.map((r) => r.title).sort()).toEqual(["Members-only interest", "Public interest"]);
    const [closed] = await handle.db.select({ status: interests.status }).from(interests).where(eq(interests.id, ids.closed));
    expect(closed!.status).toBe("closed");
  });
});
