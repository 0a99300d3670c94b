// The organisation actions against a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL), with a faked session: what each does when allowed (the refusals are in
// authorisation.test.ts).
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { mailOutbox, nutsRegions, organisations, themes, users } from "@/db/schema";
import { claims, invitations, memberships, organisationProfiles, profileThemes } from "@/db/schema/members";
import { testEngine } from "@/db/testing";
import { actAs, formData, makeProfile, makeUser, redirectOf, reloadUser, setUpActionDatabase } from "@/lib/testing/actions";
import { decideClaim } from "./admin";
import {
  acceptInvitation,
  claimRecord,
  createOrganisation,
  inviteMember,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
  switchOrganisation,
  transferOwnership,
  updateOrganisation,
  withdrawClaim,
} from "./organisations";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));

let themeId: number;
let fieldId: number;
let zsiRecord: number;
const handle = setUpActionDatabase();
beforeAll(async () => {
  const [theme] = await handle.db.insert(themes).values({ scheme: "keep", code: "keep/economy", label: "Business, clusters and competitiveness", path: "/Business", level: 1 }).returning();
  themeId = theme!.id;
  const [field] = await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/29", label: "social sciences", path: "/social sciences", level: 1 }).returning();
  fieldId = field!.id;
  const [record] = await handle.db
    .insert(organisations)
    .values({ name: "ZENTRUM FUR SOZIALE INNOVATION GMBH", countryCode: "AT", website: "http://www.zsi.at", type: "research_organisation" })
    .returning();
  zsiRecord = record!.id;
});
beforeEach(() => actAs(null));

