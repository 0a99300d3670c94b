// Alert digests of saved searches: once a saved search's period (a day, a week) has run since its
// last digest, its owner gets one mail with what is new for each of their due saved searches —
// projects, organisations first loaded since then that the search finds (the search engine with
// the saved URL state), new matches of a saved interest match list — and new matches and mutual
// matches (other members' interests paired with theirs) of their organisations' open interests.
// One digest per user per UTC day, never an empty one.
//
// Like the reminders (db/jobs/reminders.ts), each digest is claimed in the database in the
// transaction that queues its mail: the INSERT of (user, day) into alert_digests ON CONFLICT DO
// NOTHING, and each saved search moves its cutoff only while it is still due. So the
// worker and the app's scheduler running at the same time never send a digest twice.
import { and, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "../index";
import { listReciprocalMatches, listStoredMatches } from "../queries/interests";
import { newResultsOf } from "../saved/results";
import { users } from "../schema/accounts";
import { interests } from "../schema/interests";
import { memberships } from "../schema/members";
import { alertDigests, interestMatchAlerts, savedSearches, type SavedSearch } from "../schema/saved";
import { enqueueMail } from "@/lib/mail/outbox";
import { mailWordsFor } from "@/lib/mail/words";
import { digestPeriod, dueBefore, newKeys } from "@/lib/saved/alerts";
import { composeDigest, DIGEST_ITEMS_PER_SECTION, digestItemCount, type DigestInterest, type DigestSection } from "@/lib/saved/digest";
import { matchKey, mutualKey, savedSearchHref } from "@/lib/saved/target";
import { signUnsubscribeToken } from "@/lib/saved/token";

export interface DigestReport {
  users: number;
  mails: number;
  /** Users whose due searches had nothing new: their cutoffs moved on, no mail was sent. */
  empty: number;
}

function dueCondition(now: Date) {
  return or(
    and(eq(savedSearches.alert, "daily"), lte(savedSearches.alertSince, dueBefore("daily", now))),
    and(eq(savedSearches.alert, "weekly"), lte(savedSearches.alertSince, dueBefore("weekly", now))),
  );
}

export async function sendDueDigests(db: Db, options: { now?: Date; appUrl: string; secret: string; limit?: number }): Promise<DigestReport> {
  const now = options.now ?? new Date();
  const period = digestPeriod(now);
  const report: DigestReport = { users: 0, mails: 0, empty: 0 };
  const due = await db
    .selectDistinct({ userId: savedSearches.userId })
    .from(savedSearches)
    .where(and(dueCondition(now), sql`not exists (select 1 from ${alertDigests} d where d.user_id = ${savedSearches.userId} and d.period = ${period})`))
    .limit(options.limit ?? 50);
  for (const { userId } of due) {
    const outcome = await sendDigestTo(db, userId, { ...options, now, period });
    if (outcome === "taken") continue;
    report.users++;
    if (outcome === "sent") report.mails++;
    else report.empty++;
  }
  return report;
}

async function sendDigestTo(db: Db, userId: string, options: { now: Date; period: string; appUrl: string; secret: string }): Promise<"sent" | "empty" | "taken"> {
  const { now, appUrl } = options;
  const [user] = await db.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, userId));
  if (!user) return "taken";
  const searches = await db.select().from(savedSearches).where(and(eq(savedSearches.userId, userId), dueCondition(now))).orderBy(savedSearches.createdAt, savedSearches.id);
  if (searches.length === 0) return "taken";

  // What is new for each due saved search, since its own cutoff.
  const sections: DigestSection[] = [];
  const moved: { search: SavedSearch; keys: string[] | null }[] = [];
  for (const search of searches) {
    const found = await newResultsOf(db, search, { after: search.alertSince, until: now, knownKeys: search.alertedKeys, limit: DIGEST_ITEMS_PER_SECTION });
    moved.push({ search, keys: found?.currentKeys ?? null });
    if (!found || found.total === 0) continue;
    sections.push({
      name: search.name,
      kind: search.kind,
      url: `${appUrl}${savedSearchHref(search)}`,
      unsubscribeUrl: `${appUrl}/alerts/unsubscribe?token=${signUnsubscribeToken({ savedSearchId: search.id, userId }, options.secret, now)}`,
      total: found.total,
      items: found.items.map((i) => ({ label: i.label, url: `${appUrl}${i.path}` })),
    });
  }

  // The user's language; for accounts older than users.locale, the language they last saved a search in.
  const searchLocale = [...searches].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0]!.locale;
  const words = await mailWordsFor(user.locale, searchLocale);

  // New matches and mutual matches of the open interests of the user's organisations (a saved match
  // list's ranked matches are told above).
  const since = new Date(Math.min(...searches.map((s) => s.alertSince.getTime())));
  const covered = new Set(searches.filter((s) => s.kind === "interest").map((s) => s.interestId));
  const today = now.toISOString().slice(0, 10);
  const open = await db
    .select({ id: interests.id, title: interests.title })
    .from(interests)
    .innerJoin(memberships, and(eq(memberships.profileId, interests.profileId), eq(memberships.userId, userId)))
    .where(and(eq(interests.status, "open"), gte(interests.deadline, today)))
    .orderBy(interests.id);
  const known = new Map(
    (await db.select().from(interestMatchAlerts).where(and(eq(interestMatchAlerts.userId, userId), inArray(interestMatchAlerts.interestId, open.length ? open.map((i) => i.id) : [-1])))).map((r) => [r.interestId, r.keys]),
  );
  const interestSections: DigestInterest[] = [];
  const interestKeys: { interestId: number; keys: string[] }[] = [];
  for (const interest of open) {
    // A saved match list tells its ranked matches itself (above); its mutual matches are told here.
    const saved = covered.has(interest.id);
    const matches = (await listStoredMatches(db, interest.id)).filter((m) => !m.dismissed);
    // Other members' open interests paired with it (keys "i:<interest id>").
    const mutual = await listReciprocalMatches(db, interest.id, today);
    const keys = [...matches.map(matchKey), ...mutual.map((r) => mutualKey(r.interestId))];
    // Never told before: the matches and pairs computed before the cutoff count as known.
    const before = known.get(interest.id) ?? [
      ...matches.filter((m) => m.computedAt.getTime() <= since.getTime()).map(matchKey),
      ...mutual.filter((r) => r.computedAt.getTime() <= since.getTime()).map((r) => mutualKey(r.interestId)),
    ];
    const fresh = new Set(newKeys(keys, before));
    interestKeys.push({ interestId: interest.id, keys });
    const added = [
      ...(saved ? [] : matches.filter((m) => fresh.has(matchKey(m))).map((m) => ({
        label: [m.name, m.countryName].filter(Boolean).join(", "),
        url: `${appUrl}${m.organisationId !== null ? `/organisations/${m.organisationId}` : `/profiles/${m.profileId}`}`,
      }))),
      ...mutual.filter((r) => fresh.has(mutualKey(r.interestId))).map((r) => ({
        label: words.t("digest.mutualItem", { title: r.title, organisation: [r.organisationName, r.countryName].join(", ") }),
        url: `${appUrl}/interests/${r.interestId}`,
      })),
    ];
    if (added.length === 0) continue;
    interestSections.push({ title: interest.title, url: `${appUrl}/interests/${interest.id}`, total: added.length, items: added.slice(0, DIGEST_ITEMS_PER_SECTION) });
  }

  const mail = composeDigest({ to: user.email, name: user.name, sections, interests: interestSections, manageUrl: `${appUrl}/saved` }, words);

  return db.transaction(async (tx) => {
    const [claimed] = await tx.insert(alertDigests).values({ userId, period: options.period, sentAt: now }).onConflictDoNothing().returning({ userId: alertDigests.userId });
    if (!claimed) return "taken";
    for (const { search, keys } of moved) {
      await tx
        .update(savedSearches)
        .set({ alertSince: now, ...(keys ? { alertedKeys: keys } : {}) })
        .where(and(eq(savedSearches.id, search.id), dueCondition(now)));
    }
    for (const { interestId, keys } of interestKeys) {
      await tx
        .insert(interestMatchAlerts)
        .values({ userId, interestId, keys, updatedAt: now })
        .onConflictDoUpdate({ target: [interestMatchAlerts.userId, interestMatchAlerts.interestId], set: { keys, updatedAt: now } });
    }
    if (!mail) return "empty";
    const mailId = await enqueueMail(tx, mail);
    await tx
      .update(alertDigests)
      .set({ mailId, items: digestItemCount({ sections, interests: interestSections }) })
      .where(and(eq(alertDigests.userId, userId), eq(alertDigests.period, options.period)));
    return "sent";
  });
}
