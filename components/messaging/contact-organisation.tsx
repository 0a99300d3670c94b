// "Message" for a knowledge-base organisation: a registered one is written to on Consortia; one
// that is not registered cannot receive messages, so a member may invite it by an e-mail address
// they type (one invitation per organisation per week). Shown to signed-in members only.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listMemberProfiles } from "@/db/queries/shortlists";
import { getCurrentUser } from "@/lib/current-user";
import { LazyInviteByMailForm as InviteByMailForm } from "@/components/lazy-client";

export async function ContactOrganisation({ organisationId, name, registeredProfileId }: { organisationId: number; name: string; registeredProfileId: number | null }) {
  const user = await getCurrentUser();
  if (!user?.emailVerified) return null;
  const t = await getTranslations("messages.contact");
  if (registeredProfileId !== null) {
    return (
      <Link href={`/messages/new?to=${registeredProfileId}`} className="inline-flex w-fit items-center rounded-lg border bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground hover:bg-primary/90">
        {t("message")}
      </Link>
    );
  }
  const profiles = await listMemberProfiles(getDb(), user.id);
  const from = profiles.find((p) => p.id === user.activeProfileId) ?? profiles[0];
  if (!from) return null;
  return (
    <details className="w-fit max-w-md rounded-lg border bg-card text-sm">
      <summary className="cursor-pointer px-3 py-1.5 font-medium text-primary">{t("message")}</summary>
      <div className="flex flex-col gap-3 border-t p-3">
        <p>{t("notRegistered", { name })}</p>
        <InviteByMailForm profileId={from.id} organisationId={organisationId} name={name} />
      </div>
    </details>
  );
}
