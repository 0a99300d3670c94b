// Messages: the conversations of the signed-in member's organisations, newest first, unread
// ones marked; archived ones on their own tab. Other organisations' conversations never appear.
import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { cn } from "@/components/ui/utils";
import { getDb } from "@/db";
import { listThreadsForUser } from "@/db/queries/messaging";
import { requireUserForPage } from "@/lib/current-user";

export const metadata: Metadata = { title: "Messages" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MessagesPage({ searchParams }: Props) {
  const user = await requireUserForPage("/messages");
  const archived = (await searchParams).archived === "1";
  const threads = await listThreadsForUser(getDb(), user.id, archived);
  const tab = (active: boolean) => cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-secondary text-secondary-foreground" : "text-muted-foreground hover:bg-muted");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Messages" description="Conversations between your organisation and others on Consortia. Start one with “Message” on a registered organisation's page, a match or a shortlist." />
      <nav aria-label="Conversations" className="flex gap-2">
        <Link href="/messages" className={tab(!archived)} aria-current={!archived ? "page" : undefined}>
          Inbox
        </Link>
        <Link href="/messages?archived=1" className={tab(archived)} aria-current={archived ? "page" : undefined}>
          Archived
        </Link>
      </nav>
      {threads.length ? (
        <ul className="flex flex-col divide-y rounded-xl border bg-card" aria-label={archived ? "Archived conversations" : "Conversations"}>
          {threads.map((t) => (
            <li key={t.id} className="flex flex-col gap-0.5 px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/messages/${t.id}`} className={cn("text-primary underline-offset-4 hover:underline", t.unread && "font-semibold")}>
                  {t.otherName} — {t.subject}
                </Link>
                <span className="text-xs text-muted-foreground tabular-nums">{t.lastMessageAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
              </div>
              <p className="line-clamp-1 text-sm text-muted-foreground">
                {t.unread ? <span className="mr-1 font-semibold text-primary">Unread ·</span> : null}
                {t.lastBody}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState icon={<Inbox />} title={archived ? "Nothing archived" : "No conversation yet"}>
          {archived ? "Conversations you archive are kept here." : "Write to a registered organisation from its page, a match or a shortlist."}
        </EmptyState>
      )}
    </div>
  );
}
