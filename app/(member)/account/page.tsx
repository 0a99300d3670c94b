import { Building2, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
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
import { leavingOutcome, leavingOutcomeText } from "@/lib/organisations/leaving";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUserForPage("/account");
  const params = await searchParams;
  const organisations = await listMyOrganisations(getDb(), user.id);
  // What deleting the account would do to each organisation, said before the button.
  const outcomes = await Promise.all(
    organisations.map(async (org) => {
      const others = (await listMembers(getDb(), org.id)).filter((m) => m.userId !== user.id);
      return { org, text: leavingOutcomeText(leavingOutcome(org.role, others)) };
    }),
  );
  const notice = params.password === "changed" ? "Your password is changed. Other sessions have been signed out." : params.left ? "You have left the organisation." : null;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Your account" description={<span className="break-all">Signed in as {user.email}</span>}>
        {user.role === "admin" ? (
          <Button asChild variant="outline" size="sm" className="self-start">
            <Link href="/admin">Administration</Link>
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
            <CardTitle>Your organisations</CardTitle>
            <CardDescription>The organisations you belong to. You act for one at a time: it is the one Consortia matches partners for.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4 pt-3">
            {organisations.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                You do not belong to an organisation yet. Create your organisation&apos;s profile, or ask a colleague who has one to invite you.
              </p>
            ) : (
              <ul className="flex flex-col divide-y" aria-label="Your organisations">
                {organisations.map((org) => {
                  const active = org.id === user.activeProfileId;
                  return (
                    <li key={org.id} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
                      <div className="flex min-w-0 items-center gap-2">
                        <Building2 aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                        <Link href={`/profile/${org.id}`} className="font-medium break-words text-primary underline-offset-4 hover:underline">
                          {org.name}
                        </Link>
                        <Badge variant={org.role === "owner" ? "secondary" : "muted"}>{org.role === "owner" ? "Owner" : "Member"}</Badge>
                        {org.published ? null : <Badge variant="warning">Not public</Badge>}
                      </div>
                      {active ? <Badge variant="success">Acting for</Badge> : <SwitchOrganisationButton profileId={org.id} name={org.name} />}
                    </li>
                  );
                })}
              </ul>
            )}
            <Button asChild className="self-start">
              <Link href="/profile/new">
                <Plus aria-hidden />
                Create an organisation
              </Link>
            </Button>
          </CardContent>
        </Card>

        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Your name</CardTitle>
              <CardDescription>Shown to the other members of your organisations only.</CardDescription>
            </CardHeader>
            <CardContent className="pt-3">
              <NameForm name={user.name ?? ""} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Password</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <ChangePasswordForm />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Message mail</CardTitle>
            </CardHeader>
            <CardContent className="pt-3">
              <MessageMailSetting on={await messageMailOn(getDb(), user.id)} />
            </CardContent>
          </Card>
        </div>
      </div>

      <Card className="border-destructive/30">
        <CardHeader>
          <CardTitle>Delete your account</CardTitle>
          <CardDescription>
            Your account and your memberships are deleted at once. Your organisations stay: where you are the last owner, the longest-standing
            member becomes owner; an organisation left without members is hidden from everyone (its profile and claims are kept).
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4 pt-3">
          {outcomes.length > 0 ? (
            <div className="text-sm">
              <p className="font-medium">What happens to your organisations:</p>
              <ul className="mt-1 flex list-disc flex-col gap-1 pl-5" aria-label="What happens to your organisations">
                {outcomes.map(({ org, text }) => (
                  <li key={org.id} className="break-words">
                    <span className="font-medium">{org.name}</span>: {text}.
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
