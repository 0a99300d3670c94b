// The page an invitation link opens: who invites to what, and a button to join once signed in
// with the invited address.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/accounts/account-forms";
import { AcceptInvitationForm } from "@/components/organisations/member-forms";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { getInvitationByToken } from "@/db/queries/members";
import { getCurrentUser } from "@/lib/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile.invitation");
  return { title: t("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await connection();
  const [link, user] = await Promise.all([getInvitationByToken(getDb(), token), getCurrentUser()]);
  const here = `/invitations/${token}`;
  const t = await getTranslations("profile.invitation");
  const links = await getTranslations("auth.link");
  const b = (chunks: React.ReactNode) => <strong className="break-all">{chunks}</strong>;

  let body: React.ReactNode;
  let title = t("title");
  if (link.state === "used" && link.invitation && user && link.invitation.acceptedByUserId === user.id) {
    title = t("memberOf", { name: link.invitation.profileName });
    body = (
      <Button asChild className="h-auto min-h-9 py-2 text-left whitespace-normal">
        <Link href={`/profile/${link.invitation.profileId}`}>{t("open", { name: link.invitation.profileName })}</Link>
      </Button>
    );
  } else if (link.state !== "valid") {
    title = t("broken");
    body = (
      <p role="alert" className="text-sm">
        {link.state === "revoked" ? t("withdrawn") : links(link.state)}
      </p>
    );
  } else if (!user) {
    title = t("join", { name: link.invitation.profileName });
    body = (
      <div className="flex flex-col gap-3 text-sm">
        <p>{t.rich("forAddress", { email: link.invitation.email, b })}</p>
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>{t("signIn")}</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={`/register?next=${encodeURIComponent(here)}`}>{t("register")}</Link>
          </Button>
        </div>
      </div>
    );
  } else if (user.email !== link.invitation.email) {
    title = t("join", { name: link.invitation.profileName });
    body = (
      <div className="flex flex-col gap-3 text-sm">
        <p role="alert">{t.rich("otherAddress", { invited: link.invitation.email, email: user.email, b })}</p>
        <SignOutButton />
      </div>
    );
  } else {
    title = t("join", { name: link.invitation.profileName });
    body = <AcceptInvitationForm token={token} organisationName={link.invitation.profileName} />;
  }

  return (
    <div className="mx-auto w-full max-w-md py-4 sm:py-8">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight break-words">{title}</h1>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent>{body}</CardContent>
      </Card>
    </div>
  );
}
