// A registered organisation's public page: its profile, the knowledge-base records it holds
// and their past projects. Members are counted, never named.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LongText } from "@/components/long-text";
import { RecordProjects } from "@/components/organisations/record-projects";
import { RegisteredMark, RegisteredProfileFacts } from "@/components/organisations/registered-profile";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { getPublicProfile } from "@/db/queries/members";
import { roleIn } from "@/lib/authz";
import { ShortlistButton } from "@/components/shortlists/shortlist-button";
import { incomingRequests } from "@/db/queries/messaging";
import { describeResponsiveness, responsiveness, responsivenessWindowDays } from "@/lib/messaging/responsiveness";
import { getCurrentUser } from "@/lib/current-user";
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
  const profile = await loadProfile((await params).id);
  return { title: profile ? profile.name : "Organisation not found" };
}

export default async function PublicProfilePage({ params }: Props) {
  const profile = await loadProfile((await params).id);
  if (!profile) notFound();
  const locale = await getFormatLocale();
  const user = await getCurrentUser();
  const member = user ? await roleIn(getDb(), user.id, profile.id) : null;
  const now = new Date();
  const reply = responsiveness(await incomingRequests(getDb(), profile.id, new Date(now.getTime() - responsivenessWindowDays * 86_400_000)), now);

  return (
    <article className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/organisations", label: "Organisations" }, { label: profile.name }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">{profile.name}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <RegisteredMark />
          {member ? (
            <Link href={`/profile/${profile.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
              Manage this organisation
            </Link>
          ) : null}
        </div>
        {member ? null : (
          <div className="mt-3 flex flex-wrap items-start gap-2">
            {user ? (
              <Link href={`/messages/new?to=${profile.id}`} className="inline-flex items-center rounded-lg border bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground hover:bg-primary/90">
                Message
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
                <CardTitle>About</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <LongText text={profile.description} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>Past projects</CardTitle>
              <CardDescription>
                {profile.records.length > 0 ? (
                  <>
                    As the knowledge base records them for{" "}
                    {profile.records.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 ? ", " : null}
                        <Link href={`/organisations/${r.id}`} className="font-medium text-primary underline underline-offset-4">
                          {r.name}
                        </Link>
                      </span>
                    ))}
                    .
                  </>
                ) : (
                  "It has not claimed a record of the knowledge base yet."
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
        <aside className="flex flex-col gap-4" aria-label="Organisation facts">
          <Card>
            <CardHeader>
              <CardTitle>Profile</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <RegisteredProfileFacts profile={profile} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Responsiveness</CardTitle>
            </CardHeader>
            <CardContent className="pt-3 text-sm" data-testid="responsiveness">
              {describeResponsiveness(reply)}.
            </CardContent>
          </Card>
          {profile.themes.length > 0 ? (
            <Card>
              <CardHeader>
                <CardTitle>Themes of interest</CardTitle>
              </CardHeader>
              <CardContent className="pt-3">
                <ul className="flex flex-wrap gap-1.5">
                  {profile.themes.map((t) => (
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
