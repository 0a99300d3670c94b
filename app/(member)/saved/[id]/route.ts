// Opening a saved search: marks it visited (what it shows now is no longer "new" on /saved) and
// goes to the search. Only its owner may: anyone else gets 404, as if it did not exist.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { markSavedSearchVisited } from "@/db/saved/write";
import { getCurrentUser } from "@/lib/current-user";
import { savedSearchHref } from "@/lib/saved/target";
import { parseId } from "@/lib/url-state";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(`/saved/${raw}`)}`, request.url), 303);
  const id = parseId(raw);
  const search = id === null ? null : await getDb().transaction((tx) => markSavedSearchVisited(tx, user.id, id, new Date()));
  if (!search) return new NextResponse("Not found", { status: 404 });
  return NextResponse.redirect(new URL(savedSearchHref(search), request.url), 303);
}
