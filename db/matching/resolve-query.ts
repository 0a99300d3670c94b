// Turns a query in public codes (programme, programme part and topic codes, EuroSciVoc paths or codes, a
// requester's PIC, CORDIS or ISO country codes, CORDIS activity types) into a MatchQuery of ids,
// and lists every code it does not know: reported, never silently dropped.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { partnerTypesFrom, toCordisCountry, type MatchQueryLine } from "@/lib/matching/query-input";
import type { MatchQuery } from "@/lib/matching/types";
import { textArray } from "../sql-arrays";

export interface ResolvedQuery {
  query: MatchQuery;
  /** "unknown programme part: X", "unknown theme: /y" … (empty when every code is known). */
  problems: string[];
}

/** A theme given as "/23/49/335" (code), "/natural sciences/…" (label path) or a plain label, case-insensitive. */
function themeKey(value: string): string {
  return value.trim().replace(/\/+$/, "").toLowerCase();
}

export async function resolveMatchQuery(db: Db, line: MatchQueryLine): Promise<ResolvedQuery> {
  const problems: string[] = [];
  const themes = (line.themes ?? []).map(themeKey);
  const countries = (line.countries ?? []).map(toCordisCountry);
  const regions = (line.regions ?? []).map((r) => r.toUpperCase());
  const rows = rowsOf<{
    programme: string | null; part: string | null; topic: string | null; requester: number | null;
    themes: { key: string; id: number }[] | null; countries: string[] | null; regions: string[] | null;
  }>(
    await db.execute(sql`
      select
        (select code from programmes where code = ${line.programme ?? null}) as programme,
        (select code from programme_parts where code = ${line.programmePart ?? null} limit 1) as part,
        (select code from topics where code = ${line.topic ?? null} limit 1) as topic,
        (select organisation_id from organisation_identifiers where scheme = 'pic' and value = ${line.requester ?? null}) as requester,
        (select json_agg(json_build_object('key', k.key, 'id', t.id))
           from unnest(${textArray(themes)}) k(key)
           join themes t on lower(t.code) = k.key or lower(t.path) = k.key or lower(t.label) = k.key) as themes,
        array(select code from countries where code = any(${textArray(countries)})) as countries,
        array(select distinct code from nuts_regions where code = any(${textArray(regions)})
              union select code from countries where code = any(${textArray(regions)})) as regions`),
  );
  const r = rows[0];
  if (line.programme && !r?.programme) problems.push(`unknown programme: ${line.programme}`);
  if (line.programmePart && !r?.part) problems.push(`unknown programme part: ${line.programmePart}`);
  if (line.topic && !r?.topic) problems.push(`unknown topic: ${line.topic}`);
  if (line.requester && r?.requester == null) problems.push(`unknown requester PIC: ${line.requester}`);
  const themeIds = new Map<string, number>();
  for (const t of r?.themes ?? []) if (!themeIds.has(t.key)) themeIds.set(t.key, Number(t.id));
  (line.themes ?? []).forEach((raw, i) => {
    if (!themeIds.has(themes[i] ?? "")) problems.push(`unknown theme: ${raw}`);
  });
  const knownCountries = new Set(r?.countries ?? []);
  (line.countries ?? []).forEach((raw, i) => {
    if (!knownCountries.has(countries[i] ?? "")) problems.push(`unknown country: ${raw}`);
  });
  const knownRegions = new Set(r?.regions ?? []);
  (line.regions ?? []).forEach((raw, i) => {
    if (!knownRegions.has(regions[i] ?? "")) problems.push(`unknown region: ${raw}`);
  });
  if (line.newPartnersOnly && !line.requester) problems.push("newPartnersOnly needs a requester: whose partners to leave out");
  const { types, unknown } = partnerTypesFrom(line.partnerTypes ?? []);
  for (const u of unknown) problems.push(`unknown partner type: ${u} (use HES, REC, PRC, PUB or OTH)`);

  const query: MatchQuery = {
    text: line.text,
    programmeCode: r?.programme ?? undefined,
    programmePartCode: r?.part ?? undefined,
    topicCode: r?.topic ?? undefined,
    themeIds: [...new Set(themeIds.values())],
    requesterOrganisationId: r?.requester == null ? undefined : Number(r.requester),
    partnerTypes: types.length > 0 ? types : undefined,
    countries: countries.length > 0 ? countries : undefined,
    regions: regions.length > 0 ? regions : undefined,
    newPartnersOnly: line.newPartnersOnly === true ? true : undefined,
    k: line.k,
  };
  return { query, problems };
}
