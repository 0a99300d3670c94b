// The authorisation matrix for shortlists (docs/authorisation.md): a member of organisation A can
// never read, change or list organisation B's shortlists. One test per "no" cell: each calls the
// action, page or route as that person (a faked session) and checks that it is refused and that
// nothing changed. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { interests, shortlistEntries, shortlists, users } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { actAs, expectRefused, formData, type ActionUnderTest, makeProfile, makeUser, pageOutcome, setUpActionDatabase } from "@/lib/testing/actions";
import { idle } from "./result";
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  moveShortlistEntry,
  removeShortlistEntry,
  renameShortlist,
  setEntryNote,
  setEntryStatus,
} from "./shortlists";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

/** "other member": a member of another organisation B; "admin": a site administrator, not a member. */
type Who = "anonymous" | "signed in" | "other member" | "admin" | "unverified" | "member";
type User = typeof users.$inferSelect;

let fx: Fixture;
const people = {} as Record<Exclude<Who, "anonymous">, User>;
let profileA: number;
let profileB: number;
let listA: number;
let entryA: number;
let interestA: number;

const handle = setUpActionDatabase(seedFixture);
beforeAll(async () => {
  fx = handle.seeded;
  people.member = await makeUser(handle.db, { email: "member@a.eu" });
  people["other member"] = await makeUser(handle.db, { email: "member@b.eu" });
  people["signed in"] = await makeUser(handle.db, { email: "nobody@c.eu" });
  people.admin = await makeUser(handle.db, { email: "admin@consortia.eu", role: "admin" });
  people.unverified = await makeUser(handle.db, { email: "late@a.eu", verified: false });
  profileA = (await makeProfile(handle.db, [{ userId: people.member.id, role: "owner" }, { userId: people.unverified.id, role: "member" }], { name: "A" })).id;
  profileB = (await makeProfile(handle.db, [{ userId: people["other member"].id, role: "owner" }], { name: "B" })).id;
  const [interest] = await handle.db
    .insert(interests)
    .values({ profileId: profileA, title: "A's project", description: "x", ownRole: "partner", deadline: "2099-01-01" })
    .returning();
  interestA = interest!.id;
  const [list] = await handle.db.insert(shortlists).values({ profileId: profileA, name: "A's partners", interestId: interestA }).returning();
  listA = list!.id;
  const [entry] = await handle.db.insert(shortlistEntries).values({ shortlistId: listA, organisationId: fx.organisations.tuv, note: "secret note", position: 1 }).returning();
  entryA = entry!.id;
  await handle.db.insert(shortlistEntries).values({ shortlistId: listA, organisationId: fx.organisations.bep, position: 2 });
});
beforeEach(() => actAs(null));

function as(who: Who) {
  actAs(who === "anonymous" ? null : people[who]);
}

async function snapshot() {
  return {
    lists: await handle.db.select().from(shortlists).orderBy(shortlists.id),
    entries: await handle.db.select().from(shortlistEntries).orderBy(shortlistEntries.id),
  };
}

const key = () => `key-${Math.random().toString(36).slice(2)}-0000000000`;
const actions: Record<string, ActionUnderTest> = {
  createShortlist: { run: createShortlist, form: () => ({ profileId: profileA, name: "Hijack", creationKey: key() }) },
  "addToShortlist (A's list)": { run: addToShortlist, form: () => ({ shortlistId: listA, itemKind: "organisation", itemId: fx.organisations.marche }) },
  "addToShortlist (new list for A)": { run: addToShortlist, form: () => ({ shortlistId: "new", name: "Hijack", profileId: profileA, itemKind: "organisation", itemId: fx.organisations.marche }) },
  renameShortlist: { run: renameShortlist, form: () => ({ shortlistId: listA, name: "Renamed" }) },
  deleteShortlist: { run: deleteShortlist, form: () => ({ shortlistId: listA }) },
  setEntryNote: { run: setEntryNote, form: () => ({ entryId: entryA, note: "changed" }) },
  setEntryStatus: { run: setEntryStatus, form: () => ({ entryId: entryA, status: "declined" }) },
  moveShortlistEntry: { run: moveShortlistEntry, form: () => ({ entryId: entryA, direction: "down" }) },
  removeShortlistEntry: { run: removeShortlistEntry, form: () => ({ entryId: entryA }) },
};

