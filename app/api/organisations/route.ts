// GET /api/organisations: organisation search with facet counts, as JSON (docs/api.md).
import { getDb } from "@/db";
import { organisationsApiBody } from "@/db/search/api";
import { parseOrganisationApiParams } from "@/lib/search/api";

export async function GET(request: Request): Promise<Response> {
  // Validated before the database is touched: a bad request costs nothing.
  const parsed = parseOrganisationApiParams(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  return Response.json(await organisationsApiBody(getDb(), parsed.state), { headers: { "Cache-Control": "no-store" } });
}
