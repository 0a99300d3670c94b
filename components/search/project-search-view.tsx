// Project search as /search and /projects show it: the facet sidebar with counts, the active
// filters as removable chips, the sort, a note on how the query was expanded across languages,
// the results and the pager. Every setting is in the URL built from the search state.
import { Languages } from "lucide-react";
import Link from "next/link";
import type { ProjectSearchResult } from "@/db/search/projects";
import { organisationTypeLabel } from "@/lib/organisation-types";
import { projectSearchUrl, type ProjectSearchState, type ProjectSort } from "@/lib/search/params";
import { ProjectList } from "../project-list";
import type { FacetSection } from "./facet-sidebar";
import { flatFacet, SearchResultsFrame } from "./search-results-frame";

const SORT_LABELS: Record<ProjectSort, string> = { relevance: "Relevance", recent: "Most recent", budget: "Budget" };

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "French", de: "German", pl: "Polish", it: "Italian", es: "Spanish" };

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
  const url = (patch: Partial<ProjectSearchState>) => projectSearchUrl(basePath, state, patch);
  const { facets } = result;
  const selectedLabel = (values: { value: string; label: string }[], value: string | number | undefined) =>
    value === undefined ? undefined : (values.find((v) => v.value === String(value))?.label ?? String(value));

  const programmeLabel = selectedLabel(facets.programme, state.programme);
  const partLabel = selectedLabel(facets.part, state.part);
  const countryLabel = selectedLabel(facets.country, state.country);
  const typeLabel = state.type ? organisationTypeLabel(state.type) : undefined;
  const themeLabel = facets.theme.trail.at(-1)?.label ?? (state.theme ? `Theme ${state.theme}` : undefined);
  const regionLabel = facets.region.trail.at(-1) ? `${facets.region.trail.at(-1)!.label} (${state.region})` : state.region;

  const active = [
    state.programme ? { label: "Programme", value: programmeLabel!, removeHref: url({ programme: undefined, part: undefined }) } : null,
    state.part ? { label: "Programme part", value: partLabel!, removeHref: url({ part: undefined }) } : null,
    state.theme ? { label: "Theme", value: themeLabel!, removeHref: url({ theme: undefined }) } : null,
    state.country ? { label: "Partner country", value: countryLabel!, removeHref: url({ country: undefined }) } : null,
    state.region ? { label: "Partner region", value: regionLabel!, removeHref: url({ region: undefined }) } : null,
    state.type ? { label: "Partner type", value: typeLabel!, removeHref: url({ type: undefined }) } : null,
  ].filter((f) => f !== null);

  const flat = (id: string, title: string, allLabel: string, values: typeof facets.country, selected: string | undefined, patch: (value: string | undefined) => Partial<ProjectSearchState>) =>
    flatFacet(id, title, allLabel, values, selected, (value) => url(patch(value)));

  const sections: FacetSection[] = [
    flat("programme", "Programme and period", "All programmes", facets.programme, state.programme, (v) => ({ programme: v, part: undefined })),
    flat("part", "Programme part", "All parts", facets.part, state.part === undefined ? undefined : String(state.part), (v) => ({ part: v === undefined ? undefined : Number(v) })),
    {
      id: "theme",
      title: "Theme",
      trail: state.theme ? [{ label: "All themes", href: url({ theme: undefined }) }, ...facets.theme.trail.map((t) => ({ label: t.label, href: url({ theme: Number(t.value) }) }))] : undefined,
      items: facets.theme.values.map((v) => ({ label: v.label, count: v.count, href: url({ theme: Number(v.value) }), group: v.group })),
      emptyText: state.theme ? undefined : "No themes in these results",
      limit: 10,
    },
    flat("country", "Partner country", "All countries", facets.country, state.country, (v) => ({ country: v })),
    {
      id: "region",
      title: "Partner region (NUTS)",
      trail: state.region ? [{ label: "All regions", href: url({ region: undefined }) }, ...facets.region.trail.map((t) => ({ label: `${t.label} (${t.value})`, href: url({ region: t.value }) }))] : undefined,
      items: facets.region.values.map((v) => ({ label: `${v.label} (${v.value})`, count: v.count, href: url({ region: v.value }) })),
      emptyText: state.region ? undefined : "No regions known for these partners",
      moreHint: state.country || state.region ? undefined : "Choose a country to see all its regions.",
    },
    flat("type", "Partner type", "All types", facets.type, state.type, (v) => ({ type: v as ProjectSearchState["type"] })),
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

  const notice =
    result.matchedThemes.length > 0 ? (
      <p className="flex items-start gap-2 text-sm text-muted-foreground">
        <Languages aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          Also searching the theme{result.matchedThemes.length > 1 ? "s" : ""}{" "}
          {result.matchedThemes.slice(0, 4).map((t, i) => (
            <span key={t.themeId}>
              {i > 0 ? ", " : null}
              <Link href={url({ theme: t.themeId })} className="font-medium text-primary underline-offset-4 hover:underline">
                {t.label}
              </Link>{" "}
              <span className="text-xs">
                (“{t.matched}”{LANGUAGE_NAMES[t.lang] && t.lang !== "en" ? `, ${LANGUAGE_NAMES[t.lang]}` : ""})
              </span>
            </span>
          ))}
        </span>
      </p>
    ) : null;

  return (
    <SearchResultsFrame
      basePath={basePath}
      search={{ label: "Search projects", placeholder: "Words in any language, an acronym… e.g. klastry, INCLUD", q: state.q }}
      hidden={hidden}
      active={active}
      notice={notice}
      total={result.total}
      page={state.page}
      pageSize={result.pageSize}
      rowCount={result.rows.length}
      noun={["project", "projects"]}
      sort={{ current: result.sort, options: sorts.map((s) => ({ value: s, label: SORT_LABELS[s] })) }}
      empty={{ title: "No projects match", hint: "Try fewer words, another spelling, or remove a filter.", showAllLabel: "Show all projects" }}
      pageHref={(page) => url({ page })}
      sections={sections}
      sidebarNote={
        state.country && state.type ? null : (
          <p className="mt-2 hidden px-1 text-xs text-muted-foreground lg:block">Country and type apply to the same partner: “Germany” and “SME” finds projects with a German SME.</p>
        )
      }
      locale={locale}
    >
      <ProjectList projects={result.rows} locale={locale} today={today} />
    </SearchResultsFrame>
  );
}
