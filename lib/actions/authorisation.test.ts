// The authorisation matrix (docs/authorisation.md): one test per cell that says no. Each calls
// the server action or page as that person (a faked session) and checks that it is refused and
// that nothing changed. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { organisations, users } from "@/db/schema";
import { claims, invitations, memberships, organisationProfiles } from "@/db/schema/members";
import { testEngine } from "@/db/testing";
import { hashPassword } from "@/lib/accounts/password";
import { newToken } from "@/lib/accounts/tokens";
import { actAs, expectRefused, formData, type ActionUnderTest, makeProfile, makeUser, pageOutcome, setUpActionDatabase } from "@/lib/testing/actions";
import { changePassword, deleteAccount, updateAccountName } from "./accounts";
import { decideClaim } from "./admin";
import {
  acceptInvitation,
  claimRecord,
  createOrganisation,
  inviteMember,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
  setOrganisationPublished,
  switchOrganisation,
  transferOwnership,
  updateOrganisation,
  withdrawClaim,
} from "./organisations";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Who = "anonymous" | "signed in" | "member" | "owner" | "admin" | "unverified";
type User = typeof users.$inferSelect;

const people = {} as Record<Exclude<Who, "anonymous">, User>;
let profileId: number;
let recordId: number;
let claimId: number;
let invitationId: number;
let invitationToken: string;
const PASSWORD = "Kl4ster-Wien";

const handle = setUpActionDatabase();
beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  people["signed in"] = await makeUser(handle.db, { email: "outsider@elsewhere.eu", passwordHash });
  people.member = await makeUser(handle.db, { email: "member@agency.eu", passwordHash });
  people.owner = await makeUser(handle.db, { email: "owner@agency.eu", passwordHash });
  people.admin = await makeUser(handle.db, { email: "admin@consortia.eu", role: "admin", passwordHash });
  people.unverified = await makeUser(handle.db, { email: "late@agency.eu", verified: false, passwordHash });
  const profile = await makeProfile(
    handle.db,
    [
      { userId: people.owner.id, role: "owner" },
      { userId: people.member.id, role: "member" },
    ],
    { name: "Regional Agency" },
  );
  profileId = profile.id;
  const [record] = await handle.db.insert(organisations).values({ name: "REGIONAL AGENCY", countryCode: "AT", website: "www.agency.eu" }).returning();
  recordId = record!.id;
  const [claim] = await handle.db.insert(claims).values({ profileId, organisationId: recordId, status: "pending", method: "admin" }).returning();
  claimId = claim!.id;
  const t = newToken("invitation");
  invitationToken = t.token;
  const [invitation] = await handle.db
    .insert(invitations)
    .values({ profileId, email: "invitee@agency.eu", tokenHash: t.tokenHash, expiresAt: t.expiresAt, invitedByUserId: people.owner.id })
    .returning();
  invitationId = invitation!.id;
});
beforeEach(() => actAs(null));

function as(who: Who) {
  actAs(who === "anonymous" ? null : people[who]);
}

/** Everything an action could change, to check that a refusal changed nothing. */
async function snapshot() {
  const [profile] = await handle.db.select().from(organisationProfiles).where(eq(organisationProfiles.id, profileId));
  return {
    profile,
    profiles: (await handle.db.select({ id: organisationProfiles.id }).from(organisationProfiles)).length,
    members: await handle.db.select().from(memberships).where(eq(memberships.profileId, profileId)).orderBy(memberships.userId),
    invitations: await handle.db.select().from(invitations).orderBy(invitations.id),
    claims: await handle.db.select().from(claims).orderBy(claims.id),
    users: await handle.db.select().from(users).orderBy(users.id),
  };
}

const validProfile = () => ({ name: "Hijacked", type: "sme", countryCode: "AT" });

