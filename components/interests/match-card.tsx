// One explained match of an interest: who (linked), what kind and where, how good a fit in words
// and out of 100, the reasons in plain words, and the evidence behind them — the past projects
// (linked), shared themes and shared partners — so a reader can judge it in seconds.
import { Globe } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { JoinedList } from "@/components/joined-list";
import { CallTopicLine } from "@/components/project-list";
import { Badge } from "@/components/ui/badge";
import type { StoredMatch } from "@/db/queries/interests";
import { matchHref, scoreLabel } from "@/lib/interests/match-filter";
import { projectWords } from "@/lib/matching/explain";
import { websiteHref, websiteLabel } from "@/lib/projects";
import { matchReasonsIn } from "@/lib/matching/reason-words";
import { formatCountry, formatDate } from "@/lib/format";
import { DEFAULT_FORMAT_LOCALES, type Locale } from "@/lib/i18n/config";
import { englishThemeNames, namedThemes, themeNameOfEnglish, type ThemeNames } from "@/lib/search/theme-names";
import { AddToShortlist, type ShortlistChoiceProps } from "@/components/shortlists/add-to-shortlist";
import { DismissButton } from "./interest-actions";

const ROLES = { coordinator: true, partner: true, associated_partner: true, third_party: true } as const;


export async function MatchCard({
  match,
  interestId,
  position,
  best,
  shortlists,
  interestTitle,
  themeNames = englishThemeNames(),
  placeNames = {},
  isNew = false,
}: {
  match: StoredMatch;
  interestId: number;
  position: number;
  best: number;
  shortlists?: ShortlistChoiceProps;
  interestTitle?: string;
  /** Theme names in the reader's language (read once by the page); English without. */
  themeNames?: ThemeNames;
  /** The names of the interest's target regions by code, for the reasons that name them. */
  placeNames?: Readonly<Record<string, string>>;
  /** It joined the list since the member could have seen it (newMatches). */
  isNew?: boolean;
}) {
  const t = await getTranslations("interests.match");
  const types = await getTranslations("labels.organisationTypes");
  const reasonT = await getTranslations("matching.reason");
  const locale = await getLocale();
  const formatLocale = DEFAULT_FORMAT_LOCALES[locale as Locale] ?? locale;
  // The reasons in the reader's language from their kinds; matches stored before kinds keep their English.
  const reasons = matchReasonsIn({ reasons: match.reasons, explanations: match.evidence.explanations }, locale, (key, values) =>
    reasonT(key as Parameters<typeof reasonT>[0], values),
    (english) => themeNameOfEnglish(themeNames, english),
    (code) => placeNames[code] ?? code,
  );
  const { outOf100, relative } = scoreLabel(match.score, best);
  const website = websiteHref(match.website);
  const projects = (match.evidence.projects ?? []).slice(0, 3);
  const themes = namedThemes(themeNames, match.evidence.sharedThemes ?? []);
  const partners = (match.evidence.sharedPartners ?? []).slice(0, 4);
  const headingId = `match-${interestId}-${match.rank}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border bg-card p-4 shadow-xs sm:p-5">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <div className="flex min-w-0 flex-1 gap-3">
            <span aria-hidden className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-secondary text-sm font-semibold text-secondary-foreground">
              {position}
            </span>
            <div className="min-w-0">
              <h3 id={headingId} className="text-base font-semibold leading-snug break-words">
                <Link href={matchHref(match)} className="text-primary underline-offset-4 hover:underline">
                  {match.name}
                </Link>
              </h3>
              <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
                <span>
                  {types(match.type)} · {[match.city, formatCountry(match.countryCode, formatLocale, match.countryName)].filter(Boolean).join(", ") || t("countryUnknown")}
                </span>
                {match.registered ? <Badge variant="success">{t("onConsortia")}</Badge> : null}
                {isNew ? (
                  <Badge title={t("newTitle", { date: formatDate(match.computedAt.toISOString().slice(0, 10), formatLocale) ?? "" })}>
                    {t("new")}
                  </Badge>
                ) : null}
              </p>
            </div>
          </div>
          <div className="flex items-center justify-between gap-3 pl-10 sm:justify-end sm:pl-0">
            <div className="flex flex-col gap-1 sm:items-end" title={t("scoreTitle")}>
              <span className="text-sm">
                <span className="text-muted-foreground">{t("score")} </span>
                <span className="font-semibold tabular-nums">{outOf100}</span>
              </span>
              <span aria-hidden className="h-1.5 w-28 overflow-hidden rounded-full bg-muted">
                <span className="block h-full rounded-full bg-primary" style={{ width: `${relative}%` }} />
              </span>
            </div>
            <DismissButton interestId={interestId} organisationId={match.organisationId} profileId={match.profileId} name={match.name} />
          </div>
        </div>
        {shortlists || match.profileId !== null || website ? (
          <div className="ml-10 flex flex-wrap items-start gap-2">
        {match.profileId !== null ? (
          <Link href={`/messages/new?to=${match.profileId}&interest=${interestId}`} className="inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm font-medium text-primary hover:bg-muted">
            {t("message")} <span className="sr-only">{match.name}</span>
          </Link>
        ) : null}
        {website ? (
          // How to reach an organisation not on Consortia (one on it can be messaged too).
          <a
            href={website}
            rel="noopener noreferrer"
            target="_blank"
            title={websiteLabel(website)}
            className="inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm font-medium text-primary hover:bg-muted"
          >
            <Globe aria-hidden className="size-4" />
            {t("website")} <span className="sr-only">{t("websiteOf", { name: match.name })}</span>
          </a>
        ) : null}
        {shortlists ? (
          <AddToShortlist
            className="w-fit"
            item={match.organisationId !== null ? { kind: "organisation", id: match.organisationId, name: match.name } : { kind: "profile", id: match.profileId!, name: match.name }}
            choices={shortlists}
            interestId={interestId}
            suggestedName={interestTitle}
          />
        ) : null}
          </div>
        ) : null}

        {reasons.length ? (
          <ul className="list-disc space-y-1 pl-4 text-sm marker:text-muted-foreground sm:ml-10" data-testid="match-reasons">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}

        {projects.length || themes.length || partners.length ? (
          <dl className="grid gap-2 border-t pt-3 text-sm sm:ml-10 sm:grid-cols-[9rem_1fr]">
            {projects.length ? (
              <>
                <dt className="text-muted-foreground">{t("pastProjects")}</dt>
                <dd>
                  <ul className="flex flex-col gap-1">
                    {projects.map((p) => (
                      <li key={p.id}>
                        <Link href={`/projects/${p.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                          {p.acronym ?? p.title ?? t("project", { id: String(p.id) })}
                        </Link>
                        {p.acronym && p.title ? (
                          <span className="text-muted-foreground"> — {p.title}</span>
                        ) : p.acronym && p.topicTitle ? (
                          <>
                            {" — "}
                            <CallTopicLine title={p.topicTitle} />
                          </>
                        ) : null}
                        <span className="text-muted-foreground">
                          {" "}
                          ({p.soleBeneficiary ? t("roles.soleBeneficiary") : p.role in ROLES ? t(`roles.${p.role as keyof typeof ROLES}`) : p.role}
                          {p.startDate ? `, ${p.startDate.slice(0, 4)}` : ""})
                        </span>
                        {p.themes?.length ? (
                          <span className="text-muted-foreground">
                            {" · "}
                            {t.rich("onThemes", {
                              themes: () => (
                                <JoinedList
                                  items={namedThemes(themeNames, p.themes!)}
                                  text={(theme) => theme.label}
                                  locale={locale}
                                  render={(theme, words, key) => (
                                    <span key={key} lang={theme.lang}>
                                      {words}
                                    </span>
                                  )}
                                />
                              ),
                            })}
                          </span>
                        ) : null}
                        {p.sameCall ? <span className="text-muted-foreground"> · {t(p.sameCall === "topic" ? "sameCallTopic" : "sameCall")}</span> : null}
                        {p.withRequester ? <span className="text-muted-foreground"> · {t("withYou")}</span> : null}
                        {p.descriptionWords?.length ? (
                          <span className="text-muted-foreground"> · {t("sharesWords", { words: projectWords(p.descriptionWords) })}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {themes.length ? (
              <>
                <dt className="text-muted-foreground">{t("sharedThemes")}</dt>
                <dd className="flex flex-wrap gap-1">
                  {themes.map((t) => (
                    <Badge key={t.id} variant="secondary">
                      {t.label}
                    </Badge>
                  ))}
                </dd>
              </>
            ) : null}
            {partners.length ? (
              <>
                <dt className="text-muted-foreground">{t("sharedPartners")}</dt>
                <dd className="flex flex-wrap gap-x-3 gap-y-1">
                  {partners.map((p) => (
                    <Link key={p.id} href={`/organisations/${p.id}`} className="text-primary underline-offset-4 hover:underline">
                      {p.name}
                    </Link>
                  ))}
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </article>
    </li>
  );
}
