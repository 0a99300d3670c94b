// GET /api/suggestions?q=fraunh&locale=de: what the search box offers while one types — projects,
// named organisations and themes whose names hold the query's words (docs/api.md). Public
// reference data; a query with no word of three letters is offered nothing.
import { getDb } from "@/db";
import { searchSuggestions } from "@/db/search/suggestions";
import { parseSuggestionParams, suggestionQuery } from "@/lib/search/suggestions";

export async function GET(request: Request): Promise<Response> {
  const parsed = parseSuggestionParams(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json(parsed.body, { status: 400 });
  const query = suggestionQuery(parsed.params.q);
  const body = query ? await searchSuggestions(getDb(), query, parsed.params.locale) : { projects: [], organisations: [], themes: [] };
  // The knowledge base changes only when data is imported: a minute's cache spares a retyped query.
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
}
