// The alert digest: one mail per user per period with what is new for each of their alerting
// saved searches, and new matches for their organisations' open interests. Nothing new, no mail.
// Pure: the job reads the database and passes the words of the "mail" namespace (its "digest"
// part) in the user's language (lib/mail/words.ts). Titles and names are the data's own, never
// translated; all of it is escaped in the HTML part.
import { escapeHtml, type MailContent } from "@/lib/mail/templates";
import type { MailWords } from "@/lib/mail/words";
import type { SavedSearchKind } from "@/db/schema/saved";

export const DIGEST_ITEMS_PER_SECTION = 5;

export interface DigestItem {
  label: string;
  url: string;
}

export interface DigestSection {
  name: string;
  kind: SavedSearchKind;
  url: string;
  unsubscribeUrl: string;
  /** How many new results in all (items holds the first few). */
  total: number;
  items: DigestItem[];
}

export interface DigestInterest {
  title: string;
  url: string;
  total: number;
  items: DigestItem[];
}

export interface DigestInput {
  to: string;
  name: string | null;
  sections: DigestSection[];
  interests: DigestInterest[];
  manageUrl: string;
}

const countKey: Record<SavedSearchKind, string> = { projects: "newProjects", organisations: "newOrganisations", interests: "newInterests", interest: "newMatches" };

/** The number of new results a digest reports. */
export function digestItemCount(input: Pick<DigestInput, "sections" | "interests">): number {
  return [...input.sections, ...input.interests].reduce((sum, s) => sum + s.total, 0);
}

/** The digest mail, or null when there is nothing new to tell. */
export function composeDigest(input: DigestInput, words: MailWords): MailContent | null {
  const t = (key: string, values?: Record<string, string | number>) => words.t(`digest.${key}`, values);
  /** "Label: address" in the text part, as the language writes it. */
  const line = (label: string, url: string) => words.t("layout.action", { label, url });
  const sections = input.sections.filter((s) => s.total > 0);
  const interests = input.interests.filter((i) => i.total > 0);
  const count = digestItemCount({ sections, interests });
  if (count === 0) return null;

  const greeting = input.name ? words.t("greeting", { name: input.name }) : words.t("greetingNoName");
  const text: string[] = [greeting, t("intro")];
  const html: string[] = [
    `<!doctype html><html lang="${words.locale}"><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1a1f2e;max-width:600px;margin:24px auto;padding:0 16px">`,
    `<p style="margin:0 0 16px">${escapeHtml(greeting)} ${escapeHtml(t("intro"))}</p>`,
  ];
  const list = (items: DigestItem[], total: number, url: string) => {
    const more = total - items.length;
    text.push([...items.map((i) => `- ${i.label}: ${i.url}`), ...(more > 0 ? [line(t("more", { count: more }), url)] : [])].join("\n"));
    html.push(
      `<ul style="margin:0 0 12px;padding-left:20px">${items.map((i) => `<li><a href="${escapeHtml(i.url)}" style="color:#1d3f94">${escapeHtml(i.label)}</a></li>`).join("")}</ul>`,
    );
    if (more > 0) html.push(`<p style="margin:0 0 12px"><a href="${escapeHtml(url)}" style="color:#1d3f94">${escapeHtml(t("more", { count: more }))}</a></p>`);
  };

  for (const s of sections) {
    const heading = `${s.name} — ${t(countKey[s.kind], { count: s.total })}`;
    text.push(`== ${heading} ==\n${line(t("openSearch"), s.url)}`);
    html.push(`<h2 style="font-size:17px;margin:24px 0 8px"><a href="${escapeHtml(s.url)}" style="color:#1a1f2e">${escapeHtml(s.name)}</a> — ${escapeHtml(t(countKey[s.kind], { count: s.total }))}</h2>`);
    list(s.items, s.total, s.url);
    text.push(line(t("stop", { name: s.name }), s.unsubscribeUrl));
    html.push(`<p style="margin:0 0 16px;font-size:13px"><a href="${escapeHtml(s.unsubscribeUrl)}" style="color:#5b6478">${escapeHtml(t("stop", { name: s.name }))}</a></p>`);
  }
  if (interests.length > 0) {
    text.push(`== ${t("interestsHeading")} ==`);
    html.push(`<h2 style="font-size:17px;margin:24px 0 8px">${escapeHtml(t("interestsHeading"))}</h2>`);
    for (const i of interests) {
      text.push(`${i.title} — ${t("newMatches", { count: i.total })}: ${i.url}`);
      html.push(`<p style="margin:0 0 4px"><a href="${escapeHtml(i.url)}" style="color:#1a1f2e;font-weight:600">${escapeHtml(i.title)}</a> — ${escapeHtml(t("newMatches", { count: i.total }))}</p>`);
      list(i.items, i.total, i.url);
    }
  }
  const signature = words.t("layout.signature");
  text.push(line(t("manage"), input.manageUrl), t("why"), signature);
  html.push(
    `<p style="margin:24px 0 8px"><a href="${escapeHtml(input.manageUrl)}" style="color:#1d3f94">${escapeHtml(t("manage"))}</a></p>`,
    `<p style="margin:0 0 16px;color:#5b6478;font-size:13px">${escapeHtml(t("why"))}</p>`,
    `<p style="margin:0;color:#5b6478">${escapeHtml(signature)}</p></body></html>`,
  );
  return { kind: "saved_search_digest", to: input.to, subject: t("subject", { count }), text: text.join("\n\n"), html: html.join("\n") };
}
