import { ArrowRight, Building2, FolderKanban, Handshake, History, Landmark, MapPinned, Network } from "lucide-react";
import Link from "next/link";
import { connection } from "next/server";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ProjectDates } from "@/components/project-list";
import { SearchForm } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { getKnowledgeBaseCounts } from "@/db/queries/overview";
import { listProgrammes, type ProgrammeSummary } from "@/db/queries/programmes";
import { listRecentProjects } from "@/db/queries/projects";
import {formatNumber } from "@/lib/format";
import { programmeLabel } from "@/lib/projects";
import { projectSearchHref } from "@/lib/url-state";
import { getFormatLocale } from "@/lib/i18n/server";

export default async function HomePage() {
  await connection();
  const [locale, t] = await Promise.all([getFormatLocale(), getTranslations("home")]);
  const db = getDb();
  const counts = await getKnowledgeBaseCounts(db);
  // A programme whose projects are all record skeletons has nothing to browse.
  const programmes = (await listProgrammes(db)).filter((p) => p.projectCount > 0);
  const interreg = await listRecentProjects(db, { family: "Interreg", limit: 6 });
  const featured = interreg.length > 0 ? interreg : await listRecentProjects(db, { limit: 6 });

  const families = [...new Set(programmes.map((p) => p.family))].map((family) => ({
    family,
    programmes: programmes.filter((p) => p.family === family),
  }));
  const stats = [
    { label: t("stats.projects", { count: counts.projects }), value: counts.projects, href: "/projects", icon: FolderKanban },
    { label: t("stats.organisations", { count: counts.organisations }), value: counts.organisations, href: "/organisations", icon: Building2 },
    { label: t("stats.programmes", { count: counts.programmes }), value: counts.programmes, href: "#programmes", icon: Landmark },
  ];

  return (
    <div className="flex flex-col gap-12">
      <section
        aria-labelledby="home-heading"
        className="grid gap-10 rounded-2xl border bg-card px-5 py-10 shadow-xs sm:px-10 sm:py-12 lg:grid-cols-[minmax(0,1fr)_19rem] lg:items-center"
      >
        <div>
          <p className="text-sm font-medium tracking-wide text-primary uppercase">{t("eyebrow")}</p>
          <h1 id="home-heading" className="mt-2 max-w-3xl text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {t("title")}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-muted-foreground text-pretty">
            {t("intro")}
          </p>
          <SearchForm
            action="/projects"
            id="home-search"
            label={t("searchLabel")}
            placeholder={t("searchPlaceholder")}
            size="lg"
            className="mt-8 max-w-2xl"
            suggest
          />
          <ul className="mt-8 grid max-w-2xl grid-cols-3 gap-2 sm:gap-3" aria-label={t("statsLabel")}>
            {stats.map(({ label, value, href, icon: Icon }) => (
              <li key={href}>
                <Link href={href} className="group flex h-full flex-col rounded-xl border bg-background px-3 py-3 transition-colors hover:border-primary/40 hover:bg-secondary sm:px-4">
                  <Icon aria-hidden className="mb-1 size-4 text-primary" />
                  <span className="text-xl font-semibold tracking-tight tabular-nums sm:text-2xl">{formatNumber(value, locale)}</span>
                  <span className="text-xs text-muted-foreground group-hover:text-foreground sm:text-sm">{label}</span>
                </Link>
              </li>
            ))}
          </ul>
          {counts.untitledProjects > 0 || counts.unnamedOrganisations > 0 ? (
            <p className="mt-3 max-w-2xl text-xs text-muted-foreground">
              {t("recordOnly", {
                projectCount: counts.untitledProjects,
                projects: formatNumber(counts.untitledProjects, locale),
                organisationCount: counts.unnamedOrganisations,
                organisations: formatNumber(counts.unnamedOrganisations, locale),
              })}
            </p>
          ) : null}
        </div>
        <HowItHelps />
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-4 flex items-end justify-between gap-4">
          <div>
            <h2 id="featured-heading" className="text-xl font-semibold tracking-tight">
              {interreg.length > 0 ? t("interregProjects") : t("recentProjects")}
            </h2>
            <p className="text-sm text-muted-foreground">
              {interreg.length > 0 ? t("interregProjectsDescription") : t("recentProjectsDescription")}
            </p>
          </div>
          <Link href="/projects" className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
            {t("allProjects")} <ArrowRight aria-hidden className="size-4" />
          </Link>
        </div>
        {featured.length > 0 ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {featured.map((p) => (
              <li key={p.id}>
                <Card className="relative h-full transition-colors hover:border-primary/40">
                  <CardHeader>
                    <div className="flex items-center justify-between gap-2">
                      <Badge variant="secondary">{p.programme.family}</Badge>
                      <span className="truncate text-xs text-muted-foreground">{programmeLabel(p.programme)}</span>
                    </div>
                    <CardTitle as="h3" className="mt-1">
                      <Link href={`/projects/${p.id}`} className="after:absolute after:inset-0">
                        <span className="text-primary">{p.acronym ?? p.title}</span>
                        {p.acronym && p.title ? (
                          <span lang={p.language || undefined} className="mt-0.5 block text-sm font-normal text-foreground line-clamp-2">
                            <span className="sr-only"> — </span>
                            {p.title}
                          </span>
                        ) : null}
                      </Link>
                    </CardTitle>
                  </CardHeader>
                  <CardContent className="pt-3 text-xs text-muted-foreground">
                    <ProjectDates start={p.startDate} end={p.endDate} callYear={p.callYear} locale={locale} />
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("noProjects")}</p>
        )}
      </section>

      <section aria-labelledby="programmes" className="scroll-mt-24">
        <h2 id="programmes" className="text-xl font-semibold tracking-tight">
          {t("programmes")}
        </h2>
        <p className="mb-4 text-sm text-muted-foreground">{t("programmesDescription")}</p>
        <div className="grid items-start gap-4 md:grid-cols-2 lg:grid-cols-3">
          {families.map(({ family, programmes: list }) => (
            <ProgrammeFamily key={family} family={family} programmes={list} locale={locale} />
          ))}
        </div>
      </section>
    </div>
  );
}

function ProgrammeFamily({ family, programmes, locale }: { family: string; programmes: ProgrammeSummary[]; locale: string }) {
  const t = useTranslations("home");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3">{family}</CardTitle>
      </CardHeader>
      <CardContent className="pt-2">
        <ul className="flex flex-col divide-y text-sm">
          {programmes.map((p) => (
            <li key={p.id}>
              <Link
                href={projectSearchHref({ q: "", page: 1 }, { programme: p.code })}
                className="flex items-center justify-between gap-3 py-2 underline-offset-4 hover:text-primary hover:underline"
              >
                <span>{programmeLabel(p)}</span>
                <span className="shrink-0 text-muted-foreground tabular-nums">
                  {t("programmeProjects", { count: p.projectCount, n: formatNumber(p.projectCount, locale) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

// What Consortia helps with, each leading to the section that does it.
const helps = [
  { icon: History, key: "history", href: "/projects" },
  { icon: Network, key: "trackRecord", href: "/organisations" },
  { icon: Handshake, key: "consortium", href: "/interests" },
  { icon: MapPinned, key: "regions", href: "/regions" },
] as const;

function HowItHelps() {
  const t = useTranslations("home.helps");
  return (
    <ul className="flex flex-col gap-5 rounded-xl bg-secondary p-5" aria-label={t("label")}>
      {helps.map(({ icon: Icon, key, href }) => (
        <li key={key} className="flex gap-3">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-card text-primary shadow-xs">
            <Icon aria-hidden className="size-4.5" />
          </span>
          <div>
            <Link href={href} className="text-sm font-semibold text-secondary-foreground underline-offset-4 hover:text-primary hover:underline">
              {t(`${key}.title`)}
            </Link>
            <p className="mt-0.5 text-sm text-foreground/80">{t(`${key}.text`)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
