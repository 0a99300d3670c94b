import { Building2, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, DeleteAccountForm, NameForm, SwitchOrganisationButton } from "@/components/accounts/account-forms";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MessageMailSetting } from "@/components/messaging/message-forms";
import { messageMailOn } from "@/db/queries/messaging";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { listMembers, listMyOrganisations } from "@/db/queries/members";
import { requireUserForPage } from "@/lib/current-user";
import { leavingOutcome } from "@/lib/organisations/leaving";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUserForPage("/account");
  const params = await searchParams;
  const t = await getTranslations("account");
  const organisations = await listMyOrganisations(getDb(), user.id);
  // What deleting the account would do to each organisation, said before the button.
  const outcomes = await Promise.all(
    organisations.map(async (org) => {
      const others = (await listMembers(getDb(), org.id)).filter((m) => m.userId !== user.id);
      const outcome = leavingOutcome(org.role, others);
      const text =
        outcome.kind === "hidden"
          ? t("delete.hidden")
          : outcome.kind === "stays"
            ? t("delete.stays")
            : others[0]?.name
              ? t("delete.handedOver", { name: others[0].name })
              : t("delete.handedOverUnnamed");
      return { org, text };
    }),
  );
  const notice = params.password === "changed" ? t("passwordChanged") : params.left ? t("leftOrganisation") : null;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={<span className="break-all">{t("signedInAs", { email: user.email })}</span>}>
        {user.role === "admin" ? (
          <Button asChild variant="outline" size="sm" className="self-start">
            <Link href="/admin">{t("administration")}</Link>
          </Button>
        ) : null}
      </PageHeader>
      {notice ? (
        <p role="status" className="rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <CardHeader>
            <CardTitle>{t("organisations.title")}</CardTitle>
            <CardDescription>{t("organisations.description")}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4 pt-3">
            {organisations.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                {t("organisations.none")}
              </p>
            ) : (
              <ul className="flex flex-col divide-y" aria-label={t("organisations.title")}>
                {organisations.map((org) => {
                  const active = org.id === user.activeProfileId;
                  return (
                    <li key={org.id} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
                      <div className="flex min-w-0 items-center gap-2">
                        <Building2 aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                        <Link href={`/profile/${org.id}`} className="font-medium break-words text-primary underline-offset-4 hover:underline">
                          {org.name}
                        </Link>
                        <Badge variant={org.role === "owner" ? "secondary" : "muted"}>{org.role === "owner" ? t("organisations.owner") : t("organisations.member")}</Badge>
                        {org.published ? null : <Badge variant="warning">{t("organisations.notPublic")}</Badge>}
                      </div>
                      {active ? <Badge variant="success">{t("organisations.actingFor")}</Badge> : <SwitchOrganisationButton profileId={org.id} name={org.name} />}
                    </li>
                  );
                })}
              </ul>
            )}
            <Button asChild className="self-start">
              <Link href="/profile/new">
                <Plus aria-hidden />
                {t("organisations.create")}
              </Link>
            </Button>
          </CardContent>
        </Card>

        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("name.title")}</CardTitle>
              <CardDescription>{t("name.description")}</CardDescription>
            </CardHeader>
            <CardContent className="pt-3">
              <NameForm name={user.name ?? ""} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("password.title")}</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <ChangePasswordForm />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("messageMail")}</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <MessageMailSetting on={await messageMailOn(getDb(), user.id)} />
            </CardContent>
          </Card>
        </div>
      </div>

      <Card className="border-destructive/30">
        <CardHeader>
          <CardTitle>{t("delete.title")}</CardTitle>
          <CardDescription>{t("delete.description")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4 pt-3">
          {outcomes.length > 0 ? (
            <div className="text-sm">
              <p className="font-medium">{t("delete.outcomes")}</p>
              <ul className="mt-1 flex list-disc flex-col gap-1 pl-5" aria-label={t("delete.outcomes")}>
                {outcomes.map(({ org, text }) => (
                  <li key={org.id} className="break-words">
                    {t.rich("delete.outcome", { name: org.name, outcome: text, b: (chunks) => <span className="font-medium">{chunks}</span> })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="max-w-md">
            <DeleteAccountForm />
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
