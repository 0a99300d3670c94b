// A registered organisation's public page: its profile, the knowledge-base records it holds
// and their past projects. Members are counted, never named.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LongText } from "@/components/long-text";
import { RecordProjects } from "@/components/organisations/record-projects";
import { RegisteredMark, RegisteredProfileFacts } from "@/components/organisations/registered-profile";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { getThemeNames } from "@/db/queries/theme-names";
import { namedThemes } from "@/lib/search/theme-names";
import { getPublicProfile } from "@/db/queries/members";
import { roleIn } from "@/lib/authz";
import { ShortlistButton } from "@/components/shortlists/shortlist-button";
import { incomingRequests } from "@/db/queries/messaging";
import { responsiveness, responsivenessWindowDays, type Responsiveness } from "@/lib/messaging/responsiveness";
import { getCurrentUser } from "@/lib/current-user";
import { formatPercent } from "@/lib/format";
import { getFormatLocale } from "@/lib/i18n/server";

import { parseId } from "@/lib/url-state";

type Props = { params: Promise<{ id: string }> };

const loadProfile = cache(async (rawId: string) => {
  const id = parseId(rawId);
  if (id === null) return null;
  await connection();
  return getPublicProfile(getDb(), id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [profile, t] = await Promise.all([loadProfile((await params).id), getTranslations("organisations.meta")]);
  return { title: profile ? profile.name : t("notFound") };
}

export default async function PublicProfilePage({ params }: Props) {
  const profile = await loadProfile((await params).id);
  if (!profile) notFound();
  const [locale, t] = await Promise.all([getFormatLocale(), getTranslations("organisations.profile")]);
  const user = await getCurrentUser();
  const member = user ? await roleIn(getDb(), user.id, profile.id) : null;
  const now = new Date();
  const reply = responsiveness(await incomingRequests(getDb(), profile.id, new Date(now.getTime() - responsivenessWindowDays * 86_400_000)), now);

  return (
    <article className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/organisations", label: t("breadcrumb") }, { label: profile.name }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">{profile.name}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <RegisteredMark />
          {member ? (
            <Link href={`/profile/${profile.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
              {t("manage")}
            </Link>
          ) : null}
        </div>
        {member ? null : (
          <div className="mt-3 flex flex-wrap items-start gap-2">
            {user ? (
              <Link href={`/messages/new?to=${profile.id}`} className="inline-flex items-center rounded-lg border bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground hover:bg-primary/90">
                {t("message")}
              </Link>
            ) : null}
            <ShortlistButton className="w-fit" item={{ kind: "profile", id: profile.id, name: profile.name }} />
          </div>
        )}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {profile.description ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("about")}</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <LongText text={profile.description} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>{t("pastProjects")}</CardTitle>
              <CardDescription>
                {profile.records.length > 0 ? (
                  t.rich("recordsFor", {
                    list: () =>
                      profile.records.map((r, i) => (
                        <span key={r.id}>
                          {i > 0 ? ", " : null}
                          <Link href={`/organisations/${r.id}`} className="font-medium text-primary underline underline-offset-4">
                            {r.name}
                          </Link>
                        </span>
                      )),
                  })
                ) : (
                  t("noRecord")
                )}
              </CardDescription>
            </CardHeader>
            {profile.recordIds.length > 0 ? (
              <CardContent className="pt-3">
                <RecordProjects recordIds={profile.recordIds} locale={locale} />
              </CardContent>
            ) : null}
          </Card>
        </div>
        <aside className="flex flex-col gap-4" aria-label={t("factsLabel")}>
          <Card>
            <CardHeader>
              <CardTitle>{t("profile")}</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <RegisteredProfileFacts profile={profile} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("responsiveness")}</CardTitle>
            </CardHeader>
            <CardContent className="pt-3 text-sm" data-testid="responsiveness">
              {describeReply(reply, locale, t)}
            </CardContent>
          </Card>
          {profile.themes.length > 0 ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("themesOfInterest")}</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <ul className="flex flex-wrap gap-1.5">
                  {namedThemes(await getThemeNames(getDb(), await getLocale()), profile.themes).map((t) => (
                    <li key={t.id}>
                      <Badge variant="outline">{t.label}</Badge>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

/** "Replied to 80 % of 5 requests in the last 90 days, typically within 3 hours", in the reader's language. */
function describeReply(r: Responsiveness, locale: string, t: Awaited<ReturnType<typeof getTranslations<"organisations.profile">>>): string {
  const days = responsivenessWindowDays;
  if (r.requests === 0 || r.replyRate === null) return t("noRequests", { days });
  const rate = formatPercent(Math.round(r.replyRate * 100), locale) ?? "";
  if (r.medianReplyHours === null) return t("replied", { rate, count: r.requests, days });
  const hours = Math.round(r.medianReplyHours);
  const time = r.medianReplyHours < 1 ? t("withinHour") : r.medianReplyHours < 36 ? t("withinHours", { hours }) : t("withinDays", { days: Math.round(r.medianReplyHours / 24) });
  return t("repliedWithin", { rate, count: r.requests, days, time });
}