/** Each action, with a form that would succeed for someone allowed to do it. */
const actions: Record<string, ActionUnderTest> = {
  updateAccountName: { run: updateAccountName, form: () => ({ name: "Changed" }) },
  changePassword: { run: changePassword, form: () => ({ currentPassword: PASSWORD, newPassword: "Brand-new-pass1" }) },
  deleteAccount: { run: deleteAccount, form: () => ({ password: PASSWORD, confirm: "delete" }) },
  createOrganisation: { run: createOrganisation, form: () => ({ ...validProfile(), creationKey: `key-${Math.random().toString(36).slice(2)}-0000000000` }) },
  switchOrganisation: { run: switchOrganisation, form: () => ({ profileId }) },
  leaveOrganisation: { run: leaveOrganisation, form: () => ({ profileId }) },
  updateOrganisation: { run: updateOrganisation, form: () => ({ ...validProfile(), profileId }) },
  setOrganisationPublished: { run: setOrganisationPublished, form: () => ({ profileId, published: "false" }) },
  inviteMember: { run: inviteMember, form: () => ({ profileId, email: "intruder-friend@elsewhere.eu" }) },
  revokeInvitation: { run: revokeInvitation, form: () => ({ profileId, invitationId }) },
  removeMember: { run: removeMember, form: () => ({ profileId, userId: people.member.id }) },
  transferOwnership: { run: transferOwnership, form: () => ({ profileId, userId: people.member.id }) },
  claimRecord: { run: claimRecord, form: () => ({ profileId, organisationId: recordId }) },
  withdrawClaim: { run: withdrawClaim, form: () => ({ profileId, claimId }) },
  acceptInvitation: { run: acceptInvitation, form: () => ({ token: invitationToken }) },
  decideClaim: { run: decideClaim, form: () => ({ claimId, decision: "verify" }) },
};

const ownersOnly = ["updateOrganisation", "setOrganisationPublished", "inviteMember", "revokeInvitation", "removeMember", "transferOwnership", "claimRecord", "withdrawClaim"];

/** The cells that say no, as in docs/authorisation.md. */
const refusals: [action: string, who: Who][] = [
  ["updateAccountName", "anonymous"],
  ["changePassword", "anonymous"],
  ["deleteAccount", "anonymous"],
  ["createOrganisation", "anonymous"],
  ...(["switchOrganisation", "leaveOrganisation"] as const).flatMap((a) => (["anonymous", "signed in", "admin"] as const).map((w): [string, Who] => [a, w])),
  ...ownersOnly.flatMap((a) => (["anonymous", "signed in", "member", "admin"] as const).map((w): [string, Who] => [a, w])),
  ["acceptInvitation", "anonymous"],
  ["acceptInvitation", "signed in"], // not the invited address
  ["acceptInvitation", "admin"], // not the invited address
  ...(["anonymous", "signed in", "member", "owner"] as const).map((w): [string, Who] => ["decideClaim", w]),
  // An unconfirmed address is refused wherever a user is needed.
  ...(["updateAccountName", "createOrganisation", "claimRecord", "decideClaim"] as const).map((a): [string, Who] => [a, "unverified"]),
];

describe(`authorisation matrix: server actions on ${testEngine}`, () => {
  it.each(refusals)("%s refuses %s", (name, who) => expectRefused(actions[name]!, who, who === "anonymous" ? null : people[who], snapshot));

  it("refuses a profile that does not exist with not found, for an owner of another one too", async () => {
    as("owner");
    const result = await updateOrganisation(idle, formData({ ...validProfile(), profileId: 999_999 }));
    expect(result).toMatchObject({ status: "error", code: "not_found" });
  });

  it("lets the owner do what the matrix allows (the yes cells are real)", async () => {
    as("owner");
    expect((await setOrganisationPublished(idle, formData({ profileId, published: "true" }))).status).toBe("ok");
    as("member");
    expect((await switchOrganisation(idle, formData({ profileId }))).status).toBe("ok");
  });
});

