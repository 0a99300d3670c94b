// "Message": the first message to a registered organisation (?to=profile id, optionally
// &interest=id). Its members receive it; nobody's e-mail address is shown.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StartConversationForm } from "@/components/messaging/message-forms";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { listMemberProfiles } from "@/db/queries/shortlists";
import { interests } from "@/db/schema/interests";
import { organisationProfiles } from "@/db/schema/members";
import { requireUserForPage } from "@/lib/current-user";
import { parseId } from "@/lib/url-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages.new"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewConversationPage({ searchParams }: Props) {
  const query = await searchParams;
  const to = parseId(String(query.to ?? ""));
  const user = await requireUserForPage(`/messages/new?to=${to ?? ""}`);
  if (to === null) notFound();
  const db = getDb();
  const [target] = await db.select({ id: organisationProfiles.id, name: organisationProfiles.name, published: organisationProfiles.published }).from(organisationProfiles).where(eq(organisationProfiles.id, to));
  if (!target?.published) notFound();
  const profiles = (await listMemberProfiles(db, user.id)).filter((p) => p.id !== to);
  const interestId = parseId(String(query.interest ?? ""));
  const t = await getTranslations("messages");
  const [interest] = interestId ? await db.select({ id: interests.id, title: interests.title }).from(interests).where(eq(interests.id, interestId)) : [];
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/messages", label: t("thread.breadcrumb") }, { label: t("new.breadcrumb", { name: target.name }) }]} />
        <h1 className="text-2xl font-semibold tracking-tight">{t("new.title", { name: target.name })}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("new.intro", { name: target.name })}</p>
      </div>
      <Card>
        <CardContent className="pt-6">
          {profiles.length ? (
            <StartConversationForm profiles={profiles} toProfileId={target.id} interestId={interest?.id ?? null} subject={interest?.title ?? ""} clientKey={randomUUID()} />
          ) : (
            <p className="text-sm">{t("new.registerFirst")}</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
