// GET /api/projects: project search with facet counts, as JSON (docs/api.md).
import { getDb } from "@/db";
import { projectsApiBody } from "@/db/search/api";
import { parseProjectApiParams } from "@/lib/search/api";

export async function GET(request: Request): Promise<Response> {
  // Validated before the database is touched: a bad request costs nothing.
  const parsed = parseProjectApiParams(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  return Response.json(await projectsApiBody(getDb(), parsed.state), { headers: { "Cache-Control": "no-store" } });
}
