// The frame both searches (projects, organisations) share: the search box, the active filters,
// the summary and sort, the results or an empty state, the pager, and the facet sidebar, which
// comes after the results in the document (keyboard and screen reader users reach results
// first) and beside them (wide screens) or above them (phones) on screen.
import { SearchX } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { ActiveFilters } from "../active-filters";
import { EmptyState } from "../empty-state";
import { ListPagination, ResultSummary } from "../list-pagination";
import { SearchForm } from "../search-form";
import { SaveSearch } from "../saved/save-search";
import { FacetSidebar, type FacetSection } from "./facet-sidebar";
import { SortForm } from "./sort-form";

type Hidden = Record<string, string | undefined>;

/** A flat single-choice facet: its values with counts, or once one is chosen, the way back to all of them. */
export function flatFacet(
  id: string,
  title: string,
  allLabel: string,
  values: { value: string; label: string; count: number; group?: string }[],
  selected: string | undefined,
  hrefFor: (value: string | undefined) => string,
): FacetSection {
  return selected
    ? {
        id,
        title,
        items: [],
        trail: [
          { label: allLabel, href: hrefFor(undefined) },
          { label: values.find((v) => v.value === selected)?.label ?? selected, href: hrefFor(selected) },
        ],
      }
    : { id, title, items: values.map((v) => ({ label: v.label, count: v.count, href: hrefFor(v.value), group: v.group })), emptyText: "None in these results" };
}

export function SearchResultsFrame({
  basePath,
  search,
  hidden,
  active,
  notice,
  total,
  page,
  pageSize,
  rowCount,
  noun,
  sort,
  empty,
  pageHref,
  sections,
  sidebarNote,
  locale,
  children,
}: {
  basePath: string;
  search: { label: string; placeholder: string; q: string };
  /** The filters in force, carried by the search and sort forms. */
  hidden: Hidden;
  active: { label: string; value: string; removeHref: string }[];
  /** Said between the filters and the results (e.g. how a query was expanded). */
  notice?: ReactNode;
  total: number;
  page: number;
  pageSize: number;
  rowCount: number;
  noun: [string, string];
  sort: { current: string; options: { value: string; label: string }[] };
  /** When nothing matches: a title and what to try. */
  empty: { title: string; hint: ReactNode; showAllLabel: string };
  pageHref: (page: number) => string;
  sections: FacetSection[];
  sidebarNote?: ReactNode;
  locale: string;
  children: ReactNode;
}) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <section aria-label="Results" className="flex min-w-0 flex-col gap-4 lg:col-start-2 lg:row-start-1">
        <SearchForm action={basePath} id={`${basePath.replace(/\W/g, "")}-q`} label={search.label} placeholder={search.placeholder} defaultValue={search.q} hidden={hidden} />
        <ActiveFilters filters={active} />
        <SaveSearch path={basePath} />
        {notice}
        {total === 0 ? (
          <EmptyState icon={<SearchX />} title={empty.title}>
            <p>
              {empty.hint}{" "}
              {active.length > 0 || search.q ? (
                <Link href={basePath} className="font-medium text-primary underline underline-offset-4">
                  {empty.showAllLabel}
                </Link>
              ) : null}
            </p>
          </EmptyState>
        ) : (
          <>
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <ResultSummary total={total} page={page} pageSize={pageSize} noun={noun} locale={locale} />
              <SortForm action={basePath} current={sort.current} options={sort.options} hidden={{ q: search.q || undefined, ...hidden }} />
            </div>
            {rowCount > 0 ? (
              children
            ) : (
              <EmptyState title="Nothing on this page">
                <Link href={pageHref(1)} className="font-medium text-primary underline underline-offset-4">
                  Back to the first page
                </Link>
              </EmptyState>
            )}
            <ListPagination total={total} page={page} pageSize={pageSize} hrefFor={pageHref} />
          </>
        )}
      </section>
      <aside className="max-lg:order-first lg:sticky lg:top-20 lg:col-start-1 lg:row-start-1 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto">
        <FacetSidebar sections={sections} activeCount={active.length} locale={locale} />
        {sidebarNote}
      </aside>
    </div>
  );
}
