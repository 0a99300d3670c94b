import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ActiveFilters } from "@/components/active-filters";
import { EmptyState } from "@/components/empty-state";
import { FilterForm } from "@/components/filter-form";
import { ListPagination, ResultSummary } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { ProjectList } from "@/components/project-list";
import { todayIso } from "@/components/project-status-badge";
import { Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { listProgrammes } from "@/db/queries/programmes";
import { searchProjects } from "@/db/queries/projects";
import { listOrganisationCountries } from "@/db/queries/reference";
import { localeFromAcceptLanguage } from "@/lib/format";
import { organisationTypeLabel, organisationTypeLabels, organisationTypes } from "@/lib/organisation-types";
import { programmeLabel } from "@/lib/projects";
import { isFiltered, parseProjectSearch, projectSearchHref, queryStringOf, serialiseProjectSearch, type ProjectSearch } from "@/lib/url-state";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseProjectSearch(await searchParams);
  return { title: q ? `Projects matching “${q}”` : "Projects" };
}

export default async function ProjectsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const search = parseProjectSearch(params);
  // A GET form leaves empty and stale params behind (q=&type=&page=3); one redirect gives the
  // clean URL worth sharing. Canonical URLs serialise to themselves, so this never loops.
  const canonical = serialiseProjectSearch(search);
  if (queryStringOf(params) !== canonical) redirect(canonical ? `/projects?${canonical}` : "/projects");
  const locale = localeFromAcceptLanguage((await headers()).get("accept-language"));
  const db = getDb();
  // Programmes with nothing to list (only record skeletons) would be a dead end in the filter.
  const programmes = (await listProgrammes(db)).filter((p) => p.projectCount > 0 || p.code === search.programme);
  const countries = await listOrganisationCountries(db);

  const families = [...new Set(programmes.map((p) => p.family))];
  const programme = programmes.find((p) => p.code === search.programme);
  const country = countries.find((c) => c.code === search.country);
  // Chips for the filters only: the text query is in the search box (and a chip naming it would
  // read like a result link).
  const active = [
    search.programme ? { label: "Programme", value: programme ? programmeLabel(programme) : search.programme, removeHref: projectSearchHref(search, { programme: undefined }) } : null,
    search.country ? { label: "Partner country", value: country?.name ?? search.country, removeHref: projectSearchHref(search, { country: undefined }) } : null,
    search.type ? { label: "Partner type", value: organisationTypeLabel(search.type), removeHref: projectSearchHref(search, { type: undefined }) } : null,
  ].filter((f) => f !== null);

  return (
    <>
      <PageHeader
        title="Projects"
        description="Past Interreg and EU research projects: what they did, under which programme, and who took part."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-20">
          <FilterForm
            action="/projects"
            searchLabel="Acronym or title"
            searchPlaceholder="e.g. cluster, INCLUD"
            q={search.q}
            resetHref={isFiltered(search) ? "/projects" : undefined}
            hint="Country and type apply to the same partner: “Germany” and “SME” finds projects with a German SME."
            fields={[
              {
                name: "programme",
                label: "Programme",
                anyLabel: "All programmes",
                value: search.programme,
                groups: families.map((family) => ({
                  label: family,
                  options: programmes
                    .filter((p) => p.family === family)
                    .map((p) => ({ value: p.code, label: `${programmeLabel(p)} (${p.projectCount})` })),
                })),
              },
              {
                name: "country",
                label: "Partner country",
                anyLabel: "Any country",
                value: search.country,
                options: countries.map((c) => ({ value: c.code, label: c.name })),
              },
              {
                name: "type",
                label: "Partner type",
                anyLabel: "Any type",
                value: search.type,
                options: organisationTypes.map((t) => ({ value: t, label: organisationTypeLabels[t] })),
              },
            ]}
          />
        </aside>
        <section aria-label="Results" className="flex min-w-0 flex-col gap-4">
          <ActiveFilters filters={active} />
          <Suspense key={serialiseProjectSearch(search)} fallback={<ResultsSkeleton />}>
            <ProjectResults search={search} locale={locale} />
          </Suspense>
        </section>
      </div>
    </>
  );
}

async function ProjectResults({ search, locale }: { search: ProjectSearch; locale: string }) {
  const result = await searchProjects(getDb(), search);
  if (result.total === 0) {
    return (
      <EmptyState icon={<SearchX />} title="No projects match">
        <p>
          Try fewer words, another spelling, or remove a filter.{" "}
          {isFiltered(search) ? (
            <Link href="/projects" className="font-medium text-primary underline underline-offset-4">
              Show all projects
            </Link>
          ) : null}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <ResultSummary total={result.total} page={search.page} pageSize={result.pageSize} noun={["project", "projects"]} locale={locale} />
      {result.rows.length > 0 ? (
        <ProjectList projects={result.rows} locale={locale} today={todayIso()} />
      ) : (
        <EmptyState title="Nothing on this page">
          <Link href={projectSearchHref(search, { page: 1 })} className="font-medium text-primary underline underline-offset-4">
            Back to the first page
          </Link>
        </EmptyState>
      )}
      <ListPagination total={result.total} page={search.page} pageSize={result.pageSize} hrefFor={(page) => projectSearchHref(search, { page })} />
    </>
  );
}

function ResultsSkeleton() {
  return (
    <div role="status" aria-label="Loading projects" className="flex flex-col gap-4">
      <Skeleton className="h-5 w-48" />
      <div className="divide-y rounded-xl border bg-card">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2 px-5 py-4">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-3 w-1/2" />
          </div>
        ))}
      </div>
    </div>
  );
}
