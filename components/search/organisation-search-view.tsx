// Organisation search as /organisations shows it: the facets that apply to organisations (country,
// NUTS region, type, themes and programmes of their projects, has coordinated) with counts, the
// active filters as chips, the sort, the results table and the pager.
import type { OrganisationSearchResult } from "@/db/search/organisations";
import { formatNumber } from "@/lib/format";
import { organisationTypeLabel } from "@/lib/organisation-types";
import { organisationSearchUrl, type OrganisationSearchState, type OrganisationSort } from "@/lib/search/params";
import { OrganisationName } from "../organisation-name";
import { Badge } from "../ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import type { FacetSection } from "./facet-sidebar";
import { flatFacet, SearchResultsFrame } from "./search-results-frame";
import { ResultShortlistButton } from "@/components/shortlists/result-shortlist-button";

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

  const flat = (id: string, title: string, allLabel: string, values: typeof facets.country, selected: string | undefined, patch: (value: string | undefined) => Partial<OrganisationSearchState>) =>
    flatFacet(id, title, allLabel, values, selected, (value) => url(patch(value)));

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
    <SearchResultsFrame
      basePath={basePath}
      search={{ label: "Search organisations", placeholder: "Name, short name or PIC, e.g. agency, TU Wien", q: state.q }}
      hidden={hidden}
      active={active}
      total={result.total}
      page={state.page}
      pageSize={result.pageSize}
      rowCount={result.rows.length}
      noun={["organisation", "organisations"]}
      sort={{ current: result.sort, options: sorts.map((s) => ({ value: s, label: SORT_LABELS[s] })) }}
      empty={{
        title: "No organisations match",
        hint: "Try part of the name, the short name, or remove a filter. Organisations known only by their PIC (Horizon 2020 records without names) are not listed.",
        showAllLabel: "Show all organisations",
      }}
      pageHref={(page) => url({ page })}
      sections={sections}
      locale={locale}
    >
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
                      <ResultShortlistButton item={{ kind: "organisation", id: o.id, name: o.name ?? o.shortName ?? String(o.id) }} />
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
    </SearchResultsFrame>
  );
}
