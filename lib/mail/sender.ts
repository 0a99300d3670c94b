// Sends the outbox: through nodemailer when SMTP_URL is set, else not at all (messages stay in
// the outbox; /dev/mailbox shows them outside production). A request never waits for it: an
// action schedules a delivery run after its response (next/server `after`), and a timer in each
// server process retries what failed.
import "server-only";
import { after } from "next/server";
import type { Transporter } from "nodemailer";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { deliverDueMail, type SendMail } from "./outbox";

const globalForMail = globalThis as unknown as { consortiaMail?: { transport?: Transporter; timer?: NodeJS.Timeout; running?: Promise<unknown> } };
const state = (globalForMail.consortiaMail ??= {});

async function smtpSend(): Promise<SendMail | null> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  if (!state.transport) {
    const nodemailer = await import("nodemailer");
    state.transport = nodemailer.createTransport(SMTP_URL);
  }
  const transport = state.transport;
  return async (message) => {
    await transport.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
  };
}

/** One delivery run at a time per process; a call during a run waits for it. */
export async function deliverMailNow(): Promise<void> {
  const send = await smtpSend();
  if (!send) return;
  state.running ??= deliverDueMail(getDb(), send)
    .catch((error: unknown) => console.error("Consortia mail: delivery failed:", error))
    .finally(() => {
      state.running = undefined;
    });
  await state.running;
}

/** After the current response has been sent, deliver what is due. */
export function scheduleMailDelivery(): void {
  if (!env().SMTP_URL) return;
  try {
    after(deliverMailNow);
  } catch {
    // Outside a request (CLI, tests): deliver in the background.
    void deliverMailNow();
  }
}

/** Retries due messages every minute in a server process (started by instrumentation). */
export function startMailTimer(): void {
  const { SMTP_URL, DEV_MAILBOX } = env();
  if (!SMTP_URL) {
    console.log(
      DEV_MAILBOX
        ? "Consortia mail: SMTP_URL is not set, so mail stays in the outbox: read it at /dev/mailbox."
        : "Consortia mail: SMTP_URL is not set, so mail stays in the outbox and is not sent (set SMTP_URL, or DEV_MAILBOX=true to read it at /dev/mailbox).",
    );
    return;
  }
  if (state.timer) return;
  state.timer = setInterval(() => void deliverMailNow(), 60_000);
  state.timer.unref();
  void deliverMailNow();
}
