// The development mailbox: the outbox as a list of mails, for development and tests without an
// SMTP server. It does not exist in production unless DEV_MAILBOX=true (the e2e server sets it).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/outbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mail.mailbox");
  return { title: t("title"), robots: { index: false } };
}

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (!env().DEV_MAILBOX) notFound();
  const to = (await searchParams).to;
  const t = await getTranslations("mail.mailbox");
  const mails = await listOutbox(getDb(), { to: typeof to === "string" && to ? to.trim().toLowerCase() : undefined, limit: 50 });
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("title")}
        description={env().SMTP_URL ? t("descriptionSmtp") : t("descriptionNoSmtp")}
      />
      <form className="flex max-w-md items-end gap-2" role="search">
        <label className="flex flex-1 flex-col gap-1.5 text-sm font-medium">
          {t("recipient")}
          <input
            name="to"
            type="search"
            defaultValue={typeof to === "string" ? to : ""}
            className="h-9 rounded-md border border-input bg-card px-3 text-sm"
            placeholder="name@organisation.eu"
          />
        </label>
        <button className="h-9 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground">{t("filter")}</button>
      </form>
      {mails.length === 0 ? <p className="text-muted-foreground">{t("none")}</p> : null}
      <ol className="flex flex-col gap-4">
        {mails.map((mail) => (
          <li key={mail.id}>
            <Card data-testid="mail" aria-label={t("mailLabel", { to: mail.to, subject: mail.subject })}>
              <CardHeader>
                <CardTitle as="h2">{mail.subject}</CardTitle>
                <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                  <span>{t.rich("to", { to: mail.to, b: (chunks) => <span className="font-medium text-foreground">{chunks}</span> })}</span>
                  <span>·</span>
                  <time dateTime={mail.createdAt.toISOString()}>{mail.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                  <Badge variant={mail.status === "sent" ? "success" : mail.status === "failed" ? "warning" : "muted"}>{mail.status}</Badge>
                  {mail.lastError ? <span className="text-destructive">{mail.lastError}</span> : null}
                </div>
              </CardHeader>
              <CardContent className="pt-3">
                <MailText text={mail.text} />
              </CardContent>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The plain-text body with its addresses as links. */
function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <p className="text-sm break-words whitespace-pre-wrap">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="text-primary underline underline-offset-4">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
