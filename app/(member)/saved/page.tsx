// /saved: the member's saved searches, with what is new in each since they last opened it (the
// search engine restricted to rows first loaded since then, or the matches not shown then), and
// their alert, name and delete. Another user's saved searches are never listed.
import { Bookmark, BellRing } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { AlertForm, DeleteForm, RenameForm } from "@/components/saved/saved-search-forms";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { listSavedSearches } from "@/db/saved/queries";
import { newResultsOf } from "@/db/saved/results";
import { requireUserForPage } from "@/lib/current-user";
import { savedSearchHref } from "@/lib/saved/target";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("saved.page");
  return { title: t("title") };
}

const newKey = { projects: "newProjects", organisations: "newOrganisations", interests: "newInterests", interest: "newMatches" } as const;

export default async function SavedSearchesPage() {
  const user = await requireUserForPage("/saved");
  const [t, format] = await Promise.all([getTranslations("saved"), getFormatter()]);
  const db = getDb();
  const searches = await listSavedSearches(db, user.id);
  const counts = await Promise.all(searches.map((s) => newResultsOf(db, s, { after: s.lastVisitedAt, knownKeys: s.visitedKeys, limit: 1 })));
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("page.title")} description={t("page.description")} />
      {searches.length === 0 ? (
        <EmptyState icon={<Bookmark />} title={t("page.empty")}>
          {t("page.emptyHint")}{" "}
          <Link href="/search" className="font-medium text-primary underline underline-offset-4">
            {t("page.searchProjects")}
          </Link>
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("page.title")}>
          {searches.map((s, i) => {
            const found = counts[i] ?? null;
            return (
              <li key={s.id} className="flex flex-col gap-3 rounded-xl border bg-card p-4 shadow-xs" data-testid="saved-search">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="flex min-w-0 flex-col gap-1">
                    {/* Not prefetched: opening it marks it visited. */}
                    <Link href={`/saved/${s.id}`} prefetch={false} className="text-base font-semibold break-words text-primary underline-offset-4 hover:underline">
                      {s.name}
                    </Link>
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
                      <span>{t(`kind.${s.kind}`)}</span>
                      {s.interestTitle ? <span className="break-words">· {s.interestTitle}</span> : null}
                      <span aria-hidden>·</span>
                      <code className="rounded bg-muted px-1 py-0.5 text-xs break-all">{savedSearchHref(s)}</code>
                    </p>
                    <p className="text-xs text-muted-foreground">
                      {t("page.savedOn", { date: date(s.createdAt) })}, {t("page.lastVisit", { date: date(s.lastVisitedAt) })}
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    {s.alert !== "none" ? (
                      <Badge variant="outline">
                        <BellRing aria-hidden className="size-3.5" /> {t(`frequency.${s.alert}`)}
                      </Badge>
                    ) : null}
                    {found === null ? (
                      <Badge variant="muted">{t("page.gone")}</Badge>
                    ) : (
                      <Badge variant={found.total > 0 ? "default" : "muted"} data-testid="new-count">
                        {t(`page.${newKey[s.kind]}`, { count: found.total })}
                      </Badge>
                    )}
                  </div>
                </div>
                <div className="flex flex-wrap items-end gap-x-6 gap-y-3 border-t pt-3">
                  <AlertForm id={s.id} name={s.name} alert={s.alert} />
                  <RenameForm id={s.id} name={s.name} />
                  <DeleteForm id={s.id} name={s.name} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
