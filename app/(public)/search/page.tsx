import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/page-header";
import { todayIso } from "@/components/project-status-badge";
import { ProjectSearchView } from "@/components/search/project-search-view";
import { SearchSkeleton } from "@/components/search/search-skeleton";
import { SearchTabs } from "@/components/search/search-tabs";
import { getDb } from "@/db";
import { getThemeNames } from "@/db/queries/theme-names";
import { withThemeNames } from "@/lib/search/theme-names";
import { searchProjectsWithFacets } from "@/db/search/projects";
import { getFormatLocale } from "@/lib/i18n/server";

import { projectPageState } from "@/lib/search/page-state";
import { parseProjectSearchState, type ProjectSearchState } from "@/lib/search/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseProjectSearchState(await searchParams);
  const t = await getTranslations("search.meta");
  return { title: q ? t("titleWithQuery", { q }) : t("title") };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const { state, canonical, redirectTo } = projectPageState("/search", params);
  if (redirectTo) redirect(redirectTo);
  const [locale, t] = await Promise.all([getFormatLocale(), getTranslations("search")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SearchTabs active="projects" q={state.q} />
      <Suspense key={canonical} fallback={<SearchSkeleton label={t("loadingProjects")} />}>
        <Results state={state} locale={locale} />
      </Suspense>
    </>
  );
}

async function Results({ state, locale }: { state: ProjectSearchState; locale: string }) {
  const db = getDb();
  const [found, names] = await Promise.all([searchProjectsWithFacets(db, state), getLocale().then((lang) => getThemeNames(db, lang))]);
  const result = withThemeNames(names, found);
  return <ProjectSearchView basePath="/search" state={state} result={result} locale={locale} today={todayIso()} />;
}