const profileCount = async () => (await handle.db.select({ id: organisationProfiles.id }).from(organisationProfiles)).length;
const key = () => `form-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const base = { name: "Zentrum für Soziale Innovation", type: "research_organisation", countryCode: "AT" };

describe(`creating and editing an organisation on ${testEngine}`, () => {
  it("refuses bad input field by field and writes nothing", async () => {
    actAs(await makeUser(handle.db));
    const before = await profileCount();
    const result = await createOrganisation(idle, formData({ name: "", type: "castle", countryCode: "Austria", website: "nope", creationKey: key() }));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    if (result.status !== "error") throw new Error();
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["countryCode", "name", "type", "website"]);
    const unknownPlace = await createOrganisation(idle, formData({ ...base, countryCode: "XX", creationKey: key() }));
    expect(unknownPlace).toMatchObject({ fieldErrors: { countryCode: ["Choose a country from the list."] } });
    const [french] = await handle.db.select().from(nutsRegions).where(and(eq(nutsRegions.countryCode, "FR"), eq(nutsRegions.level, 2))).limit(1);
    const wrongRegion = await createOrganisation(idle, formData({ ...base, nutsCode: french!.code, creationKey: key() }));
    expect(wrongRegion).toMatchObject({ fieldErrors: { nutsCode: ["Choose a region of the chosen country."] } });
    const wrongTheme = await createOrganisation(idle, formData({ ...base, themeIds: [999999], creationKey: key() }));
    expect(wrongTheme).toMatchObject({ fieldErrors: { themeIds: ["Choose themes from the list."] } });
    const overLong = await createOrganisation(
      idle,
      formData({ ...base, name: "N".repeat(201), description: "<p>".repeat(1700), city: "c".repeat(121), contactRole: "r".repeat(121), creationKey: key() }),
    );
    expect(overLong).toMatchObject({ status: "error", code: "invalid" });
    if (overLong.status !== "error") throw new Error();
    expect(Object.keys(overLong.fieldErrors).sort()).toEqual(["city", "contactRole", "description", "name"]);
    expect(overLong.fieldErrors.description).toEqual(["Description: use at most 5000 characters."]);
    expect(await profileCount()).toBe(before);
  });

  it("creates it once however often the form is sent, with the user as owner acting for it", async () => {
    const user = await makeUser(handle.db);
    actAs(user);
    const creationKey = key();
    const form = () => formData({ ...base, nutsCode: "AT130", website: "https://www.zsi.at", themeIds: [themeId, fieldId], languages: ["de", "en"], programmes: ["Horizon Europe"], description: "<script>alert(1)</script>", creationKey });
    const first = await redirectOf(createOrganisation(idle, form()));
    const second = await redirectOf(createOrganisation(idle, form()));
    expect(first).toMatch(/^\/profile\/\d+\?created=1$/);
    expect(second).toBe(first);
    const id = Number((first as string).split("/")[2]!.split("?")[0]);
    const [profile] = await handle.db.select().from(organisationProfiles).where(eq(organisationProfiles.id, id));
    expect(profile).toMatchObject({ websiteDomain: "zsi.at", nutsCode: "AT130", languages: ["de", "en"], programmes: ["Horizon Europe"], description: "<script>alert(1)</script>" });
    expect(await handle.db.select().from(memberships).where(eq(memberships.profileId, id))).toMatchObject([{ userId: user.id, role: "owner" }]);
    // A theme of the vocabulary and a field of science (EuroSciVoc): both are themes of the profile.
    expect(await handle.db.select().from(profileThemes).where(eq(profileThemes.profileId, id)).orderBy(profileThemes.themeId)).toEqual(
      [themeId, fieldId].sort((a, b) => a - b).map((t) => ({ profileId: id, themeId: t })),
    );
    expect((await reloadUser(handle.db, user.id))!.activeProfileId).toBe(id);
    // Another user cannot reuse someone else's form key.
    actAs(await makeUser(handle.db));
    expect(await createOrganisation(idle, form())).toMatchObject({ status: "error", code: "conflict" });
  });

  it("saves the profile for an owner", async () => {
    const owner = await makeUser(handle.db);
    const profile = await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }]);
    actAs(owner);
    const result = await updateOrganisation(idle, formData({ ...base, profileId: profile.id, name: "ZSI", city: "Wien", contactRole: "EU projects officer" }));
    expect(result).toMatchObject({ status: "ok", data: { id: profile.id } });
    const [saved] = await handle.db.select().from(organisationProfiles).where(eq(organisationProfiles.id, profile.id));
    expect(saved).toMatchObject({ name: "ZSI", city: "Wien", contactRole: "EU projects officer", type: "research_organisation" });
  });

  it("switches the organisation a member acts for", async () => {
    const user = await makeUser(handle.db);
    const a = await makeProfile(handle.db, [{ userId: user.id, role: "owner" }]);
    const b = await makeProfile(handle.db, [{ userId: user.id, role: "member" }]);
    actAs(user);
    await switchOrganisation(idle, formData({ profileId: b.id }));
    expect((await reloadUser(handle.db, user.id))!.activeProfileId).toBe(b.id);
    await switchOrganisation(idle, formData({ profileId: a.id }));
    expect((await reloadUser(handle.db, user.id))!.activeProfileId).toBe(a.id);
  });
});

describe(`claims on ${testEngine}`, () => {
  let zsi: number;
  let other: number;
  let rival: Awaited<ReturnType<typeof makeUser>>;

  it("verifies at once when the owner's confirmed e-mail is at the record's website domain, and never twice", async () => {
    const owner = await makeUser(handle.db, { email: "anna@zsi.at" });
    zsi = (await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }], { name: "ZSI" })).id;
    actAs(owner);
    expect(await claimRecord(idle, formData({ profileId: zsi, organisationId: zsiRecord }))).toMatchObject({ status: "ok", data: { status: "verified" } });
    expect(await claimRecord(idle, formData({ profileId: zsi, organisationId: zsiRecord }))).toMatchObject({ status: "ok", data: { status: "verified" } });
    expect(await handle.db.select().from(claims).where(eq(claims.organisationId, zsiRecord))).toMatchObject([{ profileId: zsi, status: "verified", method: "domain" }]);
  });

  it("leaves other domains to an administrator, and disputes a record another organisation holds", async () => {
    rival = await makeUser(handle.db, { email: "boss@zsi-rival.at" });
    other = (await makeProfile(handle.db, [{ userId: rival.id, role: "owner" }], { name: "Rival" })).id;
    const [second] = await handle.db.insert(organisations).values({ name: "ANOTHER RECORD", countryCode: "AT", website: "www.another.at" }).returning();
    actAs(rival);
    expect(await claimRecord(idle, formData({ profileId: other, organisationId: second!.id }))).toMatchObject({ data: { status: "pending" } });
    const disputed = await claimRecord(idle, formData({ profileId: other, organisationId: zsiRecord, note: "We are the real ZSI, see our statutes." }));
    expect(disputed).toMatchObject({ data: { status: "disputed" } });
    const [row] = await handle.db.select().from(claims).where(and(eq(claims.profileId, other), eq(claims.organisationId, zsiRecord)));
    expect(row).toMatchObject({ status: "disputed", note: "We are the real ZSI, see our statutes." });
    // A dispute needs a reason of a sentence.
    expect(await claimRecord(idle, formData({ profileId: other, organisationId: second!.id, note: "short" }))).toMatchObject({ code: "invalid", fieldErrors: { note: [expect.any(String)] } });
  });

  it("lets an administrator move a disputed record, the former holder's claim becoming rejected", async () => {
    const admin = await makeUser(handle.db, { role: "admin" });
    actAs(admin);
    const [dispute] = await handle.db.select().from(claims).where(and(eq(claims.profileId, other), eq(claims.organisationId, zsiRecord)));
    expect(await decideClaim(idle, formData({ claimId: dispute!.id, decision: "verify", note: "Statutes checked" }))).toMatchObject({ status: "ok", data: { status: "verified" } });
    const rows = await handle.db.select().from(claims).where(eq(claims.organisationId, zsiRecord)).orderBy(claims.id);
    expect(rows.map((r) => [r.profileId, r.status])).toEqual([
      [zsi, "rejected"],
      [other, "verified"],
    ]);
    expect(rows[1]).toMatchObject({ method: "admin", decidedByUserId: admin.id });
  });

  it("withdraws a claim", async () => {
    actAs(rival);
    const [claim] = await handle.db.select().from(claims).where(and(eq(claims.profileId, other), eq(claims.organisationId, zsiRecord)));
    expect(await withdrawClaim(idle, formData({ profileId: other, claimId: claim!.id }))).toMatchObject({ status: "ok" });
    expect(await handle.db.select().from(claims).where(eq(claims.id, claim!.id))).toEqual([]);
  });
});

describe(`members and invitations on ${testEngine}`, () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let profileId: number;
  const outbox = (to: string) => handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(mailOutbox.id);
  const tokenIn = (text: string) => /\/invitations\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;

  beforeAll(async () => {
    owner = await makeUser(handle.db, { email: "owner@team.eu", name: "Olga <Owner>" });
    profileId = (await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }], { name: "Team & Co" })).id;
  });

  it("invites by e-mail through the outbox, once per double submit, and never a member", async () => {
    actAs(owner);
    expect(await inviteMember(idle, formData({ profileId, email: "Colleague@Team.eu" }))).toMatchObject({ status: "ok", data: { email: "colleague@team.eu" } });
    expect(await inviteMember(idle, formData({ profileId, email: "colleague@team.eu" }))).toMatchObject({ status: "ok" });
    expect(await outbox("colleague@team.eu")).toHaveLength(1);
    expect((await outbox("colleague@team.eu"))[0]).toMatchObject({ kind: "invitation", subject: "Olga <Owner> invites you to Team & Co on Consortia" });
    expect(await handle.db.select().from(invitations).where(eq(invitations.email, "colleague@team.eu"))).toHaveLength(1);
    expect(await inviteMember(idle, formData({ profileId, email: "owner@team.eu" }))).toMatchObject({ fieldErrors: { email: ["This person is already a member."] } });
    expect(await inviteMember(idle, formData({ profileId, email: "not an address" }))).toMatchObject({ code: "invalid" });
  });

  it("lets the invited person join once; the link then says it was used", async () => {
    const token = tokenIn((await outbox("colleague@team.eu"))[0]!.text);
    const colleague = await makeUser(handle.db, { email: "colleague@team.eu" });
    actAs(colleague);
    expect(await redirectOf(acceptInvitation(idle, formData({ token })))).toBe(`/profile/${profileId}?joined=1`);
    expect(await redirectOf(acceptInvitation(idle, formData({ token })))).toBe(`/profile/${profileId}?joined=1`); // a second click: no error, no second row
    expect(await handle.db.select().from(memberships).where(eq(memberships.profileId, profileId))).toHaveLength(2);
    expect((await reloadUser(handle.db, colleague.id))!.activeProfileId).toBe(profileId);
    actAs(await makeUser(handle.db, { email: "colleague2@team.eu" }));
    expect(await acceptInvitation(idle, formData({ token }))).toMatchObject({ status: "error", message: expect.stringMatching(/already been used/) });
  });

  it("refuses expired and withdrawn invitations with a clear message", async () => {
    actAs(owner);
    await inviteMember(idle, formData({ profileId, email: "late@team.eu" }));
    const token = tokenIn((await outbox("late@team.eu"))[0]!.text);
    await handle.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, "late@team.eu"));
    const late = await makeUser(handle.db, { email: "late@team.eu" });
    actAs(late);
    expect(await acceptInvitation(idle, formData({ token }))).toMatchObject({ message: expect.stringMatching(/expired/) });
    actAs(owner);
    await inviteMember(idle, formData({ profileId, email: "gone@team.eu" }));
    const [open] = await handle.db.select().from(invitations).where(eq(invitations.email, "gone@team.eu"));
    expect(await revokeInvitation(idle, formData({ profileId, invitationId: open!.id }))).toMatchObject({ status: "ok" });
    actAs(await makeUser(handle.db, { email: "gone@team.eu" }));
    const goneToken = tokenIn((await outbox("gone@team.eu"))[0]!.text);
    expect(await acceptInvitation(idle, formData({ token: goneToken }))).toMatchObject({ message: "This invitation was withdrawn." });
  });

  it("transfers ownership and removes members", async () => {
    const [colleague] = await handle.db.select().from(users).where(eq(users.email, "colleague@team.eu"));
    actAs(owner);
    expect(await removeMember(idle, formData({ profileId, userId: owner.id }))).toMatchObject({ code: "invalid" }); // leaving is its own action
    expect(await transferOwnership(idle, formData({ profileId, userId: colleague!.id }))).toMatchObject({ status: "ok" });
    const roles = await handle.db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.profileId, profileId));
    expect(Object.fromEntries(roles.map((r) => [r.userId, r.role]))).toEqual({ [owner.id]: "member", [colleague!.id]: "owner" });
    actAs(colleague!);
    expect(await removeMember(idle, formData({ profileId, userId: owner.id }))).toMatchObject({ status: "ok" });
    expect(await handle.db.select().from(memberships).where(eq(memberships.profileId, profileId))).toHaveLength(1);
  });

  it("hands the organisation on when its last owner leaves, and unpublishes it when nobody is left", async () => {
    const a = await makeUser(handle.db);
    const b = await makeUser(handle.db);
    const team = await makeProfile(handle.db, [{ userId: a.id, role: "owner" }]);
    await handle.db.insert(memberships).values({ profileId: team.id, userId: b.id, role: "member" });
    actAs(a);
    expect(await redirectOf(leaveOrganisation(idle, formData({ profileId: team.id })))).toBe("/account?left=1");
    expect(await handle.db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.profileId, team.id))).toEqual([
      { userId: b.id, role: "owner" },
    ]);
    actAs(b);
    await redirectOf(leaveOrganisation(idle, formData({ profileId: team.id })));
    const [left] = await handle.db.select().from(organisationProfiles).where(eq(organisationProfiles.id, team.id));
    expect(left!.published).toBe(false);
  });
});
