import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/page-header";
import { todayIso } from "@/components/project-status-badge";
import { ProjectSearchView } from "@/components/search/project-search-view";
import { SearchSkeleton } from "@/components/search/search-skeleton";
import { SearchTabs } from "@/components/search/search-tabs";
import { getDb } from "@/db";
import { searchProjectsWithFacets } from "@/db/search/projects";
import { getFormatLocale } from "@/lib/i18n/server";

import { projectPageState } from "@/lib/search/page-state";
import { parseProjectSearchState, type ProjectSearchState } from "@/lib/search/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseProjectSearchState(await searchParams);
  return { title: q ? `Search: “${q}”` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const { state, canonical, redirectTo } = projectPageState("/search", params);
  if (redirectTo) redirect(redirectTo);
  const locale = await getFormatLocale();
  return (
    <>
      <PageHeader
        title="Search"
        description="Past Interreg and EU research projects, in your language: a query in French, German, Polish, Italian or Spanish also finds English projects on its theme."
      />
      <SearchTabs active="projects" q={state.q} />
      <Suspense key={canonical} fallback={<SearchSkeleton label="Loading projects" />}>
        <Results state={state} locale={locale} />
      </Suspense>
    </>
  );
}

async function Results({ state, locale }: { state: ProjectSearchState; locale: string }) {
  const result = await searchProjectsWithFacets(getDb(), state);
  return <ProjectSearchView basePath="/search" state={state} result={result} locale={locale} today={todayIso()} />;
}
