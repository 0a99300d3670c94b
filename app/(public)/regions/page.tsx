// The regional view: where the projects of a theme, a programme or a programme part have their
// partners, by country and down the NUTS levels, as a map (countries), a bar chart and a table,
// with the selection's projects per year. All of its state is in the URL (lib/regions/regional).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ActivitySection } from "@/components/charts/activity-section";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { PlaceTrail } from "@/components/regions/place-trail";
import { RegionalFigures } from "@/components/regions/regional-figures";
import { RegionalSelection } from "@/components/regions/regional-selection";
import { getDb } from "@/db";
import { getThemeNames } from "@/db/queries/theme-names";
import { namedThemes } from "@/lib/search/theme-names";
import { countSelectionActivity } from "@/db/queries/activity";
import { listProgrammes } from "@/db/queries/programmes";
import { countProjectsByPart, countProjectsByTheme, countRegionalParticipation, countRegionalProjects, getPlaceNames } from "@/db/queries/regions";
import { getSearchVocabulary, themePath } from "@/db/search/vocabulary";
import { bucketActivity } from "@/lib/charts/activity";
import { getFormatLocale } from "@/lib/i18n/server";
import { parseRegionalState, placeTrail, regionalHref, rowLevel, selectedPlace, sortRegionalRows, type RegionalRow } from "@/lib/regions/regional";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("regions.meta");
  return { title: t("title") };
}

export default async function RegionsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const state = parseRegionalState(params);
  const db = getDb();
  const vocabulary = await getSearchVocabulary(db);

  // Ids and codes the database does not know are dropped, and the URL says so.
  const programme = state.programme ? vocabulary.programmesByCode.get(state.programme) : undefined;
  const part = programme && state.part !== undefined ? vocabulary.parts.get(state.part) : undefined;
  const theme = state.theme !== undefined ? vocabulary.themes.get(state.theme) : undefined;
  const clean = {
    ...state,
    programme: programme?.code,
    part: part && part.programmeId === programme?.id ? state.part : undefined,
    theme: theme?.id,
  };
  if (hasUnknown(state, clean)) redirect(regionalHref(clean));

  const place = selectedPlace(clean);
  const level = rowLevel(place);
  if (level === null) redirect(regionalHref(clean, { region: clean.region!.slice(0, -1) }));

  const [t, locale, themeNames] = await Promise.all([getTranslations("regions"), getFormatLocale(), getLocale().then((lang) => getThemeNames(db, lang))]);
  const language = locale.slice(0, 2);
  const filter = { themeId: clean.theme, programmeId: programme?.id, partId: clean.part };
  const childThemes = vocabulary.children.get(clean.theme ?? null) ?? [];
  const [counts, projectTotal, themeCounts, partCounts, programmes, activityCounts] = await Promise.all([
    countRegionalParticipation(db, filter, place),
    countRegionalProjects(db, filter),
    countProjectsByTheme(
      db,
      filter,
      childThemes.map((c) => c.id),
    ),
    countProjectsByPart(db, filter),
    listProgrammes(db),
    countSelectionActivity(db, { ...filter, place }),
  ]);
  const trail = placeTrail(place);
  const names = await getPlaceNames(db, [...trail, ...counts.flatMap((c) => (c.code ? [c.code] : []))], language);
  const nameOf = (code: string) => names.get(code)?.name ?? code;
  const rows: (RegionalRow & { isoNumeric: string | null })[] = sortRegionalRows(
    counts.map((c) => ({
      ...c,
      name: c.code ? nameOf(c.code) : t("table.unlocated"),
      isoNumeric: c.code ? (names.get(c.code)?.isoNumeric ?? null) : null,
    })),
    clean.sort,
    locale,
  );
  const located = rows.filter((r) => r.code !== null);
  const activity = bucketActivity(activityCounts);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} className="mb-0" />
      <div className="grid items-start gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <RegionalSelection
          state={clean}
          programmes={programmes.filter((p) => p.projectCount > 0)}
          parts={[...partCounts].map(([id, count]) => ({ id, count, code: vocabulary.parts.get(id)?.code ?? String(id), title: vocabulary.parts.get(id)?.title ?? "" }))}
          themeTrail={clean.theme ? namedThemes(themeNames, themePath(vocabulary, clean.theme)) : []}
          childThemes={namedThemes(themeNames, childThemes.filter((c) => themeCounts.has(c.id)).map((c) => ({ ...c, count: themeCounts.get(c.id)! })))}
          locale={locale}
        />
        <div className="flex min-w-0 flex-col gap-6">
          <PlaceTrail state={clean} trail={trail.map((code) => ({ code, name: nameOf(code) }))} />
          {projectTotal === 0 ? (
            <EmptyState title={t("empty.title")}>{t("empty.text")}</EmptyState>
          ) : (
            <>
              <p className="text-sm text-muted-foreground" id="regional-summary">
                {place
                  ? t("summary", {
                      projects: projectTotal,
                      place: nameOf(place),
                      places: located.length,
                      organisations: rows.reduce((n, r) => n + r.organisations, 0),
                    })
                  : t("summaryEurope", { projects: projectTotal, places: located.length })}
              </p>
              <RegionalFigures state={clean} level={level} rows={rows} locale={locale} />
              <ActivitySection activity={activity} locale={locale} subject={clean.theme && !clean.programme ? "theme" : clean.programme && !clean.theme ? "programme" : "selection"} />
            </>
          )}
          <p className="text-xs text-muted-foreground">{t("sources")}</p>
        </div>
      </div>
    </div>
  );
}

function hasUnknown(state: { programme?: string; part?: number; theme?: number }, clean: { programme?: string; part?: number; theme?: number }): boolean {
  return state.programme !== clean.programme || state.part !== clean.part || state.theme !== clean.theme;
}
