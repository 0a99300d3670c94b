// One partnership interest. Everyone who may see it reads what it is and who posted it; the
// members of its organisation also get its ranked, explained matches (filtered by type and
// country in the URL), the dismissed ones, the reciprocal (mutual) matches and its actions.
import { CircleAlert, Download, Handshake, Languages, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmptyState } from "@/components/empty-state";
import { JoinedList } from "@/components/joined-list";
import { Fact, FactList } from "@/components/fact-list";
import { CloseButton, DismissButton, RecomputeButton, RenewButton } from "@/components/interests/interest-actions";
import { InterestStateBadge } from "@/components/interests/interest-list";
import { MatchCard } from "@/components/interests/match-card";
import { PlaceLookup } from "@/components/interests/place-lookup";
import { SaveSearch } from "@/components/saved/save-search";
import { quietButtonClass } from "@/components/saved/quiet-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/select";
import { getDb } from "@/db";
import { englishReadingOf } from "@/db/matching/english-reading";
import { getThemeNames } from "@/db/queries/theme-names";
import { namedThemes, themeName } from "@/lib/search/theme-names";
import { getInterest, listReciprocalMatches, listStoredMatches } from "@/db/queries/interests";
import { placeInInterest } from "@/db/interests/place";
import { shortlistChoices } from "@/db/queries/shortlists";
import { roleIn } from "@/lib/authz";
import { getCurrentUser } from "@/lib/current-user";
import { applyMatchFilter, matchFilterChoices, matchHref, newMatches, parseMatchFilter, parsePlaceRequest, splitByReason } from "@/lib/interests/match-filter";
import { formatCountry, formatCountryList, formatDate, formatLanguage, formatPlace } from "@/lib/format";
import { getFormatLocale } from "@/lib/i18n/server";
import { say } from "@/lib/i18n/say";
import { isoDate } from "@/lib/interests/options";
import { interestCountries, interestText } from "@/lib/interests/match-query";
import { distinctNames } from "@/lib/matching/english-reading";
import { programmeStrand } from "@/lib/programmes/reference";
import { reciprocalReasonsIn, type ReciprocalWordsContext } from "@/lib/interests/reciprocal-words";
import { parseId } from "@/lib/url-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.page");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterestPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = getDb();
  const today = isoDate(new Date());
  const user = await getCurrentUser();
  const interest = await getInterest(db, id, today);
  const member = interest && user ? (await roleIn(db, user.id, interest.profileId)) !== null : false;
  // Outsiders see open interests of published organisations only; members-only ones need a session.
  const visible = interest !== null && (member || (interest.state === "open" && interest.profilePublished && (interest.visibility === "public" || user !== null)));
  if (!visible || !interest) {
    if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/interests/${rawId}`)}`);
    notFound();
  }
  const query = await searchParams;
  const t = await getTranslations("interests");
  const locale = await getFormatLocale();
  const types = await getTranslations("labels.organisationTypes");
  const typeLabel = (type: (typeof interest.partnerTypes)[number]) => types(type);
  const day = (iso: string) => formatDate(iso, locale) ?? iso;
  const reciprocalT = await getTranslations("matching.reciprocal");
  const matchingT = await getTranslations("matching");
  const themeNames = await getThemeNames(db, await getLocale());
  // The target regions' names (countries in the reader's language), for the reasons and the facts.
  const placeNames = Object.fromEntries(interest.targetRegions.map((r) => [r.code, formatPlace(r, locale)]));
  // No countries chosen: the matches come from the programme's area when its rule records one.
  const programmeAreaCountries = interest.wantedCountryList.length ? [] : interestCountries(interest);
  // A cross-border programme's area is its countries' border regions, not the countries whole.
  const borderRegionsOnly = interest.programmeCode ? programmeStrand(interest.programmeCode) === "cross-border" : false;
  const reasonContext: ReciprocalWordsContext = {
    locale,
    t: (key, values) => reciprocalT(key as Parameters<typeof reciprocalT>[0], values),
    themeLabel: (theme) => themeName(themeNames, theme),
  };
  const filter = parseMatchFilter(query);
  const [matches, reciprocal] = member ? await Promise.all([listStoredMatches(db, id), listReciprocalMatches(db, id, today)]) : [[], []];
  const shortlistOptions = member && user ? await shortlistChoices(db, user.id) : undefined;
  // "Where would this organisation rank?": asked in the URL, answered for the members only.
  const placeAsk = member ? parsePlaceRequest(query) : null;
  const placed = placeAsk ? await placeInInterest(db, id, placeAsk) : null;
  // A text in another language was also read in English, the knowledge base's language: say how.
  const reading = member && matches.length ? await englishReadingOf(db, interestText(interest)) : null;
  const shown = applyMatchFilter(matches, filter);
  // Matches with a reason about the interest first; those found for their activity alone folded below.
  const ranked = splitByReason(shown);
  const dismissed = matches.filter((m) => m.dismissed);
  const fresh = newMatches(matches, new Date());
  const choices = matchFilterChoices(matches, filter);
  const notice = query.published
    ? matches.length
      ? t("page.publishedWithMatches")
      : t("page.published")
    : query.saved
      ? t("page.saved")
      : null;
  // CORDIS does not tell clusters or agencies apart: they are "Other", "Public authority" or "Association or NGO" there.
  const typesCordisLacks = interest.partnerTypes.some((t) => t === "cluster_organisation" || t === "development_agency");

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/interests", label: t("crumb") }, { label: interest.title }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">{interest.title}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <InterestStateBadge state={interest.state} />
          <span>
            {t.rich("page.by", {
              name: interest.organisationName,
              type: typeLabel(interest.organisationType),
              country: formatCountry(interest.countryCode, locale, interest.countryName) ?? "",
              link: (chunks) => (
                <Link href={`/profiles/${interest.profileId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </span>
          {/* On a phone the line wraps: no separator to start a line with. */}
          <span aria-hidden className="hidden sm:inline">·</span>
          <span className="whitespace-nowrap">{t(interest.state === "expired" ? "page.expiredOn" : "page.until", { date: day(interest.deadline) })}</span>
          {interest.visibility === "public" ? <Badge variant="outline">{t("page.public")}</Badge> : <Badge variant="muted">{t("page.membersOnly")}</Badge>}
        </div>
      </div>

      {notice ? (
        <p role="status" className="rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}

      {member && interest.state !== "open" ? (
        <div className="flex flex-col gap-3 rounded-xl border border-warning/30 bg-warning-background p-4 text-sm sm:flex-row sm:items-center sm:justify-between">
          <p className="text-warning">
            {interest.state === "expired"
              ? t("page.expiredNotice", { date: day(interest.deadline) })
              : t("page.closedNotice")}
          </p>
          <RenewButton interestId={id} label={interest.state === "expired" ? t("page.renew90") : t("page.reopen90")} />
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <CardHeader>
            <CardTitle>{t("page.project")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <p className="text-sm whitespace-pre-line break-words">{interest.description}</p>
            <FactList>
              <Fact label={t("page.programme")}>
                {interest.programmeName}
                {interest.topicCode ? ` — ${interest.topicCode}` : interest.callTopic ? ` — ${interest.callTopic}` : ""}
              </Fact>
              <Fact label={t("page.themes")} missing={t("page.noneChosen")}>
                {interest.themeList.length ? namedThemes(themeNames, interest.themeList).map((theme) => theme.label).join(", ") : null}
              </Fact>
              <Fact label={t("page.partnerTypes")} missing={t("page.anyType")}>
                {interest.partnerTypes.length ? interest.partnerTypes.map(typeLabel).join(", ") : null}
              </Fact>
              <Fact label={t("page.countries")} missing={t("page.anyCountry")}>
                {interest.wantedCountryList.length
                  ? formatCountryList(interest.wantedCountryList, locale)
                  : programmeAreaCountries.length
                    ? t(borderRegionsOnly ? "page.programmeAreaBorder" : "page.programmeArea", {
                        countries: programmeAreaCountries
                          .map((c) => formatCountry(c, locale) ?? c)
                          .sort((a, b) => a.localeCompare(b, locale))
                          .join(", "),
                      })
                    : null}
              </Fact>
              {interest.newPartnersOnly ? <Fact label={t("page.partners")}>{t("page.newPartnersOnly")}</Fact> : null}
              <Fact label={t("page.regions")} missing={t("page.notGiven")}>
                {interest.targetRegions.length ? interest.targetRegions.map((r) => (r.name === r.code ? r.code : `${formatPlace(r, locale)} (${r.code})`)).join(", ") : null}
              </Fact>
              <Fact label={t("page.ourRole")}>{t(`role.${interest.ownRole}`)}</Fact>
              <Fact label={t("page.budget")} missing={t("page.notGiven")}>
                {interest.budgetBand ? t(`budget.${interest.budgetBand}`) : null}
              </Fact>
            </FactList>
          </CardContent>
        </Card>
        {member ? (
          <Card className="self-start">
            <CardHeader>
              <CardTitle>{t("page.manage")}</CardTitle>
              <CardDescription>
                {interest.matchesComputedAt
                  ? t("page.computedAt", {
                      date: `${new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(interest.matchesComputedAt)} UTC`,
                    })
                  : t("page.notComputed")}
                {interest.state === "open" ? ` ${t(interest.matchesStale ? "page.staleNote" : "page.refreshNote")}` : null}
              </CardDescription>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-2 pt-0">
              <Button asChild size="sm" variant="outline">
                <Link href={`/interests/${id}/edit`}>
                  <Pencil aria-hidden /> {t("page.edit")}
                </Link>
              </Button>
              {interest.state === "open" ? (
                <>
                  <RecomputeButton interestId={id} />
                  <RenewButton interestId={id} label={t("page.extend90")} />
                  <CloseButton interestId={id} />
                </>
              ) : null}
            </CardContent>
          </Card>
        ) : (
          <Card className="self-start">
            <CardHeader>
              <CardTitle>{t("page.postedBy")}</CardTitle>
              <CardDescription>
                {t.rich("page.postedByText", {
                  name: interest.organisationName,
                  type: typeLabel(interest.organisationType),
                  country: formatCountry(interest.countryCode, locale, interest.countryName) ?? "",
                  link: (chunks) => (
                    <Link href={`/profiles/${interest.profileId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </CardDescription>
            </CardHeader>
          </Card>
        )}
      </div>

      {member ? (
        <section aria-labelledby="reciprocal-heading" className="flex flex-col gap-3">
          <h2 id="reciprocal-heading" className="flex items-center gap-2 text-lg font-semibold">
            <Handshake aria-hidden className="size-5 text-primary" /> {t("page.mutual")}
          </h2>
          <p className="-mt-2 text-sm text-muted-foreground">{t("page.mutualIntro")}</p>
          {reciprocal.length ? (
            <ul className="flex flex-col gap-3">
              {reciprocal.map((r) => (
                <li key={r.interestId} className="rounded-xl border border-primary/30 bg-card p-4 shadow-xs">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge>{t("page.mutualBadge")}</Badge>
                    <Link href={`/interests/${r.interestId}`} className="font-semibold text-primary underline-offset-4 hover:underline">
                      {r.title}
                    </Link>
                  </div>
                  <p className="mt-1 text-sm text-muted-foreground">
                    <Link href={`/profiles/${r.profileId}`} className="underline-offset-4 hover:underline">
                      {r.organisationName}
                    </Link>{" "}
                    · {t("page.mutualLine", { type: typeLabel(r.organisationType), country: formatCountry(r.countryCode, locale, r.countryName) ?? "", date: day(r.deadline) })}
                  </p>
                  <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
                    {reciprocalReasonsIn(r, reasonContext).map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded-xl border border-dashed px-4 py-3 text-sm text-muted-foreground">
              {t(interest.newPartnersOnly ? "page.mutualNoneNew" : "page.mutualNone")}
            </p>
          )}
        </section>
      ) : null}

      {member ? (
        <section aria-labelledby="matches-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="matches-heading" className="text-lg font-semibold">
                {t("page.matches")}
              </h2>
              <p className="text-sm text-muted-foreground">{t(interest.newPartnersOnly ? "page.matchesIntroNew" : "page.matchesIntro")}</p>
              {reading ? (
                <p className="mt-1 flex items-start gap-2 text-sm text-muted-foreground" data-testid="english-reading">
                  <Languages aria-hidden className="mt-0.5 size-4 shrink-0" />
                  <span>
                    {t.rich("page.readInEnglish", {
                      language: formatLanguage(reading.language, locale),
                      words: () => (
                        <JoinedList
                          items={distinctNames(reading)}
                          text={(name) => name}
                          locale={locale}
                          render={(name, words, key) => (
                            <span key={key} className="font-medium text-foreground">
                              {t.rich("page.readInEnglishWord", { word: () => <span lang="en">{words}</span> })}
                            </span>
                          )}
                        />
                      ),
                    })}
                  </span>
                </p>
              ) : null}
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <SaveSearch path={`/interests/${id}`} defaultName={interest.title} />
                {matches.some((m) => !m.dismissed) ? (
                  <a href={`/interests/${id}/export`} download className={`${quietButtonClass} w-fit print:hidden`}>
                    <Download aria-hidden className="size-4" />
                    {matchingT("csv.download")}
                  </a>
                ) : null}
              </div>
            </div>
            {matches.length ? (
              <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("page.filterMatches")}>
                <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
                  {t("page.type")}
                  <NativeSelect name="type" defaultValue={filter.type ?? ""} className="w-full sm:w-52">
                    <option value="">{t("page.allTypes")}</option>
                    {choices.types.map((choice) => (
                      <option key={choice.type} value={choice.type}>
                        {typeLabel(choice.type)} ({choice.count})
                      </option>
                    ))}
                  </NativeSelect>
                </label>
                <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
                  {t("page.country")}
                  <NativeSelect name="country" defaultValue={filter.country ?? ""} className="w-full sm:w-44">
                    <option value="">{t("page.allCountries")}</option>
                    {choices.countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {formatCountry(c.code, locale, c.name)} ({c.count})
                      </option>
                    ))}
                  </NativeSelect>
                </label>
                <Button type="submit" size="sm" variant="outline">
                  {t("page.filter")}
                </Button>
                {filter.type || filter.country ? (
                  <Button asChild size="sm" variant="ghost">
                    <Link href={`/interests/${id}`}>{t("page.clear")}</Link>
                  </Button>
                ) : null}
              </form>
            ) : null}
          </div>
          {interest.matchError ? (
            <p role="alert" className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
              <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />{" "}
              {interest.matchError === say("interests.page.matchError") ? t("page.matchError") : interest.matchError}
            </p>
          ) : null}
          {shown.length ? (
            <>
              <ol className="flex flex-col gap-3" aria-label={t("page.ranked")}>
                {ranked.specific.map((m, i) => (
                  <MatchCard key={m.rank} match={m} interestId={id} position={i + 1} best={shown[0]!.score} shortlists={shortlistOptions} interestTitle={interest.title} themeNames={themeNames} placeNames={placeNames} isNew={fresh.has(m)} />
                ))}
              </ol>
              {ranked.activityOnly.length ? (
                <details>
                  <summary className="cursor-pointer rounded-xl border border-dashed bg-card px-4 py-3 text-sm font-medium">
                    <span>{t("page.activityOnly", { count: ranked.activityOnly.length })}</span>
                    <span className="mt-1 block font-normal text-muted-foreground">{t("page.activityOnlyText")}</span>
                  </summary>
                  <ol className="mt-3 flex flex-col gap-3" aria-label={t("page.activityOnlyList")}>
                    {ranked.activityOnly.map((m, i) => (
                      <MatchCard key={m.rank} match={m} interestId={id} position={ranked.specific.length + i + 1} best={shown[0]!.score} shortlists={shortlistOptions} interestTitle={interest.title} themeNames={themeNames} placeNames={placeNames} isNew={fresh.has(m)} />
                    ))}
                  </ol>
                </details>
              ) : null}
            </>
          ) : (
            <EmptyState title={matches.length ? t("page.noneOfFilter") : t("page.noneYet")}>
              {matches.length ? t("page.noneOfFilterText") : typesCordisLacks ? t("page.noneCordisText") : t("page.noneText")}
            </EmptyState>
          )}
          <PlaceLookup
            interestId={id}
            ask={placeAsk}
            placed={placed}
            matches={matches}
            partnerTypes={interest.partnerTypes}
            countries={interest.wantedCountryList.length ? interest.wantedCountryList.map((c) => c.code) : programmeAreaCountries}
            locale={locale}
            hidden={{ type: filter.type, country: filter.country }}
            card={{ best: shown[0]?.score ?? matches[0]?.score ?? 1, shortlists: shortlistOptions, interestTitle: interest.title, themeNames, placeNames }}
          />
          {dismissed.length ? (
            <details className="rounded-xl border bg-card px-4 py-3">
              <summary className="cursor-pointer text-sm font-medium">{t("page.dismissed", { count: dismissed.length })}</summary>
              <ul className="mt-2 flex flex-col divide-y">
                {dismissed.map((m) => (
                  <li key={m.rank} className="flex items-center justify-between gap-3 py-2 text-sm">
                    <Link href={matchHref(m)} className="text-primary underline-offset-4 hover:underline">
                      {m.name}
                    </Link>
                    <DismissButton interestId={id} organisationId={m.organisationId} profileId={m.profileId} name={m.name} undo />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
