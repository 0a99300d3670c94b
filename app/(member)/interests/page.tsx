// Partnership interests: the signed-in member's organisations' own (every state), and the other
// members' open interests to browse, filtered in the URL. Anonymous visitors see public ones.
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { DidYouMean } from "@/components/search/did-you-mean";
import { InterestList } from "@/components/interests/interest-list";
import { ProgrammeOptions } from "@/components/interests/programme-options";
import { ListPagination } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { SaveSearch } from "@/components/saved/save-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { getDb } from "@/db";
import { getThemeNames } from "@/db/queries/theme-names";
import { themeNameOfEnglish } from "@/lib/search/theme-names";
import { browseInterests, listInterestsOfProfiles, listProgrammeOptions, summariseInterestMatches } from "@/db/queries/interests";
import { listCountriesFor } from "@/db/queries/reference";
import { listMyOrganisations } from "@/db/queries/members";
import { getCurrentUser } from "@/lib/current-user";
import { isoDate } from "@/lib/interests/options";
import { organisationTypes } from "@/lib/organisation-types";
import { interestBrowseHref, parseInterestBrowse } from "@/lib/interests/browse-params";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";
import { getFormatLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests");
  return { title: t("title") };
}

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterestsPage({ searchParams }: Props) {
  const db = getDb();
  const t = await getTranslations("interests");
  const types = await getTranslations("labels.organisationTypes");
  const today = isoDate(new Date());
  const user = await getCurrentUser();
  const params = parseInterestBrowse(await searchParams);
  const organisations = user ? await listMyOrganisations(db, user.id) : [];
  const profileIds = organisations.map((o) => o.id);
  const [mineAsStored, othersAsStored, programmes, countries, themeNames] = await Promise.all([
    listInterestsOfProfiles(db, profileIds, today),
    browseInterests(db, { signedIn: user !== null, excludeProfileIds: profileIds, ...params, pageSize: PAGE_SIZE }, today),
    listProgrammeOptions(db),
    getFormatLocale().then((locale) => listCountriesFor(db, locale, "partners")),
    getLocale().then((lang) => getThemeNames(db, lang)),
  ]);
  // The themes of the list come as their English labels.
  const named = <I extends { themes: string[] }>(list: I[]) => list.map((i) => ({ ...i, themes: i.themes.map((label) => themeNameOfEnglish(themeNames, label)) }));
  const mine = named(mineAsStored);
  const matchSummaries = await summariseInterestMatches(db, mine.map((i) => i.id), today);
  const others = { ...othersAsStored, rows: named(othersAsStored.rows) };
  const filtered = Boolean(params.q || params.programmeId || params.country || params.wants);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t("title")}
        description={t("intro")}
      >
        {user ? (
          <Button asChild className="mt-2 self-start">
            <Link href="/interests/new">
              <Plus aria-hidden /> {t("publish")}
            </Link>
          </Button>
        ) : (
          <p className="text-sm">
            {t.rich("signInToPublish", {
              link: (chunks) => (
                <Link href="/sign-in?next=%2Finterests%2Fnew" className="font-medium text-primary underline-offset-4 hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </PageHeader>

      {user ? (
        <section aria-labelledby="mine-heading" className="flex flex-col gap-3">
          <h2 id="mine-heading" className="text-lg font-semibold">
            {t("mine")}
          </h2>
          {mine.length ? (
            <InterestList interests={mine} showOrganisation={organisations.length > 1} label={t("mine")} matchSummaries={matchSummaries} />
          ) : organisations.length ? (
            <EmptyState title={t("noneYet")}>{t("noneYetText")}</EmptyState>
          ) : (
            <EmptyState title={t("noOrganisation")}>
              <p>
                {t.rich("noOrganisationText", {
                  link: (chunks) => (
                    <Link href="/profile/new" className="font-medium text-primary underline-offset-4 hover:underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            </EmptyState>
          )}
        </section>
      ) : null}

      <section aria-labelledby="browse-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="browse-heading" className="text-lg font-semibold">
            {user ? t("othersOpen") : t("publicOpen")}
          </h2>
          <SaveSearch path="/interests" />
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("filterLabel")}>
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              {t("words")}
              <Input type="search" name="q" defaultValue={params.q ?? ""} placeholder={t("wordsPlaceholder")} maxLength={MAX_QUERY_LENGTH} className="h-9 w-full sm:w-52" />
            </label>
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              {t("programme")}
              <NativeSelect name="programme" defaultValue={params.programmeId ? String(params.programmeId) : ""} className="w-full sm:w-48">
                <option value="">{t("allProgrammes")}</option>
                <ProgrammeOptions programmes={programmes} />
              </NativeSelect>
            </label>
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              {t("theirCountry")}
              <NativeSelect name="country" defaultValue={params.country ?? ""} className="w-full sm:w-40">
                <option value="">{t("allCountries")}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </label>
            <label className="flex w-full flex-col gap-1 text-xs font-medium sm:w-auto">
              {t("lookingFor")}
              <NativeSelect name="wants" defaultValue={params.wants ?? ""} className="w-full sm:w-48">
                <option value="">{t("anyType")}</option>
                {organisationTypes.map((type) => (
                  <option key={type} value={type}>
                    {types(type)}
                  </option>
                ))}
              </NativeSelect>
            </label>
            <Button type="submit" size="sm" variant="outline">
              {t("filter")}
            </Button>
            {filtered ? (
              <Button asChild size="sm" variant="ghost">
                <Link href="/interests">{t("clear")}</Link>
              </Button>
            ) : null}
          </form>
        </div>
        {others.spelling ? <DidYouMean q={others.spelling} href={interestBrowseHref({ ...params, q: others.spelling }, 1)} /> : null}
        {others.rows.length ? (
          <>
            <InterestList interests={others.rows} label={user ? t("othersOpen") : t("publicOpen")} />
            <ListPagination page={others.page} pageSize={others.pageSize} total={others.total} hrefFor={(page) => interestBrowseHref(params, page)} />
          </>
        ) : (
          <EmptyState title={filtered ? t("noneFiltered") : t("noneOpen")}>
            {filtered ? t("noneFilteredText") : t("noneOpenText")}
          </EmptyState>
        )}
      </section>
    </div>
  );
}
