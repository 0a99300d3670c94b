// Messages: the conversations of the signed-in member's organisations, newest first, unread
// ones marked; archived ones on their own tab. Other organisations' conversations never appear.
import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { cn } from "@/components/ui/utils";
import { getDb } from "@/db";
import { listThreadsForUser } from "@/db/queries/messaging";
import { requireUserForPage } from "@/lib/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages.inbox"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MessagesPage({ searchParams }: Props) {
  const user = await requireUserForPage("/messages");
  const archived = (await searchParams).archived === "1";
  const [threads, t, format] = await Promise.all([listThreadsForUser(getDb(), user.id, archived), getTranslations("messages.inbox"), getFormatter()]);
  const tab = (active: boolean) => cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-secondary text-secondary-foreground" : "text-muted-foreground hover:bg-muted");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("tabs")} className="flex gap-2">
        <Link href="/messages" className={tab(!archived)} aria-current={!archived ? "page" : undefined}>
          {t("inbox")}
        </Link>
        <Link href="/messages?archived=1" className={tab(archived)} aria-current={archived ? "page" : undefined}>
          {t("archived")}
        </Link>
      </nav>
      {threads.length ? (
        <ul className="flex flex-col divide-y rounded-xl border bg-card" aria-label={archived ? t("archivedList") : t("list")}>
          {threads.map((thread) => (
            <li key={thread.id} className="flex flex-col gap-0.5 px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/messages/${thread.id}`} className={cn("text-primary underline-offset-4 hover:underline", thread.unread && "font-semibold")}>
                  {thread.otherName} — {thread.subject}
                </Link>
                <span className="text-xs text-muted-foreground tabular-nums">{format.dateTime(thread.lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </div>
              <p className="line-clamp-1 text-sm text-muted-foreground">
                {thread.unread ? <span className="mr-1 font-semibold text-primary">{t("unread")}</span> : null}
                {thread.lastBody}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState icon={<Inbox />} title={archived ? t("emptyArchived") : t("empty")}>
          {archived ? t("emptyArchivedText") : t("emptyText")}
        </EmptyState>
      )}
    </div>
  );
}
