// The messaging actions against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL),
// with a faked session: conversations between two organisations, a double click stored once,
// unread counts, notification mail once per thread per hour (and none when switched off),
// blocks, reports, the daily limit, e-mail invitations once a week — and the authorisation
// matrix's "no" cells: a member of A never reads, posts to or lists B's threads.
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { incomingRequests, listThreadMessages, listThreadsForUser, unreadThreadCount } from "@/db/queries/messaging";
import { responsiveness } from "@/lib/messaging/responsiveness";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { mailOutbox, messageReports, messages, messageThreads, organisationMailInvitations, users } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { actAs, expectRefused, formData, type ActionUnderTest, makeProfile, makeUser, redirectOf, pageOutcome, setUpActionDatabase } from "@/lib/testing/actions";
import {
  archiveThread,
  blockOrganisation,
  inviteOrganisationByMail,
  markThreadRead,
  reportMessage,
  sendMessage,
  setMessageMail,
  startConversation,
} from "./messaging";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/mail/sender", () => ({ scheduleMailDelivery: vi.fn() }));

type User = typeof users.$inferSelect;
let fx: Fixture;
let anna: User, alex: User, bea: User, carl: User, admin: User, late: User;
let profileA: number, profileB: number, profileC: number;
const key = () => `key-${Math.random().toString(36).slice(2)}-0000000000`;

const handle = setUpActionDatabase(seedFixture);
beforeAll(async () => {
  fx = handle.seeded;
  anna = await makeUser(handle.db, { email: "anna@a.eu", name: "Anna" });
  alex = await makeUser(handle.db, { email: "alex@a.eu", name: "Alex" });
  bea = await makeUser(handle.db, { email: "bea@b.eu", name: "Bea" });
  carl = await makeUser(handle.db, { email: "carl@c.eu", name: "Carl" });
  admin = await makeUser(handle.db, { email: "admin@consortia.eu", role: "admin" });
  late = await makeUser(handle.db, { email: "late@a.eu", verified: false });
  profileA = (await makeProfile(handle.db, [{ userId: anna.id, role: "owner" }, { userId: alex.id, role: "member" }, { userId: late.id, role: "member" }], { name: "Agency A" })).id;
  profileB = (await makeProfile(handle.db, [{ userId: bea.id, role: "owner" }], { name: "University B" })).id;
  profileC = (await makeProfile(handle.db, [{ userId: carl.id, role: "owner" }], { name: "Company C" })).id;
});
beforeEach(() => actAs(null));

async function open(from: User, fromProfile: number, toProfile: number, body = "Hello, shall we talk about the wood cluster project?", clientKey = key()) {
  actAs(from);
  const to = await redirectOf(startConversation(idle, formData({ fromProfileId: fromProfile, toProfileId: toProfile, subject: "Wood cluster project", body, clientKey })));
  expect(to).toMatch(/^\/messages\/\d+$/);
  return Number(String(to).split("/").pop());
}
const mailsTo = async (email: string) => (await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).filter((m) => m.kind === "new_message");

