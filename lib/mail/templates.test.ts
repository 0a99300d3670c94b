import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { interestExpiryMail, newMessageMail, organisationInvitationMail, unansweredReminderMail } from "./message-mail";
import { accountExistsMail, invitationMail, passwordResetMail, verificationMail } from "./templates";
import { mailLocale, mailWords } from "./words";

describe("mail templates", async () => {
  const en = await mailWords("en");
  const fr = await mailWords("fr");

  it("puts the link in both parts", () => {
    const mail = verificationMail(en, "a@zsi.at", "Anna", "http://localhost:3000/verify?token=abc");
    expect(mail.text).toContain("http://localhost:3000/verify?token=abc");
    expect(mail.html).toContain('href="http://localhost:3000/verify?token=abc"');
    expect(mail.kind).toBe("verify_email");
    expect(mail.subject).toBe("Confirm your e-mail address for Consortia");
  });

  it("escapes what users typed in the HTML part", () => {
    const mail = invitationMail(en, "b@zsi.at", "<script>alert(1)</script>", "A & B <b>GmbH</b>", "http://localhost:3000/invitations/x");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain("A &amp; B &lt;b&gt;GmbH&lt;/b&gt;");
    expect(mail.subject).toBe("<script>alert(1)</script> invites you to A & B <b>GmbH</b> on Consortia"); // plain text, never HTML
  });

  it("writes a French user's verification mail in French, subject and body, with the link intact", () => {
    const url = "http://localhost:3000/verify?token=abc_DEF-123&next=%2Finterests%2F4";
    const mail = verificationMail(fr, "a@zsi.at", "Amélie", url);
    expect(mail.subject).toBe("Confirmez votre adresse e-mail pour Consortia");
    expect(mail.text).toContain("Bonjour Amélie,");
    expect(mail.text).toContain("Le lien fonctionne une seule fois, pendant 48 heures.");
    expect(mail.text).toContain(`Confirmer l’adresse e-mail : ${url}`);
    expect(mail.text).not.toMatch(/Confirm your|Hello/);
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect(mail.html).toContain("Ou ouvrez cette adresse");
  });

  it("writes every mail in each language from the catalogue, none of them in English but the English one", async () => {
    for (const locale of LOCALES) {
      const w = await mailWords(locale);
      const mails = [
        verificationMail(w, "a@x.eu", null, "https://c.test/v"),
        passwordResetMail(w, "a@x.eu", "https://c.test/r"),
        invitationMail(w, "a@x.eu", "Ana", "ZSI", "https://c.test/i"),
        accountExistsMail(w, "a@x.eu", "https://c.test/s", "https://c.test/f"),
        newMessageMail(w, "a@x.eu", "ZSI", "Wood", "https://c.test/m", "https://c.test/a"),
        organisationInvitationMail(w, "a@x.eu", "ZSI", null, "https://c.test/reg"),
        unansweredReminderMail(w, "a@x.eu", null, "Wood", "https://c.test/m"),
        interestExpiryMail(w, "a@x.eu", "Forest", "2026-12-12", "https://c.test/interests/1"),
      ];
      for (const mail of mails) {
        expect(mail.text).toMatch(/https:\/\/c\.test\/\w+/);
        if (locale !== "en") expect(`${mail.subject} ${mail.text}`).not.toMatch(/\b(your|the|you)\b/i);
      }
    }
  });

  it("writes the expiry date the recipient's way", async () => {
    const mail = interestExpiryMail(fr, "a@x.eu", "Forêt", "2026-12-12", "https://c.test/interests/1");
    expect(mail.subject).toBe("Votre recherche de partenaires expire le 12 déc. 2026 : Forêt");
    const de = interestExpiryMail(await mailWords("de"), "a@x.eu", "Wald", "2026-12-12", "https://c.test/interests/1");
    expect(de.subject).toBe("Ihre Partnersuche läuft am 12. Dez. 2026 ab: Wald");
  });

  it("picks the recipient's language, else the fallback's, else English", () => {
    expect(mailLocale("pl", "fr")).toBe("pl");
    expect(mailLocale(null, "fr")).toBe("fr");
    expect(mailLocale("xx", undefined)).toBe("en");
    expect(mailLocale(undefined, null)).toBe("en");
  });
});
