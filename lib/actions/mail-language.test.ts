// Mail reaches its recipient in their language: the language an account registered in or last
// chose with the switcher (users.locale), whoever causes the mail; an address without an account
// gets the language of whoever wrote to it.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { mailOutbox, users } from "@/db/schema/accounts";
import { testEngine } from "@/db/testing";
import { useTestLocale } from "@/lib/testing/next-intl";
import { actAs, formData, makeProfile, makeUser, redirectOf, reloadUser, setUpActionDatabase } from "@/lib/testing/actions";
import { register, requestPasswordReset } from "./accounts";
import { setLocale } from "./locale";
import { startConversation } from "./messaging";
import { inviteMember } from "./organisations";
import { idle } from "./result";

const cookieJar = vi.hoisted(() => ({ set: vi.fn(), get: () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => cookieJar }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/mail/sender", () => ({ scheduleMailDelivery: vi.fn() }));

const handle = setUpActionDatabase();
beforeEach(() => {
  actAs(null);
  useTestLocale("en");
  cookieJar.set.mockClear();
});

const mailsTo = (to: string) => handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(mailOutbox.id);

describe(`mail in the recipient's language on ${testEngine}`, () => {
  it("keeps the language of the registration form on the account and writes the verification mail in it, link intact", async () => {
    useTestLocale("fr");
    await redirectOf(register(idle, formData({ name: "Amélie", email: "amelie@inrae.fr", password: "Kl4ster-Wien-2026", next: "/saved" })));
    const [user] = await handle.db.select().from(users).where(eq(users.email, "amelie@inrae.fr"));
    expect(user!.locale).toBe("fr");
    const [mail] = await mailsTo("amelie@inrae.fr");
    expect(mail!.subject).toBe("Confirmez votre adresse e-mail pour Consortia");
    expect(mail!.text).toContain("Bonjour Amélie,");
    expect(mail!.text).toMatch(/Confirmer l’adresse e-mail : http:\/\/localhost:\d+\/verify\?token=[A-Za-z0-9_-]{43}&next=%2Fsaved/);
  });

  it("writes a French user's reset mail in French even when asked from an English page", async () => {
    const user = await makeUser(handle.db, { email: "jules@cnrs.fr" });
    await handle.db.update(users).set({ locale: "fr" }).where(eq(users.id, user.id));
    await requestPasswordReset(idle, formData({ email: "jules@cnrs.fr" }));
    const [mail] = await mailsTo("jules@cnrs.fr");
    expect(mail!.subject).toBe("Réinitialisez votre mot de passe Consortia");
    expect(mail!.text).toMatch(/Choisir un nouveau mot de passe : http:\/\/localhost:\d+\/reset-password\?token=[A-Za-z0-9_-]{43}/);
  });

  it("keeps a signed-in user's switch of language on their account, and only theirs", async () => {
    const me = await makeUser(handle.db, { email: "ola@uw.edu.pl" });
    const other = await makeUser(handle.db, { email: "piotr@uw.edu.pl" });
    actAs(me);
    await setLocale(formData({ locale: "pl" }));
    expect((await reloadUser(handle.db, me.id))!.locale).toBe("pl");
    expect((await reloadUser(handle.db, other.id))!.locale).toBeNull();
    expect(cookieJar.set).toHaveBeenCalledWith("NEXT_LOCALE", "pl", expect.objectContaining({ path: "/" }));
    await setLocale(formData({ locale: "xx" }));
    expect((await reloadUser(handle.db, me.id))!.locale).toBe("pl");
    actAs(null);
    await setLocale(formData({ locale: "de" })); // signed out: the cookie only
    expect(cookieJar.set).toHaveBeenLastCalledWith("NEXT_LOCALE", "de", expect.anything());
    expect((await reloadUser(handle.db, me.id))!.locale).toBe("pl");
  });

  it("invites someone without an account in the inviter's language, and a user with one in theirs", async () => {
    const owner = await makeUser(handle.db, { email: "hanna@tu.de", name: "Hanna" });
    const profile = await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }], { name: "TU Forst" });
    const known = await makeUser(handle.db, { email: "zofia@pw.edu.pl" });
    await handle.db.update(users).set({ locale: "pl" }).where(eq(users.id, known.id));
    actAs(owner);
    useTestLocale("de");
    expect(await inviteMember(idle, formData({ profileId: profile.id, email: "new@tu.de" }))).toMatchObject({ status: "ok" });
    expect(await inviteMember(idle, formData({ profileId: profile.id, email: "zofia@pw.edu.pl" }))).toMatchObject({ status: "ok" });
    const [toNew] = await mailsTo("new@tu.de");
    expect(toNew!.subject).toBe("Hanna lädt Sie zu TU Forst auf Consortia ein");
    expect(toNew!.text).toMatch(/Einladung annehmen: http:\/\/localhost:\d+\/invitations\/\S+/);
    const [toKnown] = await mailsTo("zofia@pw.edu.pl");
    expect(toKnown!.subject).toBe("Hanna zaprasza Cię do TU Forst w Consortia");
  });

  it("tells each member of the receiving organisation about a new message in their own language", async () => {
    const sender = await makeUser(handle.db, { email: "ana@agency.at" });
    const fr = await makeUser(handle.db, { email: "claire@univ.fr" });
    const en = await makeUser(handle.db, { email: "tom@univ.fr" });
    await handle.db.update(users).set({ locale: "fr" }).where(eq(users.id, fr.id));
    const from = await makeProfile(handle.db, [{ userId: sender.id, role: "owner" }], { name: "Agency A" });
    const to = await makeProfile(handle.db, [{ userId: fr.id, role: "owner" }, { userId: en.id, role: "member" }], { name: "Université B" });
    actAs(sender);
    useTestLocale("pl"); // the sender's language decides nothing here
    const where = await redirectOf(startConversation(idle, formData({ fromProfileId: from.id, toProfileId: to.id, subject: "Bois", body: "Bonjour, parlons du projet bois ?", clientKey: "key-mail-language-000000" })));
    const threadId = String(where).split("/").pop();
    const [toClaire] = await mailsTo("claire@univ.fr");
    expect(toClaire!.subject).toBe("Nouveau message de Agency A : Bois");
    expect(toClaire!.text).toContain(`Lire le message : http://localhost`);
    expect(toClaire!.text).toContain(`/messages/${threadId}`);
    const [toTom] = await mailsTo("tom@univ.fr");
    expect(toTom!.subject).toBe("New message from Agency A: Bois");
  });
});