const refusals: [string, Who][] = Object.keys(actions).flatMap((a) => (["anonymous", "signed in", "other member", "admin", "unverified"] as const).map((w): [string, Who] => [a, w]));

describe(`authorisation matrix: shortlist actions on ${testEngine}`, () => {
  it.each(refusals)("%s refuses %s", (name, who) => expectRefused(actions[name]!, who, who === "anonymous" ? null : people[who], snapshot));

  it("refuses B linking A's interest to B's own list", async () => {
    as("other member");
    const result = await createShortlist(idle, formData({ profileId: profileB, name: "Theirs", interestId: interestA, creationKey: key() }));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
  });

  it("lets a member of A do what the matrix allows (the yes cells are real)", async () => {
    as("member");
    expect((await setEntryStatus(idle, formData({ entryId: entryA, status: "contacted" }))).status).toBe("ok");
    expect((await renameShortlist(idle, formData({ shortlistId: listA, name: "A's partners", interestId: interestA }))).status).toBe("ok");
  });
});

describe(`authorisation matrix: shortlist pages and export on ${testEngine}`, () => {
  const outcome = async (render: () => Promise<unknown>) => (await pageOutcome(render)).kind;
  const props = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

  it.each([
    ["anonymous", `redirect /sign-in?next=%2Fshortlists%2F`],
    ["signed in", "404"],
    ["other member", "404"],
    ["admin", "404"],
  ] as [Who, string][])("/shortlists/[id] refuses %s", async (who, expected) => {
    const { default: Page } = await import("@/app/(member)/shortlists/[id]/page");
    as(who);
    expect(await outcome(() => Page(props(listA)))).toContain(expected);
  });

  it("/shortlists sends anonymous visitors to sign in and never lists another organisation's lists", async () => {
    const { default: Page } = await import("@/app/(member)/shortlists/page");
    const { renderToStaticMarkup } = await import("react-dom/server");
    as("anonymous");
    expect(await outcome(() => Page({ searchParams: Promise.resolve({}) }))).toBe("redirect /sign-in?next=%2Fshortlists");
    as("other member");
    const { withIntl } = await import("@/lib/testing/intl");
    const theirs = renderToStaticMarkup(await withIntl((await Page({ searchParams: Promise.resolve({}) })) as React.ReactElement));
    expect(theirs).not.toContain("A&#x27;s partners");
    as("member");
    const mine = renderToStaticMarkup(await withIntl((await Page({ searchParams: Promise.resolve({}) })) as React.ReactElement));
    expect(mine).toContain("A&#x27;s partners");
  });

  it.each([
    ["anonymous", 401],
    ["signed in", 404],
    ["other member", 404],
    ["admin", 404],
    ["unverified", 401],
  ] as [Who, number][])("GET /shortlists/[id]/export refuses %s", async (who, status) => {
    const { GET } = await import("@/app/(member)/shortlists/[id]/export/route");
    as(who);
    const response = await GET(new Request(`http://localhost/shortlists/${listA}/export`), props(listA));
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain("secret note");
  });

  it("GET /shortlists/[id]/export gives a member the list as CSV", async () => {
    const { GET } = await import("@/app/(member)/shortlists/[id]/export/route");
    as("member");
    const response = await GET(new Request(`http://localhost/shortlists/${listA}/export`), props(listA));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="a-s-partners.csv"');
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("Technische Universität Wien");
    expect(lines[1]).toContain("secret note");
    expect(lines[2]).toContain("Bureau Economique de la Province de Namur");
  });
});
