// GET /api/topics?q=forest%20value%20chains: call topics whose code starts with the query or whose
// title has all its words, for the interest form's topic field. Public reference data.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { searchTopics } from "@/db/queries/topics";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (q.length > 120) return NextResponse.json({ error: "q must be at most 120 characters" }, { status: 400 });
  const topics = await searchTopics(getDb(), q);
  return NextResponse.json({ topics }, { headers: { "Cache-Control": "public, max-age=3600" } });
}
