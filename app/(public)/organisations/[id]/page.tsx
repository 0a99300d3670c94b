import { getFormatLocale } from "@/lib/i18n/server";
import { Globe, MapPin, Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { cache, Fragment, Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { OrganisationActivity } from "@/components/charts/organisation-activity";
import { OrganisationNetwork } from "@/components/network/organisation-network";
import { EmptyState } from "@/components/empty-state";
import { Fact, FactList } from "@/components/fact-list";
import { ListPagination, ResultSummary } from "@/components/list-pagination";
import { organisationDisplayName } from "@/components/organisation-name";
import { CallTopicLine, hasProjectDates, ProjectDates } from "@/components/project-list";
import { ProjectStatusBadge, todayIso } from "@/components/project-status-badge";
import { OrganisationThemes } from "@/components/organisations/organisation-themes";
import { RegisteredMark, RegisteredProfileSummary } from "@/components/organisations/registered-profile";
import { RoleSwitch } from "@/components/organisations/role-switch";
import { getThemeNames } from "@/db/queries/theme-names";
import { namedThemes } from "@/lib/search/theme-names";
import { OrganisationListRow } from "@/components/organisations/organisation-list-row";
import { SimilarOrganisations } from "@/components/organisations/similar-organisations";
import { SourceAttribution } from "@/components/source-attribution";
import { MatchedParts, PartialMatchNote } from "@/components/search/partial-match-note";
import { ContactOrganisation } from "@/components/messaging/contact-organisation";
import { FitForYourInterests } from "@/components/interests/fit-for-your-interests";
import { ShortlistButton } from "@/components/shortlists/shortlist-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import {
  getOrganisation,
  listFrequentPartners,
  listOrganisationProjects,
  listOrganisationThemeCounts,
  type OrganisationDetail,
  type OrganisationProject,
} from "@/db/queries/organisations";
import { similarOrganisations } from "@/db/queries/similar-organisations";
import { getRegisteredHolder } from "@/db/queries/members";
import { DATA_SOURCES } from "@/lib/importers/sources";
import { formatCountry, formatNumber } from "@/lib/format";
import { externalIdKey, isUntitledProject, programmeLabel, projectRole, websiteHref, websiteLabel } from "@/lib/projects";
import { tellingThemes } from "@/lib/organisations/theme-profile";
import { parseId, parsePage } from "@/lib/url-state";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PROJECTS_PAGE_SIZE = 20;
/** Themes listed under "What it works on". */
const THEMES_SHOWN = 12;
/** The Interreg themes (or fields of science) its projects are listed under through the crosswalk, at most. */
const LINKED_THEMES_SHOWN = 8;

/** One read per request, shared by the metadata and the page; null for unknown or malformed ids. */
const loadOrganisation = cache(async (rawId: string): Promise<OrganisationDetail | null> => {
  const id = parseId(rawId);
  if (id === null) return null;
  await connection();
  return getOrganisation(getDb(), id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [org, t, labels] = await Promise.all([loadOrganisation((await params).id), getTranslations("organisations.meta"), getTranslations("labels")]);
  if (!org) return { title: t("notFound") };
  return { title: organisationDisplayName({ ...org, pic: org.pics[0] }, labels) };
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const org = await loadOrganisation((await params).id);
  if (!org) notFound();
  const query = await searchParams;
  const page = parsePage(query.page);
  const [locale, t, labels] = await Promise.all([getFormatLocale(), getTranslations("organisations.page"), getTranslations("labels")]);
  const db = getDb();
  const themeNames = await getThemeNames(db, await getLocale());
  // What it works on; a theme chosen there (?theme=) lists its projects on it. An id that is none of
  // its themes lists them all.
  const themeCounts = await listOrganisationThemeCounts(db, org.id);
  const themeParam = typeof query.theme === "string" ? parseId(query.theme) : null;
  const chosen = themeCounts.find((c) => c.id === themeParam) ?? null;
  // Its own themes, and apart those its projects reach only through the crosswalk, by vocabulary.
  // (The chosen theme is shown in its group even when it is not among the telling ones.)
  const shown = (group: typeof themeCounts, limit: number) => {
    const telling = tellingThemes(group, limit);
    return chosen && group.includes(chosen) && !telling.includes(chosen) ? [...telling, chosen] : telling;
  };
  const shownThemes = namedThemes(themeNames, shown(themeCounts.filter((c) => c.own), THEMES_SHOWN));
  const linkedThemes = (["keep", "euroscivoc"] as const).map((scheme) => ({
    scheme,
    themes: namedThemes(themeNames, shown(themeCounts.filter((c) => !c.own && c.scheme === scheme), LINKED_THEMES_SHOWN)),
  }));
  const chosenTheme = chosen ? [...shownThemes, ...linkedThemes.flatMap((g) => g.themes)].find((t) => t.id === chosen.id)! : null;
  // Its projects matching a text (?q=, from the organisation search's "matching" counts or the form below).
  const textFilter = typeof query.q === "string" ? query.q.trim().slice(0, MAX_QUERY_LENGTH) : "";
  // The consortia it led (?role=led, from "coordinated N consortia" below or the role switch above
  // its projects), alone or among its projects on a theme or matching a text.
  const ledOnly = query.role === "led";
  const projects = await listOrganisationProjects(db, org.id, { page, pageSize: PROJECTS_PAGE_SIZE, themeId: chosen?.id, q: textFilter || undefined, led: ledOnly });
  const [partners, similar] = await Promise.all([listFrequentPartners(db, org.id, 10), similarOrganisations(db, org.id)]);
  // The registered organisation that holds this record (a verified claim), shown without its members.
  const holder = await getRegisteredHolder(db, org.id);
  const registered = holder && { ...holder, themes: namedThemes(themeNames, holder.themes) };
  const listHref = (n: number, led = ledOnly) => {
    const params = new URLSearchParams();
    if (chosen) params.set("theme", String(chosen.id));
    if (textFilter) params.set("q", textFilter);
    if (led) params.set("role", "led");
    if (n > 1) params.set("page", String(n));
    const search = params.toString();
    return search ? `/organisations/${org.id}?${search}` : `/organisations/${org.id}`;
  };
  const today = todayIso();
  const showDates = projects.rows.some(hasProjectDates);

  const pic = org.pics[0] ?? null;
  const unnamed = org.name === null;
  const website = websiteHref(org.website);
  const counts = org.roleCounts;
  const roleSummary = [
    counts.coordinator ? (
      <Link key="led" href={`/organisations/${org.id}?role=led#projects-heading`} className="text-primary underline underline-offset-4">
        {t("roleCounts.coordinator", { count: counts.coordinator })}
      </Link>
    ) : null,
    counts.soleBeneficiary ? t("roleCounts.soleBeneficiary", { n: formatNumber(counts.soleBeneficiary, locale) }) : null,
    counts.partner ? t("roleCounts.partner", { n: formatNumber(counts.partner, locale) }) : null,
    counts.associated_partner ? t("roleCounts.associatedPartner", { n: formatNumber(counts.associated_partner, locale) }) : null,
    counts.third_party ? t("roleCounts.linkedThirdParty", { n: formatNumber(counts.third_party, locale) }) : null,
  ].filter(Boolean);
  const typeLabel = labels(`organisationTypes.${org.type}`);
  const attributionSources = [...org.sources, ...(org.regions.length > 0 ? [{ ...DATA_SOURCES.nuts }] : [])];

  return (
    <article className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/organisations", label: t("breadcrumb") }, { label: org.shortName ?? org.name ?? labels("unnamedOrganisation") }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {unnamed ? <span className="text-muted-foreground italic">{organisationDisplayName({ ...org, pic }, labels)}</span> : org.name}
        </h1>
        {org.shortName && !unnamed && org.shortName !== org.name ? <p className="mt-1 text-lg text-muted-foreground">{org.shortName}</p> : null}
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {registered ? <RegisteredMark /> : null}
          <Badge variant="secondary">{typeLabel}</Badge>
          {/* An SME whose type is already "SME" would show the same word twice. */}
          {org.isSme && org.type !== "sme" ? <Badge variant="outline">{labels("sme")}</Badge> : null}
          {org.countryName || org.city ? (
            <span className="inline-flex items-center gap-1.5">
              <MapPin aria-hidden className="size-4" />
              {uniqueCaseInsensitive([org.city, formatCountry(org.countryCode, locale, org.countryName)]).join(", ")}
            </span>
          ) : null}
        </div>
        <div className="mt-3 flex flex-wrap items-start gap-2">
          <ContactOrganisation organisationId={org.id} name={org.name ?? t("thisOrganisationCapital")} registeredProfileId={registered?.id ?? null} />
          <ShortlistButton className="w-fit" item={{ kind: "organisation", id: org.id, name: org.name ?? t("thisOrganisation") }} />
        </div>
        {unnamed ? (
          <p className="mt-3 max-w-2xl text-sm text-muted-foreground">
            {t("unnamedNote")}
          </p>
        ) : null}
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        {/* Facts first on a phone, beside the projects on a wide screen; partners after the projects. */}
        <aside className="flex flex-col gap-4 lg:col-start-2 lg:row-start-1" aria-label={t("factsLabel")}>
          {registered ? (
            <Card className="border-success/40">
              <CardHeader>
                <CardTitle>{t("onConsortia")}</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <RegisteredProfileSummary profile={registered} />
              </CardContent>
            </Card>
          ) : null}
          {unnamed ? null : (
            <Suspense fallback={null}>
              <FitForYourInterests organisationId={org.id} />
            </Suspense>
          )}
          <Card>
            <CardHeader>
              <CardTitle>{t("keyFacts")}</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <FactList>
                <Fact label={t("name")}>{org.name}</Fact>
                <Fact label={t("shortName")} missing={null}>
                  {org.shortName}
                </Fact>
                <Fact label={t("type")}>
                  {typeLabel}
                  {org.sourceType ? (
                    <span className="block text-xs font-normal text-muted-foreground">
                      {t("inTheSource")} <span lang="en">{org.sourceType}</span>
                    </span>
                  ) : null}
                </Fact>
                <Fact label={labels("sme")} missing={labels("notStated")}>
                  {org.isSme === null ? null : org.isSme ? labels("yes") : labels("no")}
                </Fact>
                <Fact label={t("country")}>{formatCountry(org.countryCode, locale, org.countryName)}</Fact>
                <Fact label={t("nutsRegion")} missing={org.nutsCode ? org.nutsCode : labels("notPublished")}>
                  {org.regions.length > 0 ? (
                    <ul className="space-y-0.5">
                      {org.regions
                        .slice()
                        .reverse()
                        .map((r, i) => (
                          <li key={r.code} className={i === 0 ? undefined : "text-xs font-normal text-muted-foreground"}>
                            {r.name} <span className="font-mono text-xs font-normal text-muted-foreground">{r.code}</span>
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </Fact>
                <Fact label={t("city")}>{org.city}</Fact>
                <Fact label={t("website")}>
                  {website ? (
                    <a href={website} rel="noopener noreferrer" className="inline-flex items-start gap-1.5 break-all text-primary underline-offset-4 hover:underline">
                      <Globe aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                      {websiteLabel(website)}
                    </a>
                  ) : null}
                </Fact>
                <Fact label={t("pics", { count: org.pics.length })} missing={null}>
                  {org.pics.length > 0 ? <span className="font-mono">{org.pics.join(", ")}</span> : null}
                </Fact>
              </FactList>
            </CardContent>
          </Card>
          <OrganisationThemes organisationId={org.id} themes={shownThemes} linked={linkedThemes} selectedId={chosen?.id ?? null} locale={locale} />
        </aside>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Card>
            {/* The role switch beside the title and summary (under them on a phone); the summary stays the title's next sibling. */}
            <CardHeader className="sm:grid sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-x-4">
              <CardTitle id="projects-heading" className="text-lg">
                {t("projects")}
              </CardTitle>
              <CardDescription>
                {org.projectCount === 0 ? (
                  t("noProjects")
                ) : textFilter ? (
                  <>
                    <span className="font-medium text-foreground">
                      {chosenTheme
                        ? t.rich(ledOnly ? "consortiaMatchingOnTheme" : "projectsMatchingOnTheme", {
                            count: projects.total,
                            n: formatNumber(projects.total, locale),
                            q: textFilter,
                            theme: () => <span lang={chosenTheme.lang}>{chosenTheme.label}</span>,
                          })
                        : t(
                            ledOnly
                              ? projects.partialMatch ? "consortiaMatchingPart" : "consortiaMatching"
                              : projects.partialMatch ? "projectsMatchingPart" : "projectsMatching",
                            { count: projects.total, n: formatNumber(projects.total, locale), q: textFilter },
                          )}
                    </span>{" "}
                    <Link href={`/organisations/${org.id}#projects-heading`} className="font-medium text-primary underline underline-offset-4">
                      {t("showAllProjectsCount", { count: org.projectCount, n: formatNumber(org.projectCount, locale) })}
                    </Link>
                  </>
                ) : ledOnly && !chosenTheme ? (
                  <>
                    <span className="font-medium text-foreground">{t("consortiaCoordinated", { count: projects.total, n: formatNumber(projects.total, locale) })}</span>{" "}
                    <Link href={`/organisations/${org.id}#projects-heading`} className="font-medium text-primary underline underline-offset-4">
                      {t("showAllProjectsCount", { count: org.projectCount, n: formatNumber(org.projectCount, locale) })}
                    </Link>
                  </>
                ) : chosenTheme ? (
                  <>
                    <span className="font-medium text-foreground">
                      {t.rich(ledOnly ? "consortiaOnTheme" : "projectsOnTheme", {
                        count: projects.total,
                        n: formatNumber(projects.total, locale),
                        theme: () => <span lang={chosenTheme.lang}>{chosenTheme.label}</span>,
                      })}
                    </span>{" "}
                    <Link href={`/organisations/${org.id}#projects-heading`} className="font-medium text-primary underline underline-offset-4">
                      {t("showAllProjectsCount", { count: org.projectCount, n: formatNumber(org.projectCount, locale) })}
                    </Link>
                  </>
                ) : (
                  <>
                    <span className="font-medium text-foreground">
                      {t("projectCount", { count: org.projectCount, n: formatNumber(org.projectCount, locale) })}
                    </span>
                    {roleSummary.length > 0
                      ? t.rich("roleSummary", { roles: () => roleSummary.map((item, i) => <Fragment key={i}>{i > 0 ? ", " : null}{item}</Fragment>) })
                      : null}
                  </>
                )}
              </CardDescription>
              {counts.coordinator ? (
                <RoleSwitch
                  className="mt-2 sm:col-start-2 sm:row-span-2 sm:row-start-1 sm:mt-0 sm:self-start"
                  label={t("roleFilter")}
                  options={[
                    { label: t("roleFilterAll"), href: `${listHref(1, false)}#projects-heading`, current: !ledOnly },
                    { label: t("roleFilterLed"), href: `${listHref(1, true)}#projects-heading`, current: ledOnly },
                  ]}
                />
              ) : null}
            </CardHeader>
            <CardContent className="pt-3">
              {org.projectCount > PROJECTS_PAGE_SIZE || textFilter ? (
                <form action={`/organisations/${org.id}#projects-heading`} role="search" aria-label={t("searchProjectsLabel")} className="mb-3 flex max-w-md gap-2">
                  {chosen ? <input type="hidden" name="theme" value={chosen.id} /> : null}
                  {ledOnly ? <input type="hidden" name="role" value="led" /> : null}
                  <label htmlFor="project-text" className="sr-only">
                    {t("searchProjectsLabel")}
                  </label>
                  <div className="relative flex-1">
                    <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
                    <Input id="project-text" name="q" type="search" defaultValue={textFilter} placeholder={t("searchProjectsPlaceholder")} maxLength={MAX_QUERY_LENGTH} autoComplete="off" className="pl-9" />
                  </div>
                  <Button type="submit" variant="outline">
                    {t("searchProjectsButton")}
                  </Button>
                </form>
              ) : null}
              {projects.partialMatch ? (
                <div className="mb-3">
                  <PartialMatchNote partial={projects.partialMatch} of="itsProjects" locale={locale} />
                </div>
              ) : null}
              {projects.rows.length > 0 ? (
                <>
                  <Table aria-labelledby="projects-heading">
                    <TableHeader>
                      <TableRow className="hover:bg-transparent">
                        <TableHead className="pl-0">{t("project")}</TableHead>
                        <TableHead>{t("role")}</TableHead>
                        {showDates ? <TableHead className="hidden md:table-cell">{t("dates")}</TableHead> : null}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {projects.rows.map((p) => (
                        <OrganisationProjectRow
                          key={p.projectId}
                          project={p}
                          locale={locale}
                          today={today}
                          showDates={showDates}
                          note={projects.partialMatch ? <MatchedParts partial={projects.partialMatch} id={p.projectId} of="project" locale={locale} /> : null}
                        />
                      ))}
                    </TableBody>
                  </Table>
                  {projects.total > PROJECTS_PAGE_SIZE ? (
                    <div className="mt-4 flex flex-col items-center gap-1">
                      <ResultSummary total={projects.total} page={page} pageSize={PROJECTS_PAGE_SIZE} kind="projects" locale={locale} />
                      <ListPagination
                        total={projects.total}
                        page={page}
                        pageSize={PROJECTS_PAGE_SIZE}
                        hrefFor={(n) => listHref(n)}
                      />
                    </div>
                  ) : null}
                </>
              ) : (textFilter || ledOnly) && page === 1 ? (
                <EmptyState
                  title={
                    !ledOnly
                      ? t("noProjectsMatching", { q: textFilter })
                      : textFilter
                        ? t("noConsortiaMatching", { q: textFilter })
                        : chosenTheme
                          ? t.rich("noConsortiaOnTheme", { theme: () => <span lang={chosenTheme.lang}>{chosenTheme.label}</span> })
                          : t("noConsortia")
                  }
                >
                  <Link href={`/organisations/${org.id}#projects-heading`} className="font-medium text-primary underline underline-offset-4">
                    {t("showAllProjectsCount", { count: org.projectCount, n: formatNumber(org.projectCount, locale) })}
                  </Link>
                </EmptyState>
              ) : org.projectCount > 0 ? (
                <EmptyState title={t("nothingOnPage")}>
                  <Link href={listHref(1)} className="font-medium text-primary underline underline-offset-4">
                    {t("backToFirstPage")}
                  </Link>
                </EmptyState>
              ) : null}
            </CardContent>
          </Card>
          <OrganisationActivity organisationId={org.id} locale={locale} />
          <OrganisationNetwork organisationId={org.id} locale={locale} />
        </div>

        <div className="flex flex-col gap-4 lg:col-start-2 lg:row-start-2">
          <Card>
            <CardHeader>
              <CardTitle id="partners-heading">{t("frequentPartners")}</CardTitle>
              <CardDescription>{t("frequentPartnersDescription")}</CardDescription>
            </CardHeader>
            <CardContent className="pt-3">
              {partners.length > 0 ? (
                <ol className="flex flex-col divide-y text-sm" aria-labelledby="partners-heading">
                  {partners.map((p) => (
                    <OrganisationListRow key={p.id} org={p} locale={locale} projects={p.sharedProjects} />
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-muted-foreground">{t("noPartners")}</p>
              )}
            </CardContent>
          </Card>

          <SimilarOrganisations similar={similar} themeNames={themeNames} locale={locale} />

          <SourceAttribution sources={attributionSources} />
        </div>
      </div>
    </article>
  );
}

function OrganisationProjectRow({
  project: p,
  locale,
  today,
  showDates,
  note,
}: {
  project: OrganisationProject;
  locale: string;
  today: string;
  showDates: boolean;
  /** What the row says under the project (which parts of the query it has). */
  note?: React.ReactNode;
}) {
  const labels = useTranslations("labels");
  const untitled = isUntitledProject(p);
  const { key, led } = projectRole(p);
  const role = labels(`roles.${key}`);
  return (
    <TableRow>
      <TableCell className="pl-0">
        <Link href={`/projects/${p.projectId}`} className="group underline-offset-4">
          {untitled ? (
            <span className="text-muted-foreground italic group-hover:underline">
              {labels("untitledProjectWithId", { reference: labels(`externalId.${externalIdKey(p.sourceId)}`, { id: p.externalId, source: p.sourceId }) })}
            </span>
          ) : (
            <>
              {p.acronym ? <span className="font-semibold text-primary group-hover:underline">{p.acronym}</span> : null}
              {p.acronym && p.title ? <span className="sr-only"> — </span> : null}
              {p.title ? (
                <span className="block text-foreground line-clamp-2 group-hover:underline">{p.title}</span>
              ) : p.topicTitle ? (
                <CallTopicLine title={p.topicTitle} className="block text-xs line-clamp-2" />
              ) : null}
            </>
          )}
        </Link>
        <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          <span>{programmeLabel(p.programme)}</span>
          <span className="md:hidden">
            <ProjectDates start={p.startDate} end={p.endDate} callYear={p.callYear} locale={locale} />
          </span>
        </div>
        {note ? <p className="mt-1 text-sm text-muted-foreground">{note}</p> : null}
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {led ? (
          <Badge variant="secondary">{role}</Badge>
        ) : (
          <span className="text-muted-foreground">{role}</span>
        )}
      </TableCell>
      {showDates ? (
        <TableCell className="hidden text-muted-foreground md:table-cell">
          <div className="flex flex-col items-start gap-1 text-xs">
            <ProjectDates start={p.startDate} end={p.endDate} callYear={p.callYear} locale={locale} />
            <ProjectStatusBadge start={p.startDate} end={p.endDate} status={p.status} today={today} />
          </div>
        </TableCell>
      ) : null}
    </TableRow>
  );
}

/** "Luxembourg, Luxembourg" → "Luxembourg": a city-state's city and country share a name. */
function uniqueCaseInsensitive(parts: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  return parts.filter((part): part is string => {
    const key = part?.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
