import { getFormatLocale } from "@/lib/i18n/server";
import { Globe, MapPin } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { OrganisationActivity } from "@/components/charts/organisation-activity";
import { OrganisationNetwork } from "@/components/network/organisation-network";
import { EmptyState } from "@/components/empty-state";
import { Fact, FactList } from "@/components/fact-list";
import { ListPagination, ResultSummary } from "@/components/list-pagination";
import { OrganisationName, organisationDisplayName } from "@/components/organisation-name";
import { ProjectDates } from "@/components/project-list";
import { ProjectStatusBadge, todayIso } from "@/components/project-status-badge";
import { RegisteredMark, RegisteredProfileSummary } from "@/components/organisations/registered-profile";
import { SourceAttribution } from "@/components/source-attribution";
import { ContactOrganisation } from "@/components/messaging/contact-organisation";
import { ShortlistButton } from "@/components/shortlists/shortlist-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import {
  getOrganisation,
  listFrequentPartners,
  listOrganisationProjects,
  type OrganisationDetail,
  type OrganisationProject,
} from "@/db/queries/organisations";
import { getRegisteredHolder } from "@/db/queries/members";
import { DATA_SOURCES } from "@/lib/importers/sources";
import {formatNumber } from "@/lib/format";
import { organisationTypeLabel } from "@/lib/organisation-types";
import { externalIdLabel, isUntitledProject, participationRoleLabel, programmeLabel, websiteHref, websiteLabel } from "@/lib/projects";
import { parseId, parsePage } from "@/lib/url-state";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PROJECTS_PAGE_SIZE = 20;

