// Organisation search as /organisations shows it: the facets that apply to organisations (country,
// NUTS region, type, themes and programmes of their projects, has coordinated) with counts, the
// active filters as chips, the sort, the results table and the pager.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrganisationSearchResult } from "@/db/search/organisations";
import { formatCountry, formatNumber } from "@/lib/format";
import { organisationSearchUrl, type OrganisationSearchState } from "@/lib/search/params";
import { OrganisationName } from "../organisation-name";
import { Badge } from "../ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import type { FacetSection } from "./facet-sidebar";
import { activeThemeLabel } from "./active-theme";
import { MatchedThemesNotice } from "./matched-themes-notice";
import { DidYouMean } from "./did-you-mean";
import { MatchedParts, PartialMatchNote, SomeMoreNote } from "./partial-match-note";
import { flatFacet, SearchResultsFrame, useFacetLabels } from "./search-results-frame";
import { ResultShortlistButton } from "@/components/shortlists/result-shortlist-button";

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
  const t = useTranslations("search");
  const labels = useTranslations("labels");
  const { typeValues, themeGroup, countryValues } = useFacetLabels(locale);
  const url = (patch: Partial<OrganisationSearchState>) => organisationSearchUrl(basePath, state, patch);
  const facets = { ...result.facets, country: countryValues(result.facets.country) };
  const labelOf = (values: { value: string; label: string }[], value: string | number | undefined) =>
    value === undefined ? undefined : (values.find((v) => v.value === String(value))?.label ?? String(value));

  const regionTrail = facets.region.trail.at(-1);
  const active = [
    state.country ? { label: t("active.country"), value: labelOf(facets.country, state.country)!, removeHref: url({ country: undefined }) } : null,
    state.region ? { label: t("active.region"), value: regionTrail ? `${regionTrail.label} (${state.region})` : state.region, removeHref: url({ region: undefined }) } : null,
    state.type ? { label: t("active.type"), value: labels(`organisationTypes.${state.type}`), removeHref: url({ type: undefined }) } : null,
    state.theme ? { label: t("active.projectTheme"), value: activeThemeLabel(t, state.theme, facets.theme, locale)!, removeHref: url({ theme: undefined }) } : null,
    state.programme ? { label: t("active.programme"), value: labelOf(facets.programme, state.programme)!, removeHref: url({ programme: undefined }) } : null,
    state.coordinated ? { label: t("active.role"), value: t("active.hasCoordinated"), removeHref: url({ coordinated: undefined }) } : null,
  ].filter((f) => f !== null);

  const flat = (id: string, title: string, allLabel: string, values: typeof facets.country, selected: string | undefined, patch: (value: string | undefined) => Partial<OrganisationSearchState>) =>
    flatFacet(id, title, allLabel, values, selected, (value) => url(patch(value)), t("facets.noneInResults"));

  const sections: FacetSection[] = [
    {
      id: "role",
      title: t("facets.role"),
      items: [{ label: t("facets.hasCoordinatedProject"), count: facets.coordinated.count, href: url({ coordinated: state.coordinated ? undefined : true }), selected: state.coordinated }],
    },
    flat("country", t("facets.country"), t("facets.allCountries"), facets.country, state.country, (v) => ({ country: v })),
    {
      id: "region",
      title: t("facets.region"),
      trail: state.region ? [{ label: t("facets.allRegions"), href: url({ region: undefined }) }, ...facets.region.trail.map((t) => ({ label: `${t.label} (${t.value})`, href: url({ region: t.value }) }))] : undefined,
      items: facets.region.values.map((v) => ({ label: `${v.label} (${v.value})`, count: v.count, href: url({ region: v.value }) })),
      emptyText: state.region ? undefined : t("facets.noOrganisationRegions"),
      moreHint: state.country || state.region ? undefined : t("facets.chooseCountry"),
    },
    flat("type", t("facets.type"), t("facets.allTypes"), typeValues(facets.type), state.type, (v) => ({ type: v as OrganisationSearchState["type"] })),
    {
      id: "theme",
      title: t("facets.projectTheme"),
      trail: state.theme ? [{ label: t("facets.allThemes"), href: url({ theme: undefined }) }, ...facets.theme.trail.map((t) => ({ label: t.label, href: url({ theme: Number(t.value) }) }))] : undefined,
      items: facets.theme.values.map((v) => ({ label: v.label, count: v.count, href: url({ theme: Number(v.value) }), group: themeGroup(v.group) })),
      emptyText: state.theme ? undefined : t("facets.noThemes"),
      limit: 10,
    },
    flat("programme", t("facets.programme"), t("facets.allProgrammes"), facets.programme, state.programme, (v) => ({ programme: v })),
  ];
  const hidden = {
    country: state.country,
    region: state.region,
    type: state.type,
    theme: state.theme?.toString(),
    programme: state.programme,
    coordinated: state.coordinated ? "1" : undefined,
  };
  // Relevance needs a query; matching projects, a query matched against projects (not a PIC).
  const subject = result.bySubject;
  const sorts = (["relevance", "matching", "projects", "coordinated", "name"] as const).filter((s) => (s !== "relevance" || state.q) && (s !== "matching" || subject));
  const notice = state.q.trim() ? (
    <>
      <DidYouMean q={result.spelling} href={url({ q: result.spelling ?? undefined, match: undefined })} />
      <PartialMatchNote partial={result.partialMatch} of="organisations" locale={locale} allHref={url({ match: undefined })} />
      <SomeMoreNote more={result.someMore} of="organisations" locale={locale} href={url({ match: "any" })} />
      <MatchedThemesNotice themes={result.matchedThemes} themeHref={(theme) => url({ theme })} locale={locale}>
        {result.sort === "relevance" && subject && !result.partialMatch && result.total > 0 ? t("organisationSearch.subjectNote", { q: state.q.trim() }) : null}
      </MatchedThemesNotice>
    </>
  ) : null;

  return (
    <SearchResultsFrame
      basePath={basePath}
      exportHref={organisationSearchUrl("/organisations/export", { ...state, page: 1 })}
      search={{ label: t("organisationSearch.label"), placeholder: t("organisationSearch.placeholder"), q: state.q }}
      hidden={hidden}
      active={active}
      notice={notice}
      total={result.total}
      page={state.page}
      pageSize={result.pageSize}
      rowCount={result.rows.length}
      kind="organisations"
      sort={{ current: result.sort, options: sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) })), hidden: { match: state.match } }}
      empty={{ title: t("organisationSearch.emptyTitle"), hint: t("organisationSearch.emptyHint"), showAllLabel: t("organisationSearch.showAll") }}
      pageHref={(page) => url({ page })}
      sections={sections}
      locale={locale}
    >
          <div className="rounded-xl border bg-card px-4 shadow-xs sm:px-5">
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-0">{t("organisationSearch.organisation")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("organisationSearch.type")}</TableHead>
                  <TableHead className="hidden sm:table-cell">{t("organisationSearch.country")}</TableHead>
                  <TableHead className="pr-0 text-right">{t("organisationSearch.projects")}</TableHead>
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
                          {formatCountry(o.countryCode, locale, o.countryName)}
                        </span>
                        <span className="md:hidden">
                          {o.city || o.countryName ? " · " : null}
                          {labels(`organisationTypes.${o.type}`)}
                        </span>
                      </div>
                      {o.matchingExamples.length > 0 ? (
                        <div className="mt-0.5 text-xs text-muted-foreground">
                          {t("organisationSearch.examples")}{" "}
                          {o.matchingExamples.map((p, i) => (
                            <span key={p.id}>
                              {i > 0 ? ", " : null}
                              <Link href={`/projects/${p.id}`} className="font-medium text-foreground underline decoration-muted-foreground/40 underline-offset-2 hover:decoration-foreground">
                                {p.acronym}
                              </Link>
                            </span>
                          ))}
                          {o.matchingProjects && o.matchingProjects > o.matchingExamples.length ? " …" : null}
                        </div>
                      ) : null}
                      {result.partialMatch?.rows?.[o.id]?.length ? (
                        <div className="mt-0.5 text-xs text-muted-foreground">
                          <MatchedParts partial={result.partialMatch} id={o.id} of="organisation" locale={locale} />
                        </div>
                      ) : null}
                      <ResultShortlistButton item={{ kind: "organisation", id: o.id, name: o.name ?? o.shortName ?? String(o.id) }} />
                    </TableCell>
                    <TableCell className="hidden md:table-cell">
                      <span className="flex flex-wrap items-center gap-1.5">
                        {labels(`organisationTypes.${o.type}`)}
                        {o.isSme && o.type !== "sme" ? <Badge variant="muted">{labels("sme")}</Badge> : null}
                      </span>
                    </TableCell>
                    <TableCell className="hidden sm:table-cell">{formatCountry(o.countryCode, locale, o.countryName) ?? "—"}</TableCell>
                    <TableCell className="pr-0 text-right whitespace-nowrap tabular-nums">
                      <span className="font-medium">{formatNumber(o.projectCount, locale)}</span>
                      {o.coordinatorCount > 0 ? (
                        <span className="block text-xs text-muted-foreground">{t("organisationSearch.coordinated", { count: o.coordinatorCount, n: formatNumber(o.coordinatorCount, locale) })}</span>
                      ) : null}
                      {o.matchingProjects ? (
                        <Link
                          href={`/organisations/${o.id}?${new URLSearchParams({ q: state.q.trim() }).toString()}#projects-heading`}
                          title={t("organisationSearch.matchingTitle", { count: o.matchingProjects, n: formatNumber(o.matchingProjects, locale), q: state.q.trim() })}
                          className="block text-xs font-medium text-primary underline-offset-4 hover:underline"
                        >
                          {t("organisationSearch.matching", { count: o.matchingProjects, n: formatNumber(o.matchingProjects, locale) })}
                        </Link>
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