describe(`messaging actions on ${testEngine}`, () => {
  it("opens a conversation, mails the other organisation's members without revealing addresses, and counts it unread for them", async () => {
    const threadId = await open(anna, profileA, profileB);
    const mails = await mailsTo("bea@b.eu");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("New message from Agency A: Wood cluster project");
    expect(mails[0]!.text).toContain(`/messages/${threadId}`);
    expect(mails[0]!.text).not.toContain("anna@a.eu");
    expect(await mailsTo("anna@a.eu")).toHaveLength(0);
    expect(await mailsTo("alex@a.eu")).toHaveLength(0); // the sender's colleagues get no mail
    expect(await unreadThreadCount(handle.db, bea.id)).toBe(1);
    expect(await unreadThreadCount(handle.db, anna.id)).toBe(0);

    // Bea replies: Anna's side has it unread, and gets one mail; a second reply within the hour mails nobody again.
    actAs(bea);
    expect(await sendMessage(idle, formData({ threadId, body: "Yes, gladly.", clientKey: key() }))).toMatchObject({ status: "ok" });
    expect(await sendMessage(idle, formData({ threadId, body: "When suits you?", clientKey: key() }))).toMatchObject({ status: "ok" });
    expect(await mailsTo("anna@a.eu")).toHaveLength(1);
    expect(await mailsTo("alex@a.eu")).toHaveLength(1);
    expect(await unreadThreadCount(handle.db, anna.id)).toBe(1);
    expect(await unreadThreadCount(handle.db, bea.id)).toBe(0);
    const [thread] = await handle.db.select().from(messageThreads).where(eq(messageThreads.id, threadId));
    expect(thread!.firstReplyAt).not.toBeNull();

    actAs(anna);
    expect(await markThreadRead(idle, formData({ threadId }))).toMatchObject({ status: "ok" });
    expect(await unreadThreadCount(handle.db, anna.id)).toBe(0);
    expect(await unreadThreadCount(handle.db, alex.id)).toBe(1); // read state is per member
    const listed = await listThreadsForUser(handle.db, anna.id, false);
    expect(listed.map((t) => [t.id, t.otherName, t.lastBody])).toEqual([[threadId, "University B", "When suits you?"]]);
  });

  it("stores a message sent twice by a double click once", async () => {
    const threadId = await open(anna, profileA, profileC);
    actAs(carl);
    const clientKey = key();
    const [a, b] = await Promise.all([
      sendMessage(idle, formData({ threadId, body: "Only once", clientKey })),
      sendMessage(idle, formData({ threadId, body: "Only once", clientKey })),
    ]);
    expect([a.status, b.status]).toEqual(["ok", "ok"]);
    expect((await listThreadMessages(handle.db, threadId)).filter((m) => m.body === "Only once")).toHaveLength(1);
    // The first message's form sent twice opens one conversation.
    const startKey = key();
    const first = await open(carl, profileC, profileB, "Hi", startKey);
    const second = await open(carl, profileC, profileB, "Hi", startKey);
    expect(second).toBe(first);
  });

  it("refuses bad input field by field: an empty or too long message, no subject", async () => {
    actAs(anna);
    const result = await startConversation(idle, formData({ fromProfileId: profileA, toProfileId: profileB, subject: "", body: "   ", clientKey: key() }));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(["body", "subject"]);
    const threadId = (await listThreadsForUser(handle.db, anna.id, false))[0]!.id;
    const long = await sendMessage(idle, formData({ threadId, body: "x".repeat(5001), clientKey: key() }));
    expect(long).toMatchObject({ status: "error", fieldErrors: { body: ["Keep the message under 5000 characters."] } });
    // In the reader's language: the same refusals in French, the limit in them.
    const { useTestLocale } = await import("@/lib/testing/next-intl");
    useTestLocale("fr");
    try {
      const french = await sendMessage(idle, formData({ threadId, body: "x".repeat(5001), clientKey: key() }));
      expect(french).toMatchObject({ status: "error", message: "Veuillez corriger les champs signalés ci-dessous." });
      expect((french as { fieldErrors: Record<string, string[]> }).fieldErrors.body?.[0]).toMatch(/5\s?000/);
      expect((french as { fieldErrors: Record<string, string[]> }).fieldErrors.body?.[0]).not.toBe("Keep the message under 5000 characters.");
    } finally {
      useTestLocale("en");
    }
  });

  it("switches notification mail off", async () => {
    const annaBefore = (await mailsTo("anna@a.eu")).length;
    const threadId = await open(carl, profileC, profileA, "First");
    expect(await mailsTo("anna@a.eu")).toHaveLength(annaBefore + 1);
    actAs(alex);
    expect(await setMessageMail(idle, formData({ notifyByMail: "off" }))).toMatchObject({ status: "ok", data: { notifyByMail: false } });
    const before = (await mailsTo("alex@a.eu")).length;
    actAs(carl);
    await open(carl, profileC, profileA, "Second conversation");
    expect((await mailsTo("alex@a.eu")).length).toBe(before);
    expect(threadId).toBeGreaterThan(0);
  });

  it("archives a conversation for one member and brings it back with a new message", async () => {
    const threadId = await open(anna, profileA, profileB, "Archive me");
    actAs(bea);
    await archiveThread(idle, formData({ threadId, archived: "true" }));
    expect((await listThreadsForUser(handle.db, bea.id, true)).map((t) => t.id)).toContain(threadId);
    expect((await listThreadsForUser(handle.db, bea.id, false)).map((t) => t.id)).not.toContain(threadId);
    actAs(anna);
    await sendMessage(idle, formData({ threadId, body: "Still there?", clientKey: key() }));
    expect((await listThreadsForUser(handle.db, bea.id, false)).map((t) => t.id)).toContain(threadId);
  });

  it("blocks: the blocked organisation can neither open a conversation nor write in one", async () => {
    const threadId = await open(carl, profileC, profileB, "Buy our product");
    actAs(bea);
    expect(await blockOrganisation(idle, formData({ profileId: profileB, blockedProfileId: profileC }))).toMatchObject({ status: "ok" });
    actAs(carl);
    const count = (await listThreadMessages(handle.db, threadId)).length;
    expect(await sendMessage(idle, formData({ threadId, body: "Hello?", clientKey: key() }))).toMatchObject({ status: "error", code: "forbidden" });
    expect(await startConversation(idle, formData({ fromProfileId: profileC, toProfileId: profileB, subject: "Again", body: "Hi", clientKey: key() }))).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect((await listThreadMessages(handle.db, threadId)).length).toBe(count);
  });

  it("reports a message for the administrators", async () => {
    const threadId = await open(carl, profileC, profileA, "Send me your bank details");
    const [message] = await listThreadMessages(handle.db, threadId);
    actAs(anna);
    expect(await reportMessage(idle, formData({ messageId: message!.id, reason: "Phishing" }))).toMatchObject({ status: "ok" });
    const reports = await handle.db.select().from(messageReports).where(eq(messageReports.messageId, message!.id));
    expect(reports).toMatchObject([{ reason: "Phishing", reporterUserId: anna.id }]);
  });

  it("limits new conversations per organisation per day", async () => {
    const lonely = (await makeProfile(handle.db, [{ userId: carl.id, role: "member" }], { name: "Busy D" })).id;
    const targets = await Promise.all(Array.from({ length: 20 }, (_, i) => makeProfile(handle.db, [], { name: `Target ${i}` })));
    const base = new Date();
    await handle.db.insert(messageThreads).values(targets.map((t) => ({ starterProfileId: lonely, recipientProfileId: t.id, subject: "Earlier", createdAt: base })));
    actAs(carl);
    const result = await startConversation(idle, formData({ fromProfileId: lonely, toProfileId: profileA, subject: "One more", body: "Hi", clientKey: key() }));
    expect(result).toMatchObject({ status: "error", code: "rate_limited" });
  });

  it("measures responsiveness from the conversations others opened: B answered A's first one", async () => {
    const now = new Date();
    const requests = await incomingRequests(handle.db, profileB, new Date(now.getTime() - 90 * 86_400_000));
    const r = responsiveness(requests, now);
    expect(r.requests).toBeGreaterThanOrEqual(2);
    expect(r.answered).toBe(1); // only the first conversation was answered by B
    expect(r.medianReplyHours).not.toBeNull();
  });

  it("invites an unregistered organisation by e-mail once a week", async () => {
    actAs(anna);
    const form = () => formData({ profileId: profileA, organisationId: fx.organisations.tuv, email: "office@tuwien.ac.at" });
    expect(await inviteOrganisationByMail(idle, form())).toMatchObject({ status: "ok" });
    expect(await inviteOrganisationByMail(idle, form())).toMatchObject({ status: "error", code: "rate_limited" });
    const sent = (await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, "office@tuwien.ac.at"))).length;
    expect(sent).toBe(1);
    expect(await handle.db.select().from(organisationMailInvitations).where(eq(organisationMailInvitations.organisationId, fx.organisations.tuv))).toHaveLength(1);
  });
});

