import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/page-header";
import { OrganisationSearchView } from "@/components/search/organisation-search-view";
import { SearchSkeleton } from "@/components/search/search-skeleton";
import { getDb } from "@/db";
import { getThemeNames } from "@/db/queries/theme-names";
import { withThemeNames } from "@/lib/search/theme-names";
import { searchOrganisationsWithFacets } from "@/db/search/organisations";
import { getFormatLocale } from "@/lib/i18n/server";

import { organisationPageState } from "@/lib/search/page-state";
import { parseOrganisationSearchState, type OrganisationSearchState } from "@/lib/search/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseOrganisationSearchState(await searchParams);
  const t = await getTranslations("organisations.meta");
  return { title: q ? t("titleWithQuery", { q }) : t("title") };
}

export default async function OrganisationsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const { state, canonical, redirectTo } = organisationPageState("/organisations", params);
  if (redirectTo) redirect(redirectTo);
  const [locale, t] = await Promise.all([getFormatLocale(), getTranslations("organisations.list")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Suspense key={canonical} fallback={<SearchSkeleton label={t("loading")} />}>
        <Results state={state} locale={locale} />
      </Suspense>
    </>
  );
}

async function Results({ state, locale }: { state: OrganisationSearchState; locale: string }) {
  const db = getDb();
  const [found, names] = await Promise.all([searchOrganisationsWithFacets(db, state), getLocale().then((lang) => getThemeNames(db, lang))]);
  const result = withThemeNames(names, found);
  return <OrganisationSearchView basePath="/organisations" state={state} result={result} locale={locale} />;
}
