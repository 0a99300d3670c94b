// The shortlist actions against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL),
// with a faked session: what each does when allowed, bad input, double submits and two members
// adding at once. The refusals are in shortlists-authorisation.test.ts.
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listShortlistEntries } from "@/db/queries/shortlists";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { interests, participations, projects, shortlistEntries, shortlists } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { actAs, formData, makeProfile, makeUser, redirectOf, setUpActionDatabase } from "@/lib/testing/actions";
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

let fx: Fixture;
let alice: { id: string };
let anton: { id: string };
let profileA: number;
let profileB: number;
let interestA: number;
let interestB: number;
const key = () => `key-${Math.random().toString(36).slice(2)}-0000000000`;

const handle = setUpActionDatabase(seedFixture);
beforeAll(async () => {
  fx = handle.seeded;
  alice = await makeUser(handle.db, { name: "Alice" });
  anton = await makeUser(handle.db, { name: "Anton" });
  const bob = await makeUser(handle.db);
  profileA = (await makeProfile(handle.db, [{ userId: alice.id, role: "owner" }, { userId: anton.id, role: "member" }], { name: "Agency A", countryCode: "AT", nutsCode: "AT22" })).id;
  profileB = (await makeProfile(handle.db, [{ userId: bob.id, role: "owner" }], { name: "Agency B", countryCode: "SI", type: "higher_education" })).id;
  const interest = (profileId: number) => ({
    profileId,
    title: "Wood clusters",
    description: "Wood-industry clusters",
    programmeId: fx.programmes.horizon,
    targetRegions: ["AT", "SI"],
    ownRole: "coordinator" as const,
    deadline: "2099-01-01",
  });
  [interestA, interestB] = (await handle.db.insert(interests).values([interest(profileA), interest(profileB)]).returning({ id: interests.id })).map((r) => r.id) as [number, number];
});
beforeEach(() => actAs(alice));

async function newList(name = "Partners") {
  const to = await redirectOf(createShortlist(idle, formData({ profileId: profileA, name, creationKey: key() })));
  expect(to).toMatch(/^\/shortlists\/\d+$/);
  return Number(String(to).split("/").pop());
}
const entriesOf = (id: number) => handle.db.select().from(shortlistEntries).where(eq(shortlistEntries.shortlistId, id)).orderBy(shortlistEntries.position, shortlistEntries.id);
const add = (shortlistId: number | "new", itemKind: string, itemId: number, extra: Record<string, string | number> = {}) =>
  addToShortlist(idle, formData({ shortlistId, itemKind, itemId, ...extra }));

