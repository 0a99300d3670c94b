// The development mailbox: the outbox as a list of mails, for development and tests without an
// SMTP server. It does not exist in production unless DEV_MAILBOX=true (the e2e server sets it).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (!env().DEV_MAILBOX) notFound();
  const to = (await searchParams).to;
  const mails = await listOutbox(getDb(), { to: typeof to === "string" && to ? to.trim().toLowerCase() : undefined, limit: 50 });
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Development mailbox"
        description={`The mail Consortia has queued${env().SMTP_URL ? " (and sent through SMTP)" : " (no SMTP server is configured, so nothing leaves the outbox)"}: newest first. Only in development and tests.`}
      />
      <form className="flex max-w-md items-end gap-2" role="search">
        <label className="flex flex-1 flex-col gap-1.5 text-sm font-medium">
          Recipient
          <input
            name="to"
            type="search"
            defaultValue={typeof to === "string" ? to : ""}
            className="h-9 rounded-md border border-input bg-card px-3 text-sm"
            placeholder="name@organisation.eu"
          />
        </label>
        <button className="h-9 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground">Filter</button>
      </form>
      {mails.length === 0 ? <p className="text-muted-foreground">No mail.</p> : null}
      <ol className="flex flex-col gap-4">
        {mails.map((mail) => (
          <li key={mail.id}>
            <Card data-testid="mail" aria-label={`Mail to ${mail.to}: ${mail.subject}`}>
              <CardHeader>
                <CardTitle as="h2">{mail.subject}</CardTitle>
                <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                  <span>
                    To <span className="font-medium text-foreground">{mail.to}</span>
                  </span>
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
