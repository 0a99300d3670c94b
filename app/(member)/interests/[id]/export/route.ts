// GET /interests/[id]/export: an interest's matches as a CSV file (lib/interests/matches-csv.ts),
// in the page's order, dismissed ones left out — for the members of its organisation only, as the
// matches are. Anyone else gets 401 (no session) or 404 (as if the interest did not exist).
import { getLocale, getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getInterest, listStoredMatches } from "@/db/queries/interests";
import { getThemeNames } from "@/db/queries/theme-names";
import { appUrl } from "@/lib/accounts/store";
import { csvResponse } from "@/lib/csv";
import { roleIn } from "@/lib/authz";
import { getCurrentUser } from "@/lib/current-user";
import { formatCountry, formatPlace } from "@/lib/format";
import { getFormatLocale } from "@/lib/i18n/server";
import { matchHref, scoreLabel, splitByReason } from "@/lib/interests/match-filter";
import { matchCsvColumns, matchesCsv, matchesFileName } from "@/lib/interests/matches-csv";
import { websiteHref } from "@/lib/projects";
import { isoDate } from "@/lib/interests/options";
import { matchReasonsIn } from "@/lib/matching/reason-words";
import { themeNameOfEnglish } from "@/lib/search/theme-names";
import { parseId } from "@/lib/url-state";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("matching.csv")]);
  if (!user || !user.emailVerified) return NextResponse.json({ error: t("signIn") }, { status: 401 });
  const id = parseId((await params).id);
  const db = getDb();
  const today = isoDate(new Date());
  const interest = id === null ? null : await getInterest(db, id, today);
  if (!interest || (await roleIn(db, user.id, interest.profileId)) === null) return NextResponse.json({ error: t("notFound") }, { status: 404 });
  const [types, reasonT, locale, formatLocale] = await Promise.all([getTranslations("labels.organisationTypes"), getTranslations("matching.reason"), getLocale(), getFormatLocale()]);
  const themeNames = await getThemeNames(db, locale);
  const placeNames = Object.fromEntries(interest.targetRegions.map((r) => [r.code, formatPlace(r, formatLocale)]));
  // The page's order: the matches with a reason about the interest, then those for their activity alone.
  const { specific, activityOnly } = splitByReason((await listStoredMatches(db, interest.id)).filter((m) => !m.dismissed));
  const rows = [...specific, ...activityOnly].map((m, i) => ({
    rank: i + 1,
    name: m.name,
    type: types(m.type),
    country: formatCountry(m.countryCode, formatLocale, m.countryName),
    city: m.city,
    website: websiteHref(m.website),
    score: scoreLabel(m.score, 1).outOf100,
    reasons: matchReasonsIn(
      { reasons: m.reasons, explanations: m.evidence.explanations },
      locale,
      (key, values) => reasonT(key as Parameters<typeof reasonT>[0], values),
      (english) => themeNameOfEnglish(themeNames, english),
      (code) => placeNames[code] ?? code,
    ),
    projects: (m.evidence.projects ?? []).slice(0, 3).map((p) => p.acronym ?? p.title ?? ""),
    link: appUrl(matchHref(m)),
  }));
  const csv = matchesCsv(rows, matchCsvColumns.map((column) => t(`columns.${column}`)));
  return csvResponse(csv, matchesFileName(interest.title, today), { private: true });
}
