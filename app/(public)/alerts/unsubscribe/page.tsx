// The unsubscribe link of an alert mail: works without signing in. The page only reads (a mail
// scanner that follows the link changes nothing); the button switches off the alerts of the one
// saved search the token was signed for (lib/actions/saved-searches.ts unsubscribeAlert).
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { UnsubscribeForm } from "@/components/saved/saved-search-forms";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { savedSearchForToken } from "@/db/saved/queries";
import { env } from "@/lib/env";
import { unsubscribeTokenTarget, verifyUnsubscribeToken } from "@/lib/saved/token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("saved.unsubscribe");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnsubscribePage({ searchParams }: Props) {
  await connection();
  const t = await getTranslations("saved.unsubscribe");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw.trim() : "";
  const id = unsubscribeTokenTarget(token);
  const search = id === null ? null : await savedSearchForToken(getDb(), id);
  const check = search ? verifyUnsubscribeToken(token, { savedSearchId: search.id, userId: search.userId }, env().AUTH_SECRET) : "invalid";
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <PageHeader title={t("title")} />
      <Card>
        <CardContent className="flex flex-col gap-3 pt-6">
          {check === "valid" && search ? (
            <UnsubscribeForm token={token} name={search.name} off={search.alert === "none"} />
          ) : (
            <p role="alert" className="text-destructive">
              {t(check === "expired" ? "expired" : "invalid")}
            </p>
          )}
          <Link href="/saved" className="text-sm font-medium text-primary underline underline-offset-4">
            {t("manage")}
          </Link>
        </CardContent>
      </Card>
    </div>
  );
}
