// POST /dev/alerts: runs the alert digests once, as the scheduler would, optionally as if it were
// `at` (an ISO time: a weekly alert is due a week after it was saved). For tests and development
// only: 404 unless DEV_MAILBOX is on, like /dev/mailbox. The digests land in the outbox.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { sendDueDigests } from "@/db/jobs/saved-search-alerts";
import { env } from "@/lib/env";

const input = z.object({ at: z.iso.datetime({ offset: true }).optional() });

export async function POST(request: NextRequest) {
  if (!env().DEV_MAILBOX) return new NextResponse("Not found", { status: 404 });
  const parsed = input.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return NextResponse.json({ error: "at must be an ISO date-time" }, { status: 400 });
  const report = await sendDueDigests(getDb(), { now: parsed.data.at ? new Date(parsed.data.at) : new Date(), appUrl: env().APP_URL, secret: env().AUTH_SECRET });
  return NextResponse.json(report);
}