/** One read per request, shared by the metadata and the page; null for unknown or malformed ids. */
const loadOrganisation = cache(async (rawId: string): Promise<OrganisationDetail | null> => {
  const id = parseId(rawId);
  if (id === null) return null;
  await connection();
  return getOrganisation(getDb(), id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await loadOrganisation((await params).id);
  if (!org) return { title: "Organisation not found" };
  return { title: organisationDisplayName({ ...org, pic: org.pics[0] }) };
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const org = await loadOrganisation((await params).id);
  if (!org) notFound();
  const page = parsePage((await searchParams).page);
  const locale = await getFormatLocale();
  const db = getDb();
  const projects = await listOrganisationProjects(db, org.id, { page, pageSize: PROJECTS_PAGE_SIZE });
  const partners = await listFrequentPartners(db, org.id, 10);
  // The registered organisation that holds this record (a verified claim), shown without its members.
  const registered = await getRegisteredHolder(db, org.id);
  const today = todayIso();
  const showDates = projects.rows.some((p) => p.startDate || p.endDate);

  const pic = org.pics[0] ?? null;
  const unnamed = org.name === null;
  const website = websiteHref(org.website);
  const counts = org.roleCounts;
  const roleSummary = [
    counts.coordinator ? `coordinated ${formatNumber(counts.coordinator, locale)}` : null,
    counts.partner ? `partner in ${formatNumber(counts.partner, locale)}` : null,
    counts.associated_partner ? `associated partner in ${formatNumber(counts.associated_partner, locale)}` : null,
    counts.third_party ? `linked third party in ${formatNumber(counts.third_party, locale)}` : null,
  ].filter(Boolean);
  const attributionSources = [...org.sources, ...(org.regions.length > 0 ? [{ ...DATA_SOURCES.nuts }] : [])];

  return (
    <article className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/organisations", label: "Organisations" }, { label: org.shortName ?? org.name ?? "Unnamed organisation" }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {unnamed ? <span className="text-muted-foreground italic">{organisationDisplayName({ ...org, pic })}</span> : org.name}
        </h1>
        {org.shortName && !unnamed && org.shortName !== org.name ? <p className="mt-1 text-lg text-muted-foreground">{org.shortName}</p> : null}
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {registered ? <RegisteredMark /> : null}
          <Badge variant="secondary">{organisationTypeLabel(org.type)}</Badge>
          {org.isSme ? <Badge variant="outline">SME</Badge> : null}
          {org.countryName || org.city ? (
            <span className="inline-flex items-center gap-1.5">
              <MapPin aria-hidden className="size-4" />
              {uniqueCaseInsensitive([org.city, org.countryName]).join(", ")}
            </span>
          ) : null}
        </div>
        <div className="mt-3 flex flex-wrap items-start gap-2">
          <ContactOrganisation organisationId={org.id} name={org.name ?? "This organisation"} registeredProfileId={registered?.id ?? null} />
          <ShortlistButton className="w-fit" item={{ kind: "organisation", id: org.id, name: org.name ?? "this organisation" }} />
        </div>
        {unnamed ? (
          <p className="mt-3 max-w-2xl text-sm text-muted-foreground">
            The source records this organisation by its Participant Identification Code only, without a name. Its projects and partners below are
            real; its name is not published in the data Consortia holds.
          </p>
        ) : null}
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        {/* Facts first on a phone, beside the projects on a wide screen; partners after the projects. */}
        <aside className="flex flex-col gap-4 lg:col-start-2 lg:row-start-1" aria-label="Organisation facts">
          {registered ? (
            <Card className="border-success/40">
              <CardHeader>
                <CardTitle>On Consortia</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <RegisteredProfileSummary profile={registered} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>Key facts</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <FactList>
                <Fact label="Name" missing="Not published">
                  {org.name}
                </Fact>
                <Fact label="Short name" missing={null}>
                  {org.shortName}
                </Fact>
                <Fact label="Type">
                  {organisationTypeLabel(org.type)}
                  {org.sourceType ? <span className="block text-xs font-normal text-muted-foreground">In the source: {org.sourceType}</span> : null}
                </Fact>
                <Fact label="SME" missing="Not stated">
                  {org.isSme === null ? null : org.isSme ? "Yes" : "No"}
                </Fact>
                <Fact label="Country">{org.countryName ?? org.countryCode}</Fact>
                <Fact label="NUTS region" missing={org.nutsCode ? org.nutsCode : "Not published"}>
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
                <Fact label="City">{org.city}</Fact>
                <Fact label="Website">
                  {website ? (
                    <a href={website} rel="noopener noreferrer" className="inline-flex items-start gap-1.5 break-all text-primary underline-offset-4 hover:underline">
                      <Globe aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                      {websiteLabel(website)}
                    </a>
                  ) : null}
                </Fact>
                <Fact label={org.pics.length > 1 ? "PICs" : "PIC"} missing={null}>
                  {org.pics.length > 0 ? <span className="font-mono">{org.pics.join(", ")}</span> : null}
                </Fact>
              </FactList>
            </CardContent>
          </Card>

        </aside>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Card>
            <CardHeader>
              <CardTitle id="projects-heading" className="text-lg">
                Projects
              </CardTitle>
              <CardDescription>
                {org.projectCount === 0 ? (
                  "No project of this organisation is in the knowledge base."
                ) : (
                  <>
                    <span className="font-medium text-foreground">
                      {formatNumber(org.projectCount, locale)} {org.projectCount === 1 ? "project" : "projects"}
                    </span>
                    {roleSummary.length > 0 ? `: ${roleSummary.join(", ")}` : null}
                  </>
                )}
              </CardDescription>
            </CardHeader>
            <CardContent className="pt-3">
              {projects.rows.length > 0 ? (
                <>
                  <Table aria-labelledby="projects-heading">
                    <TableHeader>
                      <TableRow className="hover:bg-transparent">
                        <TableHead className="pl-0">Project</TableHead>
                        <TableHead>Role</TableHead>
                        {showDates ? <TableHead className="hidden md:table-cell">Dates</TableHead> : null}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {projects.rows.map((p) => (
                        <OrganisationProjectRow key={p.projectId} project={p} locale={locale} today={today} showDates={showDates} />
                      ))}
                    </TableBody>
                  </Table>
                  {projects.total > PROJECTS_PAGE_SIZE ? (
                    <div className="mt-4 flex flex-col items-center gap-1">
                      <ResultSummary total={projects.total} page={page} pageSize={PROJECTS_PAGE_SIZE} noun={["project", "projects"]} locale={locale} />
                      <ListPagination
                        total={projects.total}
                        page={page}
                        pageSize={PROJECTS_PAGE_SIZE}
                        hrefFor={(n) => (n > 1 ? `/organisations/${org.id}?page=${n}` : `/organisations/${org.id}`)}
                      />
                    </div>
                  ) : null}
                </>
              ) : org.projectCount > 0 ? (
                <EmptyState title="Nothing on this page">
                  <Link href={`/organisations/${org.id}`} className="font-medium text-primary underline underline-offset-4">
                    Back to the first page
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
              <CardTitle id="partners-heading">Most frequent partners</CardTitle>
              <CardDescription>Organisations sharing the most projects with this one.</CardDescription>
            </CardHeader>
            <CardContent className="pt-3">
              {partners.length > 0 ? (
                <ol className="flex flex-col divide-y text-sm" aria-labelledby="partners-heading">
                  {partners.map((p) => (
                    <li key={p.id} className="flex items-start justify-between gap-3 py-2 first:pt-0 last:pb-0">
                      <div className="min-w-0">
                        <OrganisationName org={p} className="break-words" />
                        <div className="text-xs text-muted-foreground">{[p.countryName, organisationTypeLabel(p.type)].filter(Boolean).join(" · ")}</div>
                      </div>
                      <span className="shrink-0 text-right text-xs whitespace-nowrap text-muted-foreground tabular-nums">
                        <span className="text-sm font-semibold text-foreground">{formatNumber(p.sharedProjects, locale)}</span>{" "}
                        {p.sharedProjects === 1 ? "project" : "projects"}
                      </span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-muted-foreground">No partners known yet.</p>
              )}
            </CardContent>
          </Card>

          <SourceAttribution sources={attributionSources} />
        </div>
      </div>
    </article>
  );
}

function OrganisationProjectRow({ project: p, locale, today, showDates }: { project: OrganisationProject; locale: string; today: string; showDates: boolean }) {
  const untitled = isUntitledProject(p);
  return (
    <TableRow>
      <TableCell className="pl-0">
        <Link href={`/projects/${p.projectId}`} className="group underline-offset-4">
          {untitled ? (
            <span className="text-muted-foreground italic group-hover:underline">Untitled project ({externalIdLabel(p.sourceId, p.externalId)})</span>
          ) : (
            <>
              {p.acronym ? <span className="font-semibold text-primary group-hover:underline">{p.acronym}</span> : null}
              {p.acronym && p.title ? <span className="sr-only"> — </span> : null}
              {p.title ? <span className="block text-foreground line-clamp-2 group-hover:underline">{p.title}</span> : null}
            </>
          )}
        </Link>
        <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          <span>{programmeLabel(p.programme)}</span>
          <span className="md:hidden">
            <ProjectDates start={p.startDate} end={p.endDate} locale={locale} />
          </span>
        </div>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {p.role === "coordinator" ? (
          <Badge variant="secondary">{participationRoleLabel(p.role, p.programme.family)}</Badge>
        ) : (
          <span className="text-muted-foreground">{participationRoleLabel(p.role, p.programme.family)}</span>
        )}
      </TableCell>
      {showDates ? (
        <TableCell className="hidden text-muted-foreground md:table-cell">
          <div className="flex flex-col items-start gap-1 text-xs">
            <ProjectDates start={p.startDate} end={p.endDate} locale={locale} />
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
