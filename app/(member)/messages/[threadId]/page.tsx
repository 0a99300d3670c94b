// One conversation, for the members of its two organisations only (anyone else: 404). Messages
// are plain text, escaped; links are clickable only in messages of organisations the reader
// knows (their own, or one they have written to in this conversation).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ArchiveButton, BlockButton, MarkRead, ReportForm, SendMessageForm } from "@/components/messaging/message-forms";
import { cn } from "@/components/ui/utils";
import { getDb } from "@/db";
import { getThread, listThreadMessages } from "@/db/queries/messaging";
import { roleIn } from "@/lib/authz";
import { requireUserForPage } from "@/lib/current-user";
import { messageSegments } from "@/lib/messaging/message-text";
import { parseId } from "@/lib/url-state";
import { and, eq } from "drizzle-orm";
import { threadMemberStates } from "@/db/schema/messaging";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages.thread"))("metaTitle") };
}

type Props = { params: Promise<{ threadId: string }> };

export default async function ThreadPage({ params }: Props) {
  const raw = (await params).threadId;
  const user = await requireUserForPage(`/messages/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const db = getDb();
  const thread = await getThread(db, id);
  if (!thread) notFound();
  const mine = (await roleIn(db, user.id, thread.starterProfileId)) ? thread.starterProfileId : (await roleIn(db, user.id, thread.recipientProfileId)) ? thread.recipientProfileId : null;
  if (mine === null) notFound();
  const other = mine === thread.starterProfileId ? thread.recipientProfileId : thread.starterProfileId;
  const otherName = mine === thread.starterProfileId ? thread.recipientName : thread.starterName;
  const list = await listThreadMessages(db, id);
  const [state] = await db.select({ archivedAt: threadMemberStates.archivedAt }).from(threadMemberStates).where(and(eq(threadMemberStates.threadId, id), eq(threadMemberStates.userId, user.id)));
  const weWrote = list.some((m) => m.senderProfileId === mine);
  const [t, format] = await Promise.all([getTranslations("messages.thread"), getFormatter()]);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/messages", label: t("breadcrumb") }, { label: thread.subject }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words">{thread.subject}</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {t.rich("with", {
            link: () => (
              <Link href={`/profiles/${other}`} className="font-medium text-primary underline underline-offset-4">
                {otherName}
              </Link>
            ),
          })}
          {thread.interestId ? (
            <>
              {" · "}
              <Link href={`/interests/${thread.interestId}`} className="text-primary underline underline-offset-4">
                {t("aboutInterest")}
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <MarkRead threadId={id} latest={list.at(-1)?.id ?? 0} />
      <ol className="flex flex-col gap-3" aria-label={t("list")}>
        {list.map((m) => {
          const ours = m.senderProfileId === mine;
          const segments = messageSegments(m.body, { clickableLinks: ours || weWrote });
          return (
            <li key={m.id} className={cn("flex flex-col gap-1 rounded-xl border p-4 sm:max-w-[80%]", ours ? "self-end bg-secondary/60" : "self-start bg-card")}>
              <p className="text-xs font-medium text-muted-foreground">
                {t("sentAt", { sender: ours ? t("yourOrganisation") : otherName, date: format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              <p className="text-sm whitespace-pre-wrap break-words">
                {segments.map((s, i) =>
                  s.kind === "link" ? (
                    <a key={i} href={s.href} rel="nofollow noopener noreferrer" target="_blank" className="text-primary underline">
                      {s.text}
                    </a>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </p>
              {ours ? null : <ReportForm messageId={m.id} />}
            </li>
          );
        })}
      </ol>
      <SendMessageForm threadId={id} clientKey={randomUUID()} />
      <div className="flex flex-wrap items-start gap-3 border-t pt-4">
        <ArchiveButton threadId={id} archived={state?.archivedAt != null} />
        <BlockButton profileId={mine} blockedProfileId={other} name={otherName} />
      </div>
    </div>
  );
}
