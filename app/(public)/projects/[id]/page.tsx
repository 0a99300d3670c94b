import { getFormatLocale } from "@/lib/i18n/server";
import { CalendarDays, ExternalLink, Globe, Languages } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Fact, FactList } from "@/components/fact-list";
import { LongText } from "@/components/long-text";
import { OrganisationName } from "@/components/organisation-name";
import { ShortlistButton } from "@/components/shortlists/shortlist-button";
import { PartnershipCallout } from "@/components/partnership-callout";
import { partnersText } from "@/components/project-list";
import { ProjectStatusBadge, todayIso } from "@/components/project-status-badge";
import { SourceAttribution } from "@/components/source-attribution";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { getProject, type ProjectDetail } from "@/db/queries/projects";
import {formatDate, formatLanguage, formatMoney, formatPercent } from "@/lib/format";
import { organisationTypeLabel } from "@/lib/organisation-types";
import {
  externalIdLabel,
  isUntitledProject,
  participationRoleLabel,
  programmeLabel,
  projectSourceLink,
  projectStatus,
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

function projectName(p: Pick<ProjectDetail, "acronym" | "title" | "sourceId" | "externalId">): string {
  if (isUntitledProject(p)) return `Untitled project (${externalIdLabel(p.sourceId, p.externalId)})`;
  return p.acronym && p.title ? `${p.acronym} — ${p.title}` : (p.acronym ?? p.title ?? "");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await loadProject((await params).id);
  if (!project) return { title: "Project not found" };
  const summary = project.description?.replace(/\s+/g, " ").slice(0, 160);
  return { title: projectName(project), description: summary };
}

export default async function ProjectPage({ params }: Props) {
  const project = await loadProject((await params).id);
  if (!project) notFound();
  const locale = await getFormatLocale();
  const today = todayIso();

  const lang = project.language || "en";
  const foreign = !lang.toLowerCase().startsWith("en");
  const textLang = foreign ? lang : undefined;
  const languageName = formatLanguage(lang, locale);
  const untitled = isUntitledProject(project);
  const start = formatDate(project.startDate, locale);
  const end = formatDate(project.endDate, locale);
  const status = projectStatus(project.startDate, project.endDate, project.status, today);
  const website = websiteHref(project.website);
  // Without a link to the project itself, the source's home still says where the facts come from.
  const sourceLink =
    projectSourceLink(project) ??
    (project.source.url
      ? { href: project.source.url, label: project.sourceId === "keep" ? "KEEP Platform (keep.eu)" : sourceHomeLabel(project.source.name, project.source.url) }
      : null);
  const family = project.programme.family;
  const partnersLine = partnersText(project.partnerCount, project.partners.length, locale);
  const showContribution = project.partners.some((p) => p.euContribution !== null);

  return (
    <article className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/projects", label: "Projects" }, { label: project.acronym ?? (untitled ? "Untitled project" : "Project") }]} />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Badge variant="secondary">{family}</Badge>
          <span className="text-muted-foreground">{programmeLabel(project.programme)}</span>
        </div>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {untitled ? (
            <span className="text-muted-foreground italic">Untitled project ({externalIdLabel(project.sourceId, project.externalId)})</span>
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
                Start date: <span className="text-foreground">{start ?? "not published"}</span>, End date:{" "}
                <span className="text-foreground">{end ?? "not published"}</span>
              </span>
            ) : (
              <span>Dates not published by the source</span>
            )}
          </span>
          <ProjectStatusBadge start={project.startDate} end={project.endDate} status={project.status} today={today} />
        </div>
        <ShortlistButton className="mt-3 w-fit" item={{ kind: "project", id: project.id, name: project.acronym ?? project.title ?? "this project" }} />
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        {/* Facts first on a phone, beside the text on a wide screen; the rest of the sidebar after the text. */}
        <aside className="flex flex-col gap-4 lg:col-start-2 lg:row-start-1" aria-label="Project facts">
          <Card>
            <CardHeader>
              <CardTitle>Key facts</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <FactList>
                <Fact label="Status" missing="Unknown">
                  {status}
                </Fact>
                <Fact label="Start date">{start}</Fact>
                <Fact label="End date">{end}</Fact>
                <Fact label="Total budget">{formatMoney(project.totalBudget, locale)}</Fact>
                <Fact label="EU contribution">{formatMoney(project.euContribution, locale)}</Fact>
                <Fact label="EU co-financing rate">{formatPercent(project.cofinancingRate, locale)}</Fact>
                <Fact label="Programme">
                  <span className="block">{programmeLabel(project.programme)}</span>
                  <span className="block text-xs font-normal text-muted-foreground">
                    {family}
                    {project.programme.fullName && project.programme.fullName !== project.programme.name ? ` · ${project.programme.fullName}` : null}
                  </span>
                </Fact>
                <Fact label="Programme part" missing={null}>
                  {project.programmePart ? (
                    <>
                      <span className="block">{project.programmePart.title}</span>
                      {project.programmePart.code !== project.programmePart.title ? (
                        <span className="block font-mono text-xs font-normal text-muted-foreground">{project.programmePart.code}</span>
                      ) : null}
                    </>
                  ) : null}
                </Fact>
                <Fact label="Topic" missing={null}>
                  {project.topic ? (
                    <>
                      {project.topic.title ? <span className="block">{project.topic.title}</span> : null}
                      <span className="block font-mono text-xs font-normal break-all text-muted-foreground">{project.topic.code}</span>
                    </>
                  ) : null}
                </Fact>
                <Fact label="Partners">{partnersLine}</Fact>
                <Fact label="Original language">
                  <span lang={lang}>{languageName}</span>
                </Fact>
              </FactList>
            </CardContent>
          </Card>

          {website || sourceLink ? (
            <Card>
              <CardHeader>
                <CardTitle>Links</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <ul className="flex flex-col gap-2 text-sm">
                  {website ? (
                    <li>
                      <a href={website} rel="noopener noreferrer" className="inline-flex items-start gap-2 font-medium text-primary underline-offset-4 hover:underline">
                        <Globe aria-hidden className="mt-0.5 size-4 shrink-0" />
                        <span>
                          Project website <span className="font-normal break-all text-muted-foreground">({websiteLabel(website)})</span>
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
                  <span>
                    Original language: <span className="font-medium text-foreground">{languageName}</span>. The text is shown as the project published it.
                  </span>
                </p>
              ) : null}
              <section aria-labelledby="description-heading">
                <h2 id="description-heading" className="mb-2 text-lg font-semibold">
                  Description
                </h2>
                {project.description ? (
                  <LongText text={project.description} lang={textLang} />
                ) : (
                  <p className="text-sm text-muted-foreground italic">
                    The source publishes no description for this project.
                    {project.topic?.title ? " Its call topic is listed under Key facts." : null}
                  </p>
                )}
              </section>
              {project.expectedResults ? (
                <section aria-labelledby="results-heading">
                  <h2 id="results-heading" className="mb-2 text-lg font-semibold">
                    Expected results
                  </h2>
                  <LongText text={project.expectedResults} lang={textLang} />
                </section>
              ) : null}
              {project.achievements ? (
                <section aria-labelledby="achievements-heading">
                  <h2 id="achievements-heading" className="mb-2 text-lg font-semibold">
                    Achievements
                  </h2>
                  <LongText text={project.achievements} lang={textLang} />
                </section>
              ) : null}
            </CardContent>
          </Card>

          <Card>
            <CardHeader className={project.partners.length === 0 ? "pb-5" : undefined}>
              <CardTitle id="partners-heading" className="text-lg">
                Partners
              </CardTitle>
              <p className="text-sm text-muted-foreground">{partnersSummary(project, locale)}</p>
            </CardHeader>
            {project.partners.length > 0 ? (
              <CardContent className="pt-3">
                <Table aria-labelledby="partners-heading">
                  <TableHeader>
                    <TableRow className="hover:bg-transparent">
                      <TableHead className="pl-0">Organisation</TableHead>
                      <TableHead>Role</TableHead>
                      <TableHead className="hidden sm:table-cell">Country</TableHead>
                      <TableHead className="hidden md:table-cell">Type</TableHead>
                      {showContribution ? <TableHead className="hidden text-right md:table-cell">EU contribution</TableHead> : null}
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
                              {p.countryName}
                            </span>
                            <span className="md:hidden">
                              {p.city || p.countryName ? " · " : null}
                              {organisationTypeLabel(p.type)}
                            </span>
                          </div>
                        </TableCell>
                        <TableCell>
                          {p.role === "coordinator" ? (
                            <Badge variant="secondary">{participationRoleLabel(p.role, family)}</Badge>
                          ) : (
                            <span className="text-muted-foreground">{participationRoleLabel(p.role, family)}</span>
                          )}
                        </TableCell>
                        <TableCell className="hidden whitespace-nowrap sm:table-cell">{p.countryName ?? p.countryCode ?? "—"}</TableCell>
                        <TableCell className="hidden whitespace-nowrap md:table-cell">{organisationTypeLabel(p.type)}</TableCell>
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
        </div>

        <div className="flex flex-col gap-4 lg:col-start-2 lg:row-start-2">
          {project.themes.length > 0 ? (
            <Card>
              <CardHeader>
                <CardTitle>Themes</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <ul className="flex flex-wrap gap-1.5">
                  {project.themes.map((t) => (
                    <li key={t.id}>
                      <Badge variant="outline" title={t.path} className="font-normal whitespace-normal">
                        {t.label}
                      </Badge>
                    </li>
                  ))}
                </ul>
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
function partnersSummary(project: ProjectDetail, locale: string) {
  const known = project.partners.length;
  const declared = project.partnerCount;
  const n = (v: number) => new Intl.NumberFormat(locale).format(v);
  const partners = (v: number) => `${n(v)} ${v === 1 ? "partner" : "partners"}`;
  if (declared === null) return known > 0 ? `${partners(known)}, as named by the source.` : "The source names no partners.";
  if (known === 0) return `${partners(declared)}, as declared by the source, which does not name them.`;
  if (known < declared) return `${partners(declared)}, as declared by the source, which names ${n(known)} of them.`;
  return `${partners(declared)}.`;
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
