// GET /api/places?lang=de: the places an interest can target (every country, named in that
// language, and the NUTS regions of levels 1-3), for the form's place search. Public reference
// data: anyone may read it, and it changes only with the reference data.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { listPlaces } from "@/db/queries/places";
import { isLocale, LOCALES } from "@/lib/i18n/config";

export async function GET(request: NextRequest) {
  const lang = request.nextUrl.searchParams.get("lang") ?? "en";
  if (!isLocale(lang)) return NextResponse.json({ error: `lang must be one of ${LOCALES.join(", ")}` }, { status: 400 });
  const places = await listPlaces(getDb(), lang);
  return NextResponse.json({ places }, { headers: { "Cache-Control": "public, max-age=86400" } });
}
