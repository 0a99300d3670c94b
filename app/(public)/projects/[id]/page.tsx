import { getFormatLocale } from "@/lib/i18n/server";
import { CalendarDays, ExternalLink, Globe, Languages } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Fact, FactList } from "@/components/fact-list";
import { LongText } from "@/components/long-text";
import { OrganisationName } from "@/components/organisation-name";
import { ShortlistButton } from "@/components/shortlists/shortlist-button";
import { PartnershipCallout } from "@/components/partnership-callout";
import { partnersText } from "@/components/project-list";
import { ProjectStatusBadge, todayIso } from "@/components/project-status-badge";
import { SimilarProjects } from "@/components/similar-projects";
import { SourceAttribution } from "@/components/source-attribution";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { getProject, type ProjectDetail } from "@/db/queries/projects";
import { similarProjects } from "@/db/queries/similar-projects";
import { getThemeNames } from "@/db/queries/theme-names";
import { namedThemes } from "@/lib/search/theme-names";
import { formatCountry, formatDate, formatLanguage, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import {
  beneficiaryCount,
  externalIdKey,
  isBeneficiary,
  isUntitledProject,
  participationRoleKey,
  programmeLabel,
  projectSourceLink,
  projectStatus,
  projectStatusKeys,
  websiteHref,
  websiteLabel,
} from "@/lib/projects";
import { parseId } from "@/lib/url-state";

type Props = { params: Promise<{ id: string }> };

/** One read per request, shared by the metadata and the page; null for unknown or malformed ids. */
const loadProject = cache(async (rawId: string): Promise<ProjectDetail | null> => {
  const id = parseId(rawId);
  if (id === null) return null;
  await connection();
  return getProject(getDb(), id);
});

type Labels = Awaited<ReturnType<typeof getTranslations<"labels">>>;

/** "Untitled project (CORDIS record 1234)", in the reader's language. */
function untitledName(p: Pick<ProjectDetail, "sourceId" | "externalId">, labels: Labels): string {
  const reference = labels(`externalId.${externalIdKey(p.sourceId)}`, { id: p.externalId, source: p.sourceId });
  return labels("untitledProjectWithId", { reference });
}

function projectName(p: Pick<ProjectDetail, "acronym" | "title" | "sourceId" | "externalId">, labels: Labels): string {
  if (isUntitledProject(p)) return untitledName(p, labels);
  return p.acronym && p.title ? `${p.acronym} — ${p.title}` : (p.acronym ?? p.title ?? "");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [project, t, labels] = await Promise.all([loadProject((await params).id), getTranslations("projects.meta"), getTranslations("labels")]);
  if (!project) return { title: t("notFound") };
  const summary = project.description?.replace(/\s+/g, " ").slice(0, 160);
  return { title: projectName(project, labels), description: summary };
}

export default async function ProjectPage({ params }: Props) {
  const project = await loadProject((await params).id);
  if (!project) notFound();
  const [locale, t, labels, list, uiLocale] = await Promise.all([
    getFormatLocale(),
    getTranslations("projects.page"),
    getTranslations("labels"),
    getTranslations("projects.list"),
    getLocale(),
  ]);
  const [themeNames, similar] = await Promise.all([getThemeNames(getDb(), uiLocale), similarProjects(getDb(), project.id)]);
  const today = todayIso();

  const lang = project.language || "en";
  // The project's own words keep their language, marked for screen readers and hyphenation; the
  // note on it shows when the reader's interface is in another language.
  const foreign = lang.toLowerCase().split("-")[0] !== uiLocale;
  const textLang = lang;
  const languageName = formatLanguage(lang, locale);
  const untitled = isUntitledProject(project);
  const start = formatDate(project.startDate, locale);
  const end = formatDate(project.endDate, locale);
  const status = projectStatus(project.startDate, project.endDate, project.status, today);
  const website = websiteHref(project.website);
  // Without a link to the project itself, the source's home still says where the facts come from.
  const link = projectSourceLink(project);
  const sourceLink =
    (link ? { href: link.href, label: labels(`sourceLink.${link.kind}`) } : null) ??
    (project.source.url
      ? { href: project.source.url, label: project.sourceId === "keep" ? "KEEP Platform (keep.eu)" : sourceHomeLabel(project.source.name, project.source.url) }
      : null);
  const family = project.programme.family;
  const partnersLine = partnersText(project.partnerCount, project.partners.length, locale, list);
  // A coordinator without another beneficiary is the sole beneficiary (an ERC grant, a fellowship).
  const beneficiaries = beneficiaryCount(project.partnerCount, project.partners.length, project.partners.filter((p) => isBeneficiary(p.role)).length);
  const role = (r: ProjectDetail["partners"][number]["role"]) => labels(`roles.${participationRoleKey(r, family, beneficiaries)}`);
  const showContribution = project.partners.some((p) => p.euContribution !== null);

  return (
    <article className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/projects", label: t("breadcrumb") }, { label: project.acronym ?? (untitled ? labels("untitledProject") : t("project")) }]} />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Badge variant="secondary">{family}</Badge>
          <span className="text-muted-foreground">{programmeLabel(project.programme)}</span>
        </div>
        <h1 lang={untitled ? undefined : lang} className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {untitled ? (
            <span className="text-muted-foreground italic">{untitledName(project, labels)}</span>
          ) : project.title ? (
            <>
              {project.title}
              {project.acronym ? <span className="font-normal text-muted-foreground"> ({project.acronym})</span> : null}
            </>
          ) : (
            project.acronym
          )}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted-foreground">
          <span className="inline-flex items-center gap-1.5">
            <CalendarDays aria-hidden className="size-4" />
            {start || end ? (
              <span className="tabular-nums">
                {t.rich("dates", {
                  start: start ?? t("dateNotPublished"),
                  end: end ?? t("dateNotPublished"),
                  value: (chunks) => <span className="text-foreground">{chunks}</span>,
                })}
              </span>
            ) : (
              <span>{t("noDates")}</span>
            )}
          </span>
          <ProjectStatusBadge start={project.startDate} end={project.endDate} status={project.status} today={today} />
        </div>
        <ShortlistButton className="mt-3 w-fit" item={{ kind: "project", id: project.id, name: project.acronym ?? project.title ?? t("thisProject") }} />
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        {/* Facts first on a phone, beside the text on a wide screen; the rest of the sidebar after the text. */}
        <aside className="flex flex-col gap-4 lg:col-start-2 lg:row-start-1" aria-label={t("factsLabel")}>
          <Card>
            <CardHeader>
              <CardTitle>{t("keyFacts")}</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <FactList>
                <Fact label={t("status")} missing={labels("unknown")}>
                  {status ? labels(`projectStatus.${projectStatusKeys[status]}`) : null}
                </Fact>
                <Fact label={t("startDate")}>{start}</Fact>
                <Fact label={t("endDate")}>{end}</Fact>
                <Fact label={t("totalBudget")}>{formatMoney(project.totalBudget, locale)}</Fact>
                <Fact label={t("euContribution")}>{formatMoney(project.euContribution, locale)}</Fact>
                <Fact label={t("cofinancingRate")}>{formatPercent(project.cofinancingRate, locale)}</Fact>
                <Fact label={t("programme")}>
                  <span className="block">{programmeLabel(project.programme)}</span>
                  <span className="block text-xs font-normal text-muted-foreground">
                    {family}
                    {project.programme.fullName && project.programme.fullName !== project.programme.name ? ` · ${project.programme.fullName}` : null}
                  </span>
                </Fact>
                <Fact label={t("programmePart")} missing={null}>
                  {project.programmePart ? (
                    <>
                      <span className="block">{project.programmePart.title}</span>
                      {project.programmePart.code !== project.programmePart.title ? (
                        <span className="block font-mono text-xs font-normal text-muted-foreground">{project.programmePart.code}</span>
                      ) : null}
                    </>
                  ) : null}
                </Fact>
                <Fact label={t("topic")} missing={null}>
                  {project.topic ? (
                    <>
                      {project.topic.title ? <span className="block">{project.topic.title}</span> : null}
                      <span className="block font-mono text-xs font-normal break-all text-muted-foreground">{project.topic.code}</span>
                    </>
                  ) : null}
                </Fact>
                <Fact label={t("partners")}>{partnersLine}</Fact>
                <Fact label={t("originalLanguage")}>
                  {languageName}
                </Fact>
              </FactList>
            </CardContent>
          </Card>

          {website || sourceLink ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("links")}</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <ul className="flex flex-col gap-2 text-sm">
                  {website ? (
                    <li>
                      <a href={website} rel="noopener noreferrer" className="inline-flex items-start gap-2 font-medium text-primary underline-offset-4 hover:underline">
                        <Globe aria-hidden className="mt-0.5 size-4 shrink-0" />
                        <span>
                          {t("website")} <span className="font-normal break-all text-muted-foreground">({websiteLabel(website)})</span>
                        </span>
                      </a>
                    </li>
                  ) : null}
                  {sourceLink ? (
                    <li>
                      <a href={sourceLink.href} rel="noopener noreferrer" className="inline-flex items-start gap-2 font-medium text-primary underline-offset-4 hover:underline">
                        <ExternalLink aria-hidden className="mt-0.5 size-4 shrink-0" />
                        {sourceLink.label}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </CardContent>
            </Card>
          ) : null}

        </aside>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Card>
            <CardContent className="flex flex-col gap-6">
              {foreign ? (
                <p className="flex items-center gap-2 rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground">
                  <Languages aria-hidden className="size-4 shrink-0" />
                  <span>{t.rich("originalLanguageNote", { language: languageName, strong: (chunks) => <span className="font-medium text-foreground">{chunks}</span> })}</span>
                </p>
              ) : null}
              <section aria-labelledby="description-heading">
                <h2 id="description-heading" className="mb-2 text-lg font-semibold">
                  {t("description")}
                </h2>
                {project.description ? (
                  <LongText text={project.description} lang={textLang} />
                ) : (
                  <p className="text-sm text-muted-foreground italic">
                    {t("noDescription")}
                    {project.topic?.title ? ` ${t("topicInKeyFacts")}` : null}
                  </p>
                )}
              </section>
              {project.expectedResults ? (
                <section aria-labelledby="results-heading">
                  <h2 id="results-heading" className="mb-2 text-lg font-semibold">
                    {t("expectedResults")}
                  </h2>
                  <LongText text={project.expectedResults} lang={textLang} />
                </section>
              ) : null}
              {project.achievements ? (
                <section aria-labelledby="achievements-heading">
                  <h2 id="achievements-heading" className="mb-2 text-lg font-semibold">
                    {t("achievements")}
                  </h2>
                  <LongText text={project.achievements} lang={textLang} />
                </section>
              ) : null}
            </CardContent>
          </Card>

          <Card>
            <CardHeader className={project.partners.length === 0 ? "pb-5" : undefined}>
              <CardTitle id="partners-heading" className="text-lg">
                {t("partners")}
              </CardTitle>
              <p className="text-sm text-muted-foreground">{partnersSummary(project, locale, t)}</p>
            </CardHeader>
            {project.partners.length > 0 ? (
              <CardContent className="pt-3">
                <Table aria-labelledby="partners-heading">
                  <TableHeader>
                    <TableRow className="hover:bg-transparent">
                      <TableHead className="pl-0">{t("organisation")}</TableHead>
                      <TableHead className="hidden sm:table-cell">{t("role")}</TableHead>
                      <TableHead className="hidden sm:table-cell">{t("country")}</TableHead>
                      {showContribution ? <TableHead className="hidden text-right md:table-cell">{t("euContribution")}</TableHead> : null}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {project.partners.map((p) => (
                      <TableRow key={p.organisationId}>
                        <TableCell className="pl-0">
                          <OrganisationName org={{ id: p.organisationId, name: p.name, shortName: p.shortName, pic: p.pic }} showShortName />
                          <div className="mt-0.5 text-xs text-muted-foreground">
                            {p.city}
                            <span className="sm:hidden">
                              {p.city && p.countryName ? ", " : null}
                              {formatCountry(p.countryCode, locale, p.countryName)}
                            </span>
                            {/* The type under the name, not in a column of its own: with the EU contribution, five
                                columns overflowed the main column of a desktop page. */}
                            {p.city || p.countryName ? <span className={p.city ? undefined : "sm:hidden"}> · </span> : null}
                            {labels(`organisationTypes.${p.type}`)}
                            {/* On a phone the role too, instead of a column that did not fit beside the name. */}
                            <span className="sm:hidden">
                              {" · "}
                              <span className={p.role === "coordinator" ? "font-medium text-foreground" : undefined}>{role(p.role)}</span>
                            </span>
                          </div>
                        </TableCell>
                        <TableCell className="hidden sm:table-cell">
                          {p.role === "coordinator" ? (
                            <Badge variant="secondary">{role(p.role)}</Badge>
                          ) : (
                            <span className="text-muted-foreground">{role(p.role)}</span>
                          )}
                        </TableCell>
                        <TableCell className="hidden whitespace-nowrap sm:table-cell">{formatCountry(p.countryCode, locale, p.countryName) ?? "—"}</TableCell>
                        {showContribution ? (
                          <TableCell className="hidden text-right whitespace-nowrap tabular-nums md:table-cell">{formatMoney(p.euContribution, locale) ?? "—"}</TableCell>
                        ) : null}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            ) : null}
          </Card>

          <SimilarProjects similar={similar} themeNames={themeNames} locale={locale} today={today} />
        </div>

        <div className="flex flex-col gap-4 lg:col-start-2 lg:row-start-2">
          {project.themes.length > 0 ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("themes")}</CardTitle>
                <CardDescription>{t("themesHint")}</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-col gap-3 pt-3">
                <ThemeBadges themes={namedThemes(themeNames, project.themes)} />
                {(["keep", "euroscivoc"] as const).map((scheme) => {
                  const linked = project.linkedThemes.filter((l) => l.scheme === scheme);
                  if (linked.length === 0) return null;
                  return (
                    <div key={scheme} className="flex flex-col gap-1.5">
                      <p className="text-xs text-muted-foreground">{t(scheme === "keep" ? "linkedKeep" : "linkedEuroscivoc")}</p>
                      <ThemeBadges themes={namedThemes(themeNames, linked)} />
                    </div>
                  );
                })}
              </CardContent>
            </Card>
          ) : null}

          <PartnershipCallout />

          <SourceAttribution sources={[project.source]} />
        </div>
      </div>
    </article>
  );
}

/** What the partners section can say: declared by the source, named by it, or both. */
function partnersSummary(project: ProjectDetail, locale: string, t: Awaited<ReturnType<typeof getTranslations<"projects.page">>>) {
  const known = project.partners.length;
  const declared = project.partnerCount;
  const n = (v: number) => formatNumber(v, locale);
  if (declared === null) return known > 0 ? t("partnersNamed", { count: known, n: n(known) }) : t("partnersNone");
  if (known === 0) return t("partnersDeclaredUnnamed", { count: declared, n: n(declared) });
  if (known < declared) return t("partnersDeclaredSome", { count: declared, n: n(declared), known: n(known) });
  return t("partnersDeclared", { count: declared, n: n(declared) });
}

/** "CORDIS – EU research projects under …" at https://cordis.europa.eu/ → "CORDIS (cordis.europa.eu)". */
function sourceHomeLabel(name: string, url: string): string {
  const short = name.split(/\s[–-]\s/)[0]?.trim() || name;
  try {
    return `${short} (${new URL(url).hostname.replace(/^www\./, "")})`;
  } catch {
    return short;
  }
}

/** A project's themes, each a link to the projects on it (the list's theme filter). */
function ThemeBadges({ themes }: { themes: { id: number; label: string; path: string; lang: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {themes.map((theme) => (
        <li key={theme.id}>
          <Link href={`/projects?theme=${theme.id}`} className="rounded-md focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
            <Badge variant="outline" title={theme.path} lang={theme.lang} className="font-normal whitespace-normal hover:bg-accent">
              {theme.label}
            </Badge>
          </Link>
        </li>
      ))}
    </ul>
  );
}