describe(`authorisation matrix: pages on ${testEngine}`, () => {
  const props = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) });
  const adminProps = { searchParams: Promise.resolve({}) };

  const outcome = async (render: () => Promise<unknown>) => (await pageOutcome(render)).kind;

  it.each([
    ["anonymous", `redirect /sign-in?next=%2Fprofile%2F`],
    ["signed in", "404"],
    ["admin", "404"],
  ] as [Who, string][])("/profile/[id] refuses %s", async (who, expected) => {
    const { default: Page } = await import("@/app/(member)/profile/[id]/page");
    as(who);
    expect(await outcome(() => Page(props(profileId)))).toContain(expected);
  });

  it.each([
    ["anonymous", "redirect /sign-in?next=%2Fadmin"],
    ["signed in", "404"],
    ["member", "404"],
    ["owner", "404"],
  ] as [Who, string][])("/admin and /admin/claims refuse %s", async (who, expected) => {
    const { default: Admin } = await import("@/app/(member)/admin/page");
    const { default: AdminClaims } = await import("@/app/(member)/admin/claims/page");
    as(who);
    expect(await outcome(() => Admin(adminProps))).toContain(expected);
    expect(await outcome(() => AdminClaims(adminProps))).toContain(expected.replace("%2Fadmin", "%2Fadmin%2Fclaims"));
  });

  describe("/admin/messages/[threadId] (a reported conversation, read-only)", () => {
    const threadProps = (id: number | string) => ({ params: Promise.resolve({ threadId: String(id) }) });
    let reported: number;
    let unreported: number;

    beforeAll(async () => {
      const { messageReports, messages, messageThreads } = await import("@/db/schema/messaging");
      const other = await makeProfile(handle.db, [], { name: "Other Agency" });
      const threadWith = async (subject: string) => {
        const [thread] = await handle.db.insert(messageThreads).values({ starterProfileId: other.id, recipientProfileId: profileId, subject }).returning();
        const [message] = await handle.db.insert(messages).values({ threadId: thread!.id, senderProfileId: other.id, body: `About ${subject}`, clientKey: `key-${subject}-0000000000` }).returning();
        return { threadId: thread!.id, messageId: message!.id };
      };
      const one = await threadWith("reported");
      await handle.db.insert(messageReports).values({ messageId: one.messageId, reporterUserId: people.member.id, reason: "Spam" });
      reported = one.threadId;
      unreported = (await threadWith("quiet")).threadId;
    });

    it.each([
      ["anonymous", "redirect /sign-in?next=%2Fadmin%2Fmessages%2F"],
      ["signed in", "404"],
      ["member", "404"],
      ["owner", "404"],
    ] as [Who, string][])("refuses %s, even a member of the conversation", async (who, expected) => {
      const { default: Page } = await import("@/app/(member)/admin/messages/[threadId]/page");
      as(who);
      expect(await outcome(() => Page(threadProps(reported)))).toContain(expected);
    });

    it("shows an administrator a reported conversation, and no other (404)", async () => {
      const { default: Page } = await import("@/app/(member)/admin/messages/[threadId]/page");
      as("admin");
      expect(await outcome(() => Page(threadProps(reported)))).toBe("rendered");
      expect(await outcome(() => Page(threadProps(unreported)))).toBe("404");
      expect(await outcome(() => Page(threadProps("nope")))).toBe("404");
      expect(await outcome(() => Page(threadProps(999_999)))).toBe("404");
    });
  });

  it.each([["/account"], ["/profile/new"]])("%s sends anonymous visitors to sign in", async (path) => {
    const { default: Page } = path === "/account" ? await import("@/app/(member)/account/page") : await import("@/app/(member)/profile/new/page");
    as("anonymous");
    expect(await outcome(() => Page({ searchParams: Promise.resolve({}) } as never))).toBe(`redirect /sign-in?next=${encodeURIComponent(path)}`);
  });

  it("shows /profile/[id] to its members and /admin to administrators", async () => {
    const { default: Page } = await import("@/app/(member)/profile/[id]/page");
    const { default: Admin } = await import("@/app/(member)/admin/page");
    as("member");
    expect(await outcome(() => Page(props(profileId)))).toBe("rendered");
    as("admin");
    expect(await outcome(() => Admin(adminProps))).toBe("rendered");
  });
});

describe(`authorisation matrix: route handlers on ${testEngine}`, () => {
  it("GET /api/regions answers anyone (public reference data) and refuses a malformed country", async () => {
    const { GET } = await import("@/app/api/regions/route");
    const { NextRequest } = await import("next/server");
    as("anonymous");
    const ok = await GET(new NextRequest("http://localhost/api/regions?country=AT"));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { regions: { code: string }[] };
    expect(body.regions.map((r) => r.code)).toContain("AT130");
    expect((await GET(new NextRequest("http://localhost/api/regions?country=AT%27--"))).status).toBe(400);
  });
});
