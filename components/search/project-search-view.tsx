// Project search as /search and /projects show it: the facet sidebar with counts, the active
// filters as removable chips, the sort, a note on how the query was expanded across languages,
// the results and the pager. Every setting is in the URL built from the search state.
import { useTranslations } from "next-intl";
import type { ProjectSearchResult } from "@/db/search/projects";
import { projectSearchUrl, type ProjectSearchState } from "@/lib/search/params";
import { ProjectList } from "../project-list";
import type { FacetSection } from "./facet-sidebar";
import { activeThemeLabel } from "./active-theme";
import { MatchedThemesNotice } from "./matched-themes-notice";
import { DidYouMean } from "./did-you-mean";
import { MatchedParts, PartialMatchNote, SomeMoreNote } from "./partial-match-note";
import { flatFacet, SearchResultsFrame, useFacetLabels } from "./search-results-frame";

export function ProjectSearchView({
  basePath,
  state,
  result,
  locale,
  today,
}: {
  basePath: string;
  state: ProjectSearchState;
  result: ProjectSearchResult;
  locale: string;
  today: string;
}) {
  const t = useTranslations("search");
  const labels = useTranslations("labels");
  const { typeValues, themeGroup, countryValues } = useFacetLabels(locale);
  const url = (patch: Partial<ProjectSearchState>) => projectSearchUrl(basePath, state, patch);
  const facets = { ...result.facets, country: countryValues(result.facets.country) };
  const selectedLabel = (values: { value: string; label: string }[], value: string | number | undefined) =>
    value === undefined ? undefined : (values.find((v) => v.value === String(value))?.label ?? String(value));

  const programmeLabel = selectedLabel(facets.programme, state.programme);
  const partLabel = selectedLabel(facets.part, state.part);
  const countryLabel = selectedLabel(facets.country, state.country);
  const typeLabel = state.type ? labels(`organisationTypes.${state.type}`) : undefined;
  const themeLabel = activeThemeLabel(t, state.theme, facets.theme, locale);
  const regionLabel = facets.region.trail.at(-1) ? `${facets.region.trail.at(-1)!.label} (${state.region})` : state.region;

  const active = [
    state.programme ? { label: t("active.programme"), value: programmeLabel!, removeHref: url({ programme: undefined, part: undefined }) } : null,
    state.part ? { label: t("active.part"), value: partLabel!, removeHref: url({ part: undefined }) } : null,
    state.theme ? { label: t("active.theme"), value: themeLabel!, removeHref: url({ theme: undefined }) } : null,
    state.country ? { label: t("active.partnerCountry"), value: countryLabel!, removeHref: url({ country: undefined }) } : null,
    state.region ? { label: t("active.partnerRegion"), value: regionLabel!, removeHref: url({ region: undefined }) } : null,
    state.type ? { label: t("active.partnerType"), value: typeLabel!, removeHref: url({ type: undefined }) } : null,
  ].filter((f) => f !== null);

  const flat = (id: string, title: string, allLabel: string, values: typeof facets.country, selected: string | undefined, patch: (value: string | undefined) => Partial<ProjectSearchState>) =>
    flatFacet(id, title, allLabel, values, selected, (value) => url(patch(value)), t("facets.noneInResults"));

  const sections: FacetSection[] = [
    flat("programme", t("facets.programmeAndPeriod"), t("facets.allProgrammes"), facets.programme, state.programme, (v) => ({ programme: v, part: undefined })),
    flat("part", t("facets.part"), t("facets.allParts"), facets.part, state.part === undefined ? undefined : String(state.part), (v) => ({ part: v === undefined ? undefined : Number(v) })),
    {
      id: "theme",
      title: t("facets.theme"),
      trail: state.theme ? [{ label: t("facets.allThemes"), href: url({ theme: undefined }) }, ...facets.theme.trail.map((t) => ({ label: t.label, href: url({ theme: Number(t.value) }) }))] : undefined,
      items: facets.theme.values.map((v) => ({ label: v.label, count: v.count, href: url({ theme: Number(v.value) }), group: themeGroup(v.group) })),
      emptyText: state.theme ? undefined : t("facets.noThemes"),
      limit: 10,
    },
    flat("country", t("facets.partnerCountry"), t("facets.allCountries"), facets.country, state.country, (v) => ({ country: v })),
    {
      id: "region",
      title: t("facets.partnerRegion"),
      trail: state.region ? [{ label: t("facets.allRegions"), href: url({ region: undefined }) }, ...facets.region.trail.map((t) => ({ label: `${t.label} (${t.value})`, href: url({ region: t.value }) }))] : undefined,
      items: facets.region.values.map((v) => ({ label: `${v.label} (${v.value})`, count: v.count, href: url({ region: v.value }) })),
      emptyText: state.region ? undefined : t("facets.noPartnerRegions"),
      moreHint: state.country || state.region ? undefined : t("facets.chooseCountry"),
    },
    flat("type", t("facets.partnerType"), t("facets.allTypes"), typeValues(facets.type), state.type, (v) => ({ type: v as ProjectSearchState["type"] })),
  ];

  const hidden = {
    programme: state.programme,
    part: state.part?.toString(),
    theme: state.theme?.toString(),
    country: state.country,
    region: state.region,
    type: state.type,
  };
  const sorts = (["relevance", "recent", "budget"] as const).filter((s) => s !== "relevance" || state.q);

  const notice = (
    <>
      <DidYouMean q={result.spelling} href={url({ q: result.spelling ?? undefined, match: undefined })} />
      <PartialMatchNote partial={result.partialMatch} of="projects" locale={locale} allHref={url({ match: undefined })} />
      <SomeMoreNote more={result.someMore} of="projects" locale={locale} href={url({ match: "any" })} />
      <MatchedThemesNotice themes={result.matchedThemes} themeHref={(theme) => url({ theme })} locale={locale} />
    </>
  );

  return (
    <SearchResultsFrame
      basePath={basePath}
      exportHref={projectSearchUrl("/projects/export", { ...state, page: 1 })}
      search={{ label: t("projectSearch.label"), placeholder: t("projectSearch.placeholder"), q: state.q }}
      hidden={hidden}
      active={active}
      notice={notice}
      total={result.total}
      page={state.page}
      pageSize={result.pageSize}
      rowCount={result.rows.length}
      kind="projects"
      sort={{ current: result.sort, options: sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) })), hidden: { match: state.match } }}
      empty={{ title: t("projectSearch.emptyTitle"), hint: t("projectSearch.emptyHint"), showAllLabel: t("projectSearch.showAll") }}
      pageHref={(page) => url({ page })}
      sections={sections}
      sidebarNote={
        state.country && state.type ? null : (
          <p className="mt-2 hidden px-1 text-xs text-muted-foreground lg:block">{t("projectSearch.samePartnerNote")}</p>
        )
      }
      locale={locale}
    >
      <ProjectList
        projects={result.rows}
        locale={locale}
        today={today}
        notes={result.partialMatch ? Object.fromEntries(result.rows.map((r) => [r.id, <MatchedParts key={r.id} partial={result.partialMatch} id={r.id} of="project" locale={locale} />])) : undefined}
      />
    </SearchResultsFrame>
  );
}
