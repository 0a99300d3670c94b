// The header's account corner: "Sign in" and "Create account", or the signed-in user's name with
// the organisation they act for beneath it (a link to the account page), and "Sign out".
import { UserRound } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db";
import { listMyOrganisations } from "@/db/queries/members";
import { unreadThreadCount } from "@/db/queries/messaging";
import { SavedSearchesLink } from "@/components/saved/saved-searches-link";
import { LazySignOutButton as SignOutButton, LazyUnreadLink as UnreadLink } from "@/components/lazy-client";
import { getCurrentUser } from "@/lib/current-user";

export async function UserMenu() {
  const t = await getTranslations("common.account");
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
          <Link href="/sign-in">{t("signIn")}</Link>
        </Button>
        <Button asChild size="sm">
          <Link href="/register">{t("createAccount")}</Link>
        </Button>
      </div>
    );
  }
  const organisations = await listMyOrganisations(getDb(), user.id);
  const unread = await unreadThreadCount(getDb(), user.id);
  const acting = organisations.find((o) => o.id === user.activeProfileId) ?? organisations[0];
  return (
    <nav aria-label={t("accountNav")} className="flex min-w-0 items-center gap-1">
      <UnreadLink initial={unread} />
      <SavedSearchesLink />
      <Link href="/account" className="flex min-w-0 items-center gap-2 rounded-md px-2 py-1 hover:bg-muted">
        <UserRound aria-hidden className="size-5 shrink-0 text-primary" />
        <span className="flex min-w-0 flex-col leading-tight">
          <span className="max-w-24 truncate text-sm font-medium text-foreground sm:max-w-28">{user.name ?? user.email}</span>
          {acting ? (
            <span className="max-w-24 truncate text-xs text-muted-foreground sm:max-w-28">
              <span className="sr-only">{t("actingFor")}</span>
              {acting.name}
            </span>
          ) : null}
        </span>
      </Link>
      <SignOutButton />
    </nav>
  );
}
