// A reported conversation, read-only, for site administrators: every message of the thread in
// order, the reported ones marked, and who reported what, when and why. Only conversations with
// at least one report are shown (administrators do not read other conversations); anyone who is
// not an administrator gets 404, an anonymous visitor is sent to sign in.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/utils";
import { getDb } from "@/db";
import { getThread, listThreadMessages, listThreadReports } from "@/db/queries/messaging";
import { parseId } from "@/lib/url-state";
import { requireAdminPage } from "../../admin-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.thread"))("metaTitle") };
}

type Props = { params: Promise<{ threadId: string }> };

export default async function AdminThreadPage({ params }: Props) {
  const raw = (await params).threadId;
  await requireAdminPage(`/admin/messages/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const db = getDb();
  const [thread, reports] = await Promise.all([getThread(db, id), listThreadReports(db, id)]);
  if (!thread || reports.length === 0) notFound();
  const [list, t, tNav, format] = await Promise.all([listThreadMessages(db, id), getTranslations("admin.thread"), getTranslations("admin.nav"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const nameOf = (profileId: number) => (profileId === thread.starterProfileId ? thread.starterName : thread.recipientName);
  const reportsOf = new Map<number, typeof reports>();
  for (const r of reports) reportsOf.set(r.messageId, [...(reportsOf.get(r.messageId) ?? []), r]);
  const sentAt = new Map(list.map((m) => [m.id, m.createdAt]));
  const profileLink = (profileId: number) => (
    <Link href={`/profiles/${profileId}`} className="font-medium text-primary underline underline-offset-4">
      {nameOf(profileId)}
    </Link>
  );

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/admin#reports", label: tNav("label") }, { label: t("breadcrumb") }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words">{thread.subject}</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {t.rich("between", { starter: () => profileLink(thread.starterProfileId), recipient: () => profileLink(thread.recipientProfileId) })}
          {thread.interestId ? (
            <>
              {" · "}
              <Link href={`/interests/${thread.interestId}`} className="text-primary underline underline-offset-4">
                {t("aboutInterest")}
              </Link>
            </>
          ) : null}
        </p>
        <p role="note" className="mt-3 rounded-md border border-warning/30 bg-warning-background px-3 py-2 text-sm">
          {t("readOnly")}
        </p>
      </div>

      <section aria-labelledby="reports-heading" className="flex flex-col gap-2">
        <h2 id="reports-heading" className="text-lg font-semibold">
          {t("reportsTitle")}
        </h2>
        <ul className="flex flex-col gap-2 text-sm" data-testid="thread-reports">
          {reports.map((r) => (
            <li key={r.id} className="rounded-md border bg-card p-3">
              <p className="font-medium">
                {t("report", { reporter: r.reporter ?? t("formerUser"), date: when(sentAt.get(r.messageId) ?? r.createdAt), reportedAt: when(r.createdAt) })}
              </p>
              <p className="mt-1 text-muted-foreground">{t("reason", { reason: r.reason })}</p>
            </li>
          ))}
        </ul>
      </section>

      <ol className="flex flex-col gap-3" aria-label={t("messagesLabel")}>
        {list.map((m) => {
          const reported = reportsOf.has(m.id);
          const first = m.senderProfileId === thread.starterProfileId;
          return (
            <li
              key={m.id}
              id={`message-${m.id}`}
              data-reported={reported ? "true" : undefined}
              className={cn("flex flex-col gap-1 rounded-xl border p-4 sm:max-w-[80%]", first ? "self-start bg-card" : "self-end bg-secondary/60", reported && "border-destructive/60 ring-1 ring-destructive/30")}
            >
              <p className="flex flex-wrap items-center gap-2 text-xs font-medium text-muted-foreground">
                {t("sentBy", { sender: nameOf(m.senderProfileId), date: when(m.createdAt) })}
                {reported ? <Badge variant="warning">{t("reportedBadge")}</Badge> : null}
              </p>
              {/* Plain text, escaped by React; links are never made clickable here. */}
              <p className="text-sm whitespace-pre-wrap break-words">{m.body}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
