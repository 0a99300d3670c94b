import { describe, expect, it } from "vitest";
import { composeDigest, digestItemCount, type DigestInput } from "./digest";
import { mailWordsFor } from "@/lib/mail/words";

const base: DigestInput = { to: "ana@agency.eu", name: "Ana", sections: [], interests: [], manageUrl: "https://c.test/saved" };
const section = (total: number, n = total) => ({
  name: "Wood <clusters>",
  kind: "projects" as const,
  url: "https://c.test/search?q=wood",
  unsubscribeUrl: "https://c.test/alerts/unsubscribe?token=1.2.x",
  total,
  items: Array.from({ length: n }, (_, i) => ({ label: `P${i + 1} & co`, url: `https://c.test/projects/${i + 1}` })),
});

describe("the digest mail", async () => {
  const en = await mailWordsFor("en");

  it("is never composed with nothing new", () => {
    expect(composeDigest(base, en)).toBeNull();
    expect(composeDigest({ ...base, sections: [section(0)], interests: [{ title: "x", url: "u", total: 0, items: [] }] }, en)).toBeNull();
  });

  it("lists each saved search's new results, the rest as “and N more”, with its own unsubscribe link", () => {
    const mail = composeDigest({ ...base, sections: [section(7, 5)] }, en)!;
    expect(mail.subject).toBe("7 new results for your saved searches on Consortia");
    expect(mail.text).toContain("== Wood <clusters> — 7 new projects ==");
    expect(mail.text).toContain("- P1 & co: https://c.test/projects/1");
    expect(mail.text).toContain("and 2 more: https://c.test/search?q=wood");
    expect(mail.text).toContain("Stop alerts for “Wood <clusters>”: https://c.test/alerts/unsubscribe?token=1.2.x");
    expect(mail.text).toContain("Manage your saved searches and alerts: https://c.test/saved");
  });

  it("escapes names and titles in the HTML part", () => {
    const mail = composeDigest({ ...base, sections: [section(1)] }, en)!;
    expect(mail.html).toContain("Wood &lt;clusters&gt;");
    expect(mail.html).toContain("P1 &amp; co");
    expect(mail.html).not.toContain("<clusters>");
  });

  it("adds new matches of open interests, and leaves out sections with nothing new", () => {
    const mail = composeDigest(
      { ...base, name: null, sections: [section(0)], interests: [{ title: "Forest bioeconomy", url: "https://c.test/interests/3", total: 1, items: [{ label: "TU Wien, Austria", url: "https://c.test/organisations/9" }] }] },
      en,
    )!;
    expect(mail.text.startsWith("Hello,")).toBe(true);
    expect(mail.text).not.toContain("Wood");
    expect(mail.text).toContain("New matches for your open interests");
    expect(mail.text).toContain("Forest bioeconomy — 1 new match: https://c.test/interests/3");
    expect(digestItemCount({ sections: [section(2)], interests: [{ title: "", url: "", total: 3, items: [] }] })).toBe(5);
  });

  it("is written in the member's language, and in English for an unknown one", async () => {
    const de = composeDigest({ ...base, sections: [section(2)] }, await mailWordsFor("de"))!;
    expect(de.subject).toBe("2 neue Ergebnisse für Ihre gespeicherten Suchen auf Consortia");
    const unknown = composeDigest({ ...base, sections: [section(1)] }, await mailWordsFor("xx"))!;
    expect(unknown.subject).toBe("1 new result for your saved searches on Consortia");
  });
});
