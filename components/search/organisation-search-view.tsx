// Organisation search as /organisations shows it: the facets that apply to organisations (country,
// NUTS region, type, themes and programmes of their projects, has coordinated) with counts, the
// active filters as chips, the sort, the results table and the pager.
import { SearchX } from "lucide-react";
import Link from "next/link";
import type { OrganisationSearchResult } from "@/db/search/organisations";
import { formatNumber } from "@/lib/format";
import { organisationTypeLabel } from "@/lib/organisation-types";
import { organisationSearchUrl, type OrganisationSearchState, type OrganisationSort } from "@/lib/search/params";
import { ActiveFilters } from "../active-filters";
import { EmptyState } from "../empty-state";
import { ListPagination, ResultSummary } from "../list-pagination";
import { OrganisationName } from "../organisation-name";
import { SearchForm } from "../search-form";
import { Badge } from "../ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import { FacetSidebar, type FacetSection } from "./facet-sidebar";
import { SortForm } from "./sort-form";

const SORT_LABELS: Record<OrganisationSort, string> = { relevance: "Relevance", projects: "Most projects", name: "Name" };

export function OrganisationSearchView({
  basePath,
  state,
  result,
  locale,
}: {
  basePath: string;
  state: OrganisationSearchState;
  result: OrganisationSearchResult;
  locale: string;
}) {
  const url = (patch: Partial<OrganisationSearchState>) => organisationSearchUrl(basePath, state, patch);
  const { facets } = result;
  const labelOf = (values: { value: string; label: string }[], value: string | number | undefined) =>
    value === undefined ? undefined : (values.find((v) => v.value === String(value))?.label ?? String(value));

  const regionTrail = facets.region.trail.at(-1);
  const active = [
    state.country ? { label: "Country", value: labelOf(facets.country, state.country)!, removeHref: url({ country: undefined }) } : null,
    state.region ? { label: "Region", value: regionTrail ? `${regionTrail.label} (${state.region})` : state.region, removeHref: url({ region: undefined }) } : null,
    state.type ? { label: "Type", value: organisationTypeLabel(state.type), removeHref: url({ type: undefined }) } : null,
    state.theme ? { label: "Theme of its projects", value: facets.theme.trail.at(-1)?.label ?? `Theme ${state.theme}`, removeHref: url({ theme: undefined }) } : null,
    state.programme ? { label: "Programme", value: labelOf(facets.programme, state.programme)!, removeHref: url({ programme: undefined }) } : null,
    state.coordinated ? { label: "Role", value: "Has coordinated", removeHref: url({ coordinated: undefined }) } : null,
  ].filter((f) => f !== null);

  const flat = (
    id: string,
    title: string,
    allLabel: string,
    values: typeof facets.country,
    selected: string | undefined,
    patch: (value: string | undefined) => Partial<OrganisationSearchState>,
  ): FacetSection =>
    selected
      ? { id, title, items: [], trail: [{ label: allLabel, href: url(patch(undefined)) }, { label: labelOf(values, selected) ?? selected, href: url(patch(selected)) }] }
      : { id, title, items: values.map((v) => ({ label: v.label, count: v.count, href: url(patch(v.value)), group: v.group })), emptyText: "None in these results" };

  const sections: FacetSection[] = [
    {
      id: "role",
      title: "Role",
      items: [{ label: "Has coordinated a project", count: facets.coordinated.count, href: url({ coordinated: state.coordinated ? undefined : true }), selected: state.coordinated }],
    },
    flat("country", "Country", "All countries", facets.country, state.country, (v) => ({ country: v })),
    {
      id: "region",
      title: "Region (NUTS)",
      trail: state.region ? [{ label: "All regions", href: url({ region: undefined }) }, ...facets.region.trail.map((t) => ({ label: `${t.label} (${t.value})`, href: url({ region: t.value }) }))] : undefined,
      items: facets.region.values.map((v) => ({ label: `${v.label} (${v.value})`, count: v.count, href: url({ region: v.value }) })),
      emptyText: state.region ? undefined : "No regions known for these organisations",
      moreHint: state.country || state.region ? undefined : "Choose a country to see all its regions.",
    },
    flat("type", "Type", "All types", facets.type, state.type, (v) => ({ type: v as OrganisationSearchState["type"] })),
    {
      id: "theme",
      title: "Theme of its projects",
      trail: state.theme ? [{ label: "All themes", href: url({ theme: undefined }) }, ...facets.theme.trail.map((t) => ({ label: t.label, href: url({ theme: Number(t.value) }) }))] : undefined,
      items: facets.theme.values.map((v) => ({ label: v.label, count: v.count, href: url({ theme: Number(v.value) }), group: v.group })),
      emptyText: state.theme ? undefined : "No themes in these results",
      limit: 10,
    },
    flat("programme", "Programme", "All programmes", facets.programme, state.programme, (v) => ({ programme: v })),
  ];
  const hidden = {
    country: state.country,
    region: state.region,
    type: state.type,
    theme: state.theme?.toString(),
    programme: state.programme,
    coordinated: state.coordinated ? "1" : undefined,
  };
  const sorts = (["relevance", "projects", "name"] as const).filter((s) => s !== "relevance" || state.q);

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <section aria-label="Results" className="flex min-w-0 flex-col gap-4 lg:col-start-2 lg:row-start-1">
        <SearchForm
          action={basePath}
          id={`${basePath.replace(/\W/g, "")}-q`}
          label="Search organisations"
          placeholder="Name, short name or PIC, e.g. agency, TU Wien"
          defaultValue={state.q}
          hidden={hidden}
        />
        <ActiveFilters filters={active} />
        {result.total === 0 ? (
          <EmptyState icon={<SearchX />} title="No organisations match">
            <p>
              Try part of the name, the short name, or remove a filter. Organisations known only by their PIC (Horizon 2020 records without
              names) are not listed.{" "}
              {active.length > 0 || state.q ? (
                <Link href={basePath} className="font-medium text-primary underline underline-offset-4">
                  Show all organisations
                </Link>
              ) : null}
            </p>
          </EmptyState>
        ) : (
          <>
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <ResultSummary total={result.total} page={state.page} pageSize={result.pageSize} noun={["organisation", "organisations"]} locale={locale} />
              <SortForm action={basePath} current={result.sort} options={sorts.map((s) => ({ value: s, label: SORT_LABELS[s] }))} hidden={{ q: state.q || undefined, ...hidden }} />
            </div>
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
                <Link href={url({ page: 1 })} className="font-medium text-primary underline underline-offset-4">
                  Back to the first page
                </Link>
              </EmptyState>
            )}
            <ListPagination total={result.total} page={state.page} pageSize={result.pageSize} hrefFor={(page) => url({ page })} />
          </>
        )}
      </section>
      {/* After the results in the document (keyboard and screen reader users reach results first),
          beside them (wide screens) or above them (phones) on screen. */}
      <aside className="max-lg:order-first lg:sticky lg:top-20 lg:col-start-1 lg:row-start-1 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto">
        <FacetSidebar sections={sections} activeCount={active.length} locale={locale} />
      </aside>
    </div>
  );
}
