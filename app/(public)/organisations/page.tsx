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
import { OrganisationName } from "@/components/organisation-name";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { searchOrganisations } from "@/db/queries/organisations";
import { listOrganisationCountries } from "@/db/queries/reference";
import { formatNumber, localeFromAcceptLanguage } from "@/lib/format";
import { organisationTypeLabel, organisationTypeLabels, organisationTypes } from "@/lib/organisation-types";
import {
  isFiltered,
  organisationSearchHref,
  parseOrganisationSearch,
  serialiseOrganisationSearch,
  queryStringOf,
  type OrganisationSearch,
} from "@/lib/url-state";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseOrganisationSearch(await searchParams);
  return { title: q ? `Organisations matching “${q}”` : "Organisations" };
}

export default async function OrganisationsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const search = parseOrganisationSearch(params);
  // A GET form leaves empty and stale params behind (q=&type=&page=3); one redirect gives the
  // clean URL worth sharing. Canonical URLs serialise to themselves, so this never loops.
  const canonical = serialiseOrganisationSearch(search);
  if (queryStringOf(params) !== canonical) redirect(canonical ? `/organisations?${canonical}` : "/organisations");
  const locale = localeFromAcceptLanguage((await headers()).get("accept-language"));
  const countries = await listOrganisationCountries(getDb());
  const country = countries.find((c) => c.code === search.country);
  const active = [
    search.country ? { label: "Country", value: country?.name ?? search.country, removeHref: organisationSearchHref(search, { country: undefined }) } : null,
    search.type ? { label: "Type", value: organisationTypeLabel(search.type), removeHref: organisationSearchHref(search, { type: undefined }) } : null,
  ].filter((f) => f !== null);

  return (
    <>
      <PageHeader
        title="Organisations"
        description="Agencies, authorities, universities, research centres and companies that took part in past projects, with their track record."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-20">
          <FilterForm
            action="/organisations"
            searchLabel="Name, short name or PIC"
            searchPlaceholder="e.g. agency, TU Wien"
            q={search.q}
            resetHref={isFiltered(search) ? "/organisations" : undefined}
            hint="Organisations known only by their PIC (Horizon 2020 records without names) are not listed; search for a PIC to find one."
            fields={[
              {
                name: "country",
                label: "Country",
                anyLabel: "Any country",
                value: search.country,
                options: countries.map((c) => ({ value: c.code, label: `${c.name} (${formatNumber(c.organisationCount, locale)})` })),
              },
              { name: "type", label: "Type", anyLabel: "Any type", value: search.type, options: organisationTypes.map((t) => ({ value: t, label: organisationTypeLabels[t] })) },
            ]}
          />
        </aside>
        <section aria-label="Results" className="flex min-w-0 flex-col gap-4">
          <ActiveFilters filters={active} />
          <Suspense key={serialiseOrganisationSearch(search)} fallback={<ResultsSkeleton />}>
            <OrganisationResults search={search} locale={locale} />
          </Suspense>
        </section>
      </div>
    </>
  );
}

async function OrganisationResults({ search, locale }: { search: OrganisationSearch; locale: string }) {
  const result = await searchOrganisations(getDb(), search);
  if (result.total === 0) {
    return (
      <EmptyState icon={<SearchX />} title="No organisations match">
        <p>
          Try part of the name, the short name, or remove a filter.{" "}
          {isFiltered(search) ? (
            <Link href="/organisations" className="font-medium text-primary underline underline-offset-4">
              Show all organisations
            </Link>
          ) : null}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <ResultSummary total={result.total} page={search.page} pageSize={result.pageSize} noun={["organisation", "organisations"]} locale={locale} />
      {result.rows.length > 0 ? (
        <div className="rounded-xl border bg-card px-4 shadow-xs sm:px-5">
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-0">Organisation</TableHead>
                <TableHead className="hidden md:table-cell">Type</TableHead>
                <TableHead className="hidden sm:table-cell">Country</TableHead>
                <TableHead className="pr-0 text-right">Projects</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.rows.map((o) => (
                <TableRow key={o.id}>
                  <TableCell className="pl-0">
                    <OrganisationName org={o} showShortName />
                    <div className="mt-0.5 text-xs text-muted-foreground">
                      {o.city ? <span>{o.city}</span> : null}
                      <span className="sm:hidden">
                        {o.city && o.countryName ? ", " : null}
                        {o.countryName}
                      </span>
                      <span className="md:hidden">
                        {o.city || o.countryName ? " · " : null}
                        {organisationTypeLabel(o.type)}
                      </span>
                    </div>
                  </TableCell>
                  <TableCell className="hidden md:table-cell">
                    <span className="flex flex-wrap items-center gap-1.5">
                      {organisationTypeLabel(o.type)}
                      {o.isSme && o.type !== "sme" ? <Badge variant="muted">SME</Badge> : null}
                    </span>
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{o.countryName ?? o.countryCode ?? "—"}</TableCell>
                  <TableCell className="pr-0 text-right whitespace-nowrap tabular-nums">
                    <span className="font-medium">{formatNumber(o.projectCount, locale)}</span>
                    {o.coordinatorCount > 0 ? (
                      <span className="block text-xs text-muted-foreground">{formatNumber(o.coordinatorCount, locale)} coordinated</span>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <EmptyState title="Nothing on this page">
          <Link href={organisationSearchHref(search, { page: 1 })} className="font-medium text-primary underline underline-offset-4">
            Back to the first page
          </Link>
        </EmptyState>
      )}
      <ListPagination total={result.total} page={search.page} pageSize={result.pageSize} hrefFor={(page) => organisationSearchHref(search, { page })} />
    </>
  );
}

function ResultsSkeleton() {
  return (
    <div role="status" aria-label="Loading organisations" className="flex flex-col gap-4">
      <Skeleton className="h-5 w-48" />
      <div className="divide-y rounded-xl border bg-card">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center justify-between gap-4 px-5 py-3">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-4 w-10" />
          </div>
        ))}
      </div>
    </div>
  );
}
