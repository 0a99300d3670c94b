// The header's account corner: "Sign in" and "Create account", or the organisation the user acts
// for, their account and "Sign out".
import { Building2, UserRound } from "lucide-react";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db";
import { listMyOrganisations } from "@/db/queries/members";
import { getCurrentUser } from "@/lib/current-user";
import { SignOutButton } from "./account-forms";

export async function UserMenu() {
  let user: Awaited<ReturnType<typeof getCurrentUser>> = null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    unstable_rethrow(error); // Next.js's own signals (dynamic rendering, redirects) pass through
    console.error("Consortia: the session could not be read:", error);
  }
  if (!user) {
    return (
      <div className="flex items-center gap-1">
        <Button asChild variant="ghost" size="sm">
          <Link href="/sign-in">Sign in</Link>
        </Button>
        <Button asChild size="sm">
          <Link href="/register">Create account</Link>
        </Button>
      </div>
    );
  }
  const organisations = await listMyOrganisations(getDb(), user.id);
  const acting = organisations.find((o) => o.id === user.activeProfileId) ?? organisations[0];
  return (
    <nav aria-label="Account" className="flex min-w-0 items-center gap-1">
      {acting ? (
        <Link
          href={`/profile/${acting.id}`}
          className="flex max-w-48 min-w-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-foreground hover:bg-muted"
          title={`Acting for ${acting.name}`}
        >
          <Building2 aria-hidden className="size-4 shrink-0 text-primary" />
          <span className="sr-only">Acting for </span>
          <span className="truncate">{acting.name}</span>
        </Link>
      ) : null}
      <Link href="/account" className="flex max-w-40 min-w-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground">
        <UserRound aria-hidden className="size-4 shrink-0" />
        <span className="truncate">{user.name ?? "Account"}</span>
        <span className="sr-only"> (your account)</span>
      </Link>
      <SignOutButton />
    </nav>
  );
}