describe(`authorisation matrix: messaging on ${testEngine}`, () => {
  let threadAB: number;
  let messageAB: number;
  beforeAll(async () => {
    threadAB = await open(anna, profileA, profileB, "Between A and B only");
    messageAB = (await listThreadMessages(handle.db, threadAB))[0]!.id;
  });
  const snapshot = async () => ({
    messages: await handle.db.select().from(messages).orderBy(messages.id),
    threads: await handle.db.select().from(messageThreads).orderBy(messageThreads.id),
    reports: await handle.db.select().from(messageReports).orderBy(messageReports.id),
  });
  type Who = "anonymous" | "outsider C" | "admin" | "unverified";
  const person = (who: Who) => (who === "anonymous" ? null : who === "outsider C" ? carl : who === "admin" ? admin : late);
  const actions: Record<string, ActionUnderTest> = {
    "startConversation (as A)": { run: startConversation, form: () => ({ fromProfileId: profileA, toProfileId: profileB, subject: "Posing as A", body: "Hi", clientKey: key() }) },
    "sendMessage (A–B thread)": { run: sendMessage, form: () => ({ threadId: threadAB, body: "Intruding", clientKey: key() }) },
    "markThreadRead (A–B thread)": { run: markThreadRead, form: () => ({ threadId: threadAB }) },
    "archiveThread (A–B thread)": { run: archiveThread, form: () => ({ threadId: threadAB, archived: "true" }) },
    "reportMessage (A–B message)": { run: reportMessage, form: () => ({ messageId: messageAB, reason: "Not mine to report" }) },
    "blockOrganisation (for A)": { run: blockOrganisation, form: () => ({ profileId: profileA, blockedProfileId: profileC }) },
    "inviteOrganisationByMail (for A)": { run: inviteOrganisationByMail, form: () => ({ profileId: profileA, organisationId: fx.organisations.bep, email: "x@bep.be" }) },
  };
  const refusals = Object.keys(actions).flatMap((a) => (["anonymous", "outsider C", "admin", "unverified"] as const).map((w): [string, Who] => [a, w]));

  it.each(refusals)("%s refuses %s", (name, who) => expectRefused(actions[name]!, who, person(who), snapshot));

  const outcome = async (render: () => Promise<unknown>) => (await pageOutcome(render)).kind;

  it.each([
    ["anonymous", "redirect /sign-in?next=%2Fmessages%2F"],
    ["outsider C", "404"],
    ["admin", "404"],
  ] as [Who, string][])("/messages/[threadId] refuses %s", async (who, expected) => {
    const { default: Page } = await import("@/app/(member)/messages/[threadId]/page");
    actAs(person(who));
    expect(await outcome(() => Page({ params: Promise.resolve({ threadId: String(threadAB) }) }))).toContain(expected);
    actAs(bea);
    expect(await outcome(() => Page({ params: Promise.resolve({ threadId: String(threadAB) }) }))).toBe("rendered");
  });

  it("GET /api/messages/unread refuses anonymous visitors and counts only the user's own threads", async () => {
    const { GET } = await import("@/app/api/messages/unread/route");
    actAs(null);
    expect((await GET()).status).toBe(401);
    actAs(admin);
    expect(await (await GET()).json()).toEqual({ unread: 0 });
  });

  it("never lists or counts A–B threads for a member of C", async () => {
    expect((await listThreadsForUser(handle.db, carl.id, false)).map((t) => t.id)).not.toContain(threadAB);
    expect((await listThreadsForUser(handle.db, carl.id, true)).map((t) => t.id)).not.toContain(threadAB);
    expect((await listThreadsForUser(handle.db, bea.id, false)).map((t) => t.id)).toContain(threadAB);
  });
});
