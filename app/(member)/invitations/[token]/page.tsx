// The page an invitation link opens: who invites to what, and a button to join once signed in
// with the invited address.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SignOutButton } from "@/components/accounts/account-forms";
import { AcceptInvitationForm } from "@/components/organisations/member-forms";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { getInvitationByToken } from "@/db/queries/members";
import { tokenStateMessages } from "@/lib/accounts/tokens";
import { getCurrentUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await connection();
  const [link, user] = await Promise.all([getInvitationByToken(getDb(), token), getCurrentUser()]);
  const here = `/invitations/${token}`;

  let body: React.ReactNode;
  let title = "Invitation";
  if (link.state === "used" && link.invitation && user && link.invitation.acceptedByUserId === user.id) {
    title = `You are a member of ${link.invitation.profileName}`;
    body = (
      <Button asChild className="h-auto min-h-9 py-2 text-left whitespace-normal">
        <Link href={`/profile/${link.invitation.profileId}`}>Open {link.invitation.profileName}</Link>
      </Button>
    );
  } else if (link.state !== "valid") {
    title = "This invitation does not work";
    body = (
      <p role="alert" className="text-sm">
        {link.state === "revoked" ? "This invitation was withdrawn. Ask for a new one." : tokenStateMessages[link.state]}
      </p>
    );
  } else if (!user) {
    title = `Join ${link.invitation.profileName}`;
    body = (
      <div className="flex flex-col gap-3 text-sm">
        <p>
          This invitation is for <strong className="break-all">{link.invitation.email}</strong>. Sign in with that address, or create an account with
          it, to accept.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={`/register?next=${encodeURIComponent(here)}`}>Create an account</Link>
          </Button>
        </div>
      </div>
    );
  } else if (user.email !== link.invitation.email) {
    title = `Join ${link.invitation.profileName}`;
    body = (
      <div className="flex flex-col gap-3 text-sm">
        <p role="alert">
          This invitation was sent to <strong className="break-all">{link.invitation.email}</strong>, but you are signed in as{" "}
          <strong className="break-all">{user.email}</strong>. Sign out and sign in with the invited address to accept it.
        </p>
        <SignOutButton />
      </div>
    );
  } else {
    title = `Join ${link.invitation.profileName}`;
    body = <AcceptInvitationForm token={token} organisationName={link.invitation.profileName} />;
  }

  return (
    <div className="mx-auto w-full max-w-md py-4 sm:py-8">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight break-words">{title}</h1>
          <CardDescription>Organisations on Consortia have several members: owners and members.</CardDescription>
        </CardHeader>
        <CardContent>{body}</CardContent>
      </Card>
    </div>
  );
}