describe(`shortlist actions on ${testEngine}`, () => {
  it("creates a list once even when the form is sent twice", async () => {
    const creationKey = key();
    const first = await redirectOf(createShortlist(idle, formData({ profileId: profileA, name: "Twice", creationKey, interestId: interestA })));
    const second = await redirectOf(createShortlist(idle, formData({ profileId: profileA, name: "Twice", creationKey })));
    expect(second).toBe(first);
    const rows = await handle.db.select().from(shortlists).where(eq(shortlists.creationKey, creationKey));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Twice", profileId: profileA, interestId: interestA, createdByUserId: alice.id });
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = (await handle.db.select().from(shortlists)).length;
    const result = await createShortlist(idle, formData({ profileId: "x", name: "  ", creationKey: "short" }));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    const fields = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fields).sort()).toEqual(["creationKey", "name", "profileId"]);
    // Another organisation's interest cannot be linked.
    const other = await createShortlist(idle, formData({ profileId: profileA, name: "Theirs", interestId: interestB, creationKey: key() }));
    expect(other).toMatchObject({ status: "error", fieldErrors: { interestId: ["Choose one of your organisation's interests."] } });
    expect((await handle.db.select().from(shortlists)).length).toBe(before);
  });

  it("adds to a new list with a note, carrying over its own interest, and an item only once", async () => {
    const result = await add("new", "organisation", fx.organisations.tuv, { name: "From a match", profileId: profileA, interestId: interestA, note: "Strong on grids" });
    expect(result).toMatchObject({ status: "ok", data: { created: true } });
    const { shortlistId } = (result as { data: { shortlistId: number } }).data;
    const [list] = await handle.db.select().from(shortlists).where(eq(shortlists.id, shortlistId));
    expect(list).toMatchObject({ name: "From a match", profileId: profileA, interestId: interestA });
    const again = await add(shortlistId, "organisation", fx.organisations.tuv, { note: "second" });
    expect(again).toMatchObject({ status: "ok", data: { created: false }, message: "Already on this shortlist." });
    const rows = await entriesOf(shortlistId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ note: "Strong on grids", status: "candidate", addedByUserId: alice.id });
  });

  it("does not carry over another organisation's interest to a new list", async () => {
    const result = await add("new", "organisation", fx.organisations.bep, { name: "Theirs", profileId: profileA, interestId: interestB });
    const { shortlistId } = (result as { data: { shortlistId: number } }).data;
    const [list] = await handle.db.select().from(shortlists).where(eq(shortlists.id, shortlistId));
    expect(list!.interestId).toBeNull();
  });

  it("asks for the new list's name and organisation, and refuses an item that does not exist", async () => {
    const missing = await add("new", "organisation", fx.organisations.tuv, {});
    expect(missing).toMatchObject({ status: "error", code: "invalid" });
    expect(Object.keys((missing as { fieldErrors: object }).fieldErrors).sort()).toEqual(["name", "profileId"]);
    const id = await newList("Ghosts");
    expect(await add(id, "organisation", 9_999_999)).toMatchObject({ status: "error", code: "not_found" });
    expect(await add(id, "planet", 1)).toMatchObject({ status: "error", code: "invalid" });
    expect(await entriesOf(id)).toHaveLength(0);
  });

  it("keeps both entries when two members add different items at the same time, and one when they add the same", async () => {
    const id = await newList("Busy");
    const asAlice = () => (actAs(alice), add(id, "organisation", fx.organisations.bep));
    const asAnton = () => (actAs(anton), add(id, "organisation", fx.organisations.marche));
    // Each call reads the session when it starts: start one as Alice, the other as Anton, then await both.
    const first = asAlice();
    const second = asAnton();
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.status)).toEqual(["ok", "ok"]);
    const rows = await entriesOf(id);
    expect(rows.map((r) => r.organisationId).sort()).toEqual([fx.organisations.bep, fx.organisations.marche].sort());
    expect(new Set(rows.map((r) => r.addedByUserId))).toEqual(new Set([alice.id, anton.id]));

    actAs(alice);
    const same = await Promise.all([add(id, "project", fx.projects.greenGrid), add(id, "project", fx.projects.greenGrid), add(id, "project", fx.projects.greenGrid)]);
    expect(same.every((r) => r.status === "ok")).toBe(true);
    expect((await entriesOf(id)).filter((r) => r.projectId === fx.projects.greenGrid)).toHaveLength(1);
  });

  it("sets a note and a status, moves, removes, renames and deletes", async () => {
    const id = await newList("Work");
    for (const org of [fx.organisations.bep, fx.organisations.marche, fx.organisations.tuv]) expect((await add(id, "organisation", org)).status).toBe("ok");
    let rows = await entriesOf(id);
    const [bep, marche, tuv] = rows.map((r) => r.id) as [number, number, number];

    expect(await setEntryNote(idle, formData({ entryId: marche, note: "  Met them in Graz  " }))).toMatchObject({ status: "ok" });
    expect(await setEntryStatus(idle, formData({ entryId: marche, status: "confirmed" }))).toMatchObject({ status: "ok" });
    expect(await setEntryStatus(idle, formData({ entryId: marche, status: "maybe" }))).toMatchObject({ status: "error", fieldErrors: { status: ["Choose a status from the list."] } });
    expect(await setEntryNote(idle, formData({ entryId: marche, note: "x".repeat(2001) }))).toMatchObject({ status: "error", code: "invalid", fieldErrors: { note: ["Note: use at most 2000 characters."] } });
    // In the reader's language: the same refusals and the confirmation in Polish.
    const { useTestLocale } = await import("@/lib/testing/next-intl");
    useTestLocale("pl");
    try {
      expect(await setEntryStatus(idle, formData({ entryId: marche, status: "maybe" }))).toMatchObject({ fieldErrors: { status: ["Wybierz status z listy."] }, message: "Popraw pola oznaczone poniżej." });
      expect(await setEntryNote(idle, formData({ entryId: marche, note: "x".repeat(2001) }))).toMatchObject({ fieldErrors: { note: ["Notatka: najwyżej 2000 znaków."] } });
      expect(await setEntryStatus(idle, formData({ entryId: marche, status: "confirmed" }))).toMatchObject({ status: "ok", message: "Status: potwierdzony." });
    } finally {
      useTestLocale("en");
    }
    rows = await entriesOf(id);
    expect(rows.find((r) => r.id === marche)).toMatchObject({ note: "Met them in Graz", status: "confirmed" });

    await moveShortlistEntry(idle, formData({ entryId: tuv, direction: "up" }));
    expect((await entriesOf(id)).map((r) => r.id)).toEqual([bep, tuv, marche]);
    await moveShortlistEntry(idle, formData({ entryId: bep, direction: "up" })); // already first: stays
    await moveShortlistEntry(idle, formData({ entryId: bep, direction: "down" }));
    expect((await entriesOf(id)).map((r) => r.id)).toEqual([tuv, bep, marche]);

    expect(await removeShortlistEntry(idle, formData({ entryId: bep }))).toMatchObject({ status: "ok" });
    expect((await entriesOf(id)).map((r) => r.id)).toEqual([tuv, marche]);

    expect(await renameShortlist(idle, formData({ shortlistId: id, name: "Renamed", interestId: interestA }))).toMatchObject({ status: "ok" });
    const [list] = await handle.db.select().from(shortlists).where(eq(shortlists.id, id));
    expect(list).toMatchObject({ name: "Renamed", interestId: interestA });

    expect(await redirectOf(deleteShortlist(idle, formData({ shortlistId: id })))).toBe("/shortlists?deleted=1");
    expect(await handle.db.select().from(shortlists).where(eq(shortlists.id, id))).toHaveLength(0);
    expect(await entriesOf(id)).toHaveLength(0);
  });

  it("reads entries with what the consortium checks need: requester, country, type, consortia led in the family", async () => {
    // A fellowship TU Wien was the sole beneficiary (and so the "coordinator") of: not a consortium it led.
    const [fellowship] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "fellowship-1", acronym: "SOLO", title: "A postdoctoral fellowship", programmeId: fx.programmes.horizon, language: "en" })
      .returning({ id: projects.id });
    await handle.db.insert(participations).values({ projectId: fellowship!.id, organisationId: fx.organisations.tuv, role: "coordinator", position: 1 });
    const id = await newList("Checks");
    await add(id, "profile", profileA);
    await add(id, "organisation", fx.organisations.tuv);
    await add(id, "organisation", fx.organisations.bep);
    await add(id, "project", fx.projects.includ);
    const rows = await listShortlistEntries(handle.db, id, profileA, "Horizon Europe");
    expect(rows.map((r) => [r.kind, r.name, r.countryCode, r.type, r.isRequester, r.coordinatedInProgramme])).toEqual([
      ["profile", "Agency A", "AT", "development_agency", true, 0],
      ["organisation", "Technische Universität Wien", "AT", "higher_education", false, 1],
      ["organisation", "Bureau Economique de la Province de Namur", "BE", "development_agency", false, 0],
      ["project", "INCLUD — Industrial Cluster Development", null, null, false, 0],
    ]);
    expect(rows[3]!.programmeName).toBe("Cadses");
    expect(rows[0]!.addedByName).toBe("Alice");
  });
});
