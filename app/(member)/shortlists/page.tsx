// Shortlists: the lists of the signed-in member's organisations (shared by their members), and
// "New shortlist". Lists of other organisations are never listed.
import { ListChecks } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { NewShortlistForm } from "@/components/shortlists/shortlist-forms";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { interestOptions, listMemberProfiles, listShortlistsOfProfiles } from "@/db/queries/shortlists";
import { requireUserForPage } from "@/lib/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shortlists.index"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShortlistsPage({ searchParams }: Props) {
  const user = await requireUserForPage("/shortlists");
  const db = getDb();
  const profiles = await listMemberProfiles(db, user.id);
  const profileIds = profiles.map((p) => p.id);
  const [lists, interests, t, format] = await Promise.all([listShortlistsOfProfiles(db, profileIds), interestOptions(db, profileIds), getTranslations("shortlists.index"), getFormatter()]);
  const deleted = (await searchParams).deleted;
  const many = profiles.length > 1;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      {deleted ? (
        <p role="status" className="rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
          {t("deleted")}
        </p>
      ) : null}
      {profiles.length === 0 ? (
        <EmptyState icon={<ListChecks />} title={t("registerFirst")}>
          {t.rich("registerFirstText", {
            link: (chunks) => (
              <Link href="/profile/new" className="font-medium text-primary underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <section aria-labelledby="lists-heading" className="flex flex-col gap-3">
            <h2 id="lists-heading" className="text-lg font-semibold">
              {t("yourLists")}
            </h2>
            {lists.length ? (
              <ul className="flex flex-col gap-3">
                {lists.map((l) => (
                  <li key={l.id} className="rounded-xl border bg-card p-4 shadow-xs">
                    <Link href={`/shortlists/${l.id}`} className="text-base font-semibold text-primary underline-offset-4 hover:underline">
                      {l.name}
                    </Link>
                    <p className="mt-1 text-sm text-muted-foreground">
                      {[t("entries", { count: l.entryCount }), many ? l.profileName : null, l.interestTitle ? t("forInterest", { title: l.interestTitle }) : null, t("changed", { date: format.dateTime(l.updatedAt, { dateStyle: "medium" }) })]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState icon={<ListChecks />} title={t("empty")}>
                {t("emptyText")}
              </EmptyState>
            )}
          </section>
          <Card className="self-start">
            <CardHeader>
              <CardTitle>{t("newTitle")}</CardTitle>
              <CardDescription>{t("newDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <NewShortlistForm profiles={profiles} interests={interests} creationKey={randomUUID()} />
            </CardContent>
          </Card>
        </div>
      )}
    </div>
  );
}
