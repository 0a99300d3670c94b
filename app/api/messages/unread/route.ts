// GET /api/messages/unread: how many of the signed-in user's conversations have unread messages,
// for the header's count (polled by react-query). Nothing is kept in server memory.
import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { unreadThreadCount } from "@/db/queries/messaging";
import { getCurrentUser } from "@/lib/current-user";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: (await getTranslations("messages.api"))("signIn") }, { status: 401 });
  const unread = await unreadThreadCount(getDb(), user.id);
  return NextResponse.json({ unread }, { headers: { "Cache-Control": "private, no-store" } });
}
