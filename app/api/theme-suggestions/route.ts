// POST /api/theme-suggestions {"text": "…"}: the Interreg themes and the fields of science that an
// interest's title and description name, in any of the vocabulary's six languages (docs/api.md). Public
// reference data, as the topics look-up: it reads the vocabulary and writes nothing.
import { getDb } from "@/db";
import { suggestedThemes } from "@/db/interests/theme-suggestions";
import { parseSuggestionRequest } from "@/lib/interests/theme-suggestions";

export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "invalid_request", message: "The body must be JSON: {\"text\": \"…\"}", issues: [{ field: "(body)", reason: "not JSON" }] }, { status: 400 });
  }
  const parsed = parseSuggestionRequest(body);
  if (!parsed.ok) return Response.json(parsed.body, { status: 400 });
  const { themes, fields } = await suggestedThemes(getDb(), parsed.text);
  const out = (list: typeof themes) => list.map((t) => ({ id: t.themeId, matched: t.matched }));
  return Response.json({ themes: out(themes), fields: out(fields) }, { headers: { "Cache-Control": "no-store" } });
}
