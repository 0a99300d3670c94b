// GET /api/regions?country=AT: the NUTS regions of a country (its newest NUTS version, levels
// 1-3), for the region picker. Public reference data: anyone may read it.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { listCountryRegions } from "@/db/queries/members";

export async function GET(request: NextRequest) {
  const country = request.nextUrl.searchParams.get("country")?.trim().toUpperCase() ?? "";
  if (!/^[A-Z]{2}$/.test(country)) return NextResponse.json({ error: "country must be a two-letter code such as AT" }, { status: 400 });
  const regions = await listCountryRegions(getDb(), country);
  return NextResponse.json({ country, regions }, { headers: { "Cache-Control": "public, max-age=3600" } });
}
