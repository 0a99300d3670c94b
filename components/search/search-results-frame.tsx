// The frame both searches (projects, organisations) share: the search box, the active filters,
// the summary and sort, the results or an empty state, the pager, and the facet sidebar, which
// comes after the results in the document (keyboard and screen reader users reach results
// first) and beside them (wide screens) or above them (phones) on screen.
import { Download, SearchX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatCountry } from "@/lib/format";
import { isOrganisationType } from "@/lib/organisation-types";
import { ActiveFilters } from "../active-filters";
import { EmptyState } from "../empty-state";
import { ListPagination, ResultSummary } from "../list-pagination";
import { SearchForm } from "../search-form";
import { SaveSearch } from "../saved/save-search";
import { quietButtonClass } from "../saved/quiet-button";
import { SEARCH_EXPORT_LIMIT } from "@/lib/search/export-csv";
import { formatNumber } from "@/lib/format";
import { FacetSidebar, type FacetSection } from "./facet-sidebar";
import { SortForm } from "./sort-form";

type Hidden = Record<string, string | undefined>;

/** The theme schemes as db/search/projects names them in a facet's groups (themeSchemeLabels). */
const THEME_SCHEMES: Record<string, "keep" | "euroscivoc"> = { "Interreg themes": "keep", "Fields of science (EuroSciVoc)": "euroscivoc" };

/**
 * Facet labels the search query gives in English, in the reader's language: countries and
 * organisation types (by their codes) and theme schemes (the groups of the theme facet).
 */
export function useFacetLabels(locale: string) {
  const labels = useTranslations("labels");
  return {
    countryValues: <V extends { value: string; label: string }>(values: V[]): V[] =>
      values.map((v) => ({ ...v, label: formatCountry(v.value, locale, v.label) ?? v.label })),
    typeValues: <V extends { value: string; label: string }>(values: V[]): V[] =>
      values.map((v) => (isOrganisationType(v.value) ? { ...v, label: labels(`organisationTypes.${v.value}`) } : v)),
    themeGroup: (group: string | undefined): string | undefined => {
      const scheme = group === undefined ? undefined : THEME_SCHEMES[group];
      return scheme ? labels(`themeSchemes.${scheme}`) : group;
    },
  };
}

/** A flat single-choice facet: its values with counts, or once one is chosen, the way back to all of them. */
export function flatFacet(
  id: string,
  title: string,
  allLabel: string,
  values: { value: string; label: string; count: number; group?: string }[],
  selected: string | undefined,
  hrefFor: (value: string | undefined) => string,
  /** Said when no value is left ("None in these results"). */
  noneText: string,
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
    : { id, title, items: values.map((v) => ({ label: v.label, count: v.count, href: hrefFor(v.value), group: v.group })), emptyText: noneText };
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
  kind,
  sort,
  empty,
  pageHref,
  sections,
  sidebarNote,
  locale,
  exportHref,
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
  kind: "projects" | "organisations";
  /** `hidden`: what a new sort keeps beyond the filters (a new query starts again from them alone). */
  sort: { current: string; options: { value: string; label: string }[]; hidden?: Hidden };
  /** When nothing matches: a title and what to try. */
  empty: { title: string; hint: ReactNode; showAllLabel: string };
  pageHref: (page: number) => string;
  sections: FacetSection[];
  sidebarNote?: ReactNode;
  locale: string;
  /** The results as a CSV file (/projects/export?…, /organisations/export?…). */
  exportHref: string;
  children: ReactNode;
}) {
  const t = useTranslations("search");
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <section aria-label={t("results")} className="flex min-w-0 flex-col gap-4 lg:col-start-2 lg:row-start-1">
        <SearchForm action={basePath} id={`${basePath.replace(/\W/g, "")}-q`} label={search.label} placeholder={search.placeholder} defaultValue={search.q} hidden={hidden} />
        <ActiveFilters filters={active} />
        <div className="flex flex-wrap items-center gap-2">
          <SaveSearch path={basePath} />
          {total > 0 ? (
            <a href={exportHref} download className={`${quietButtonClass} w-fit print:hidden`} title={t("export.downloadHint")}>
              <Download aria-hidden className="size-4" />
              {total > SEARCH_EXPORT_LIMIT ? t("export.downloadFirst", { limit: formatNumber(SEARCH_EXPORT_LIMIT, locale) }) : t("export.download")}
            </a>
          ) : null}
        </div>
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
              <ResultSummary total={total} page={page} pageSize={pageSize} kind={kind} locale={locale} />
              <SortForm action={basePath} current={sort.current} options={sort.options} hidden={{ q: search.q || undefined, ...hidden, ...sort.hidden }} />
            </div>
            {rowCount > 0 ? (
              children
            ) : (
              <EmptyState title={t("nothingOnPage")}>
                <Link href={pageHref(1)} className="font-medium text-primary underline underline-offset-4">
                  {t("backToFirstPage")}
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
