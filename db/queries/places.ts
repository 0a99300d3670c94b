// The places an interest can target: every country and the NUTS regions (levels 1-3) of each
// country's newest NUTS version, for the form's place search (lib/places/search).
import "server-only";
import { sql } from "drizzle-orm";
import { formatCountry } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Place } from "@/lib/places/search";
import type { Db, Tx } from "../index";
import { rowsOf } from "../rows";

export async function listPlaces(db: Db | Tx, locale: Locale): Promise<Place[]> {
  const rows = rowsOf<{ code: string; name: string; level: number; country_code: string; aliases: string[] | null }>(
    await db.execute(sql`
      with newest as (select country_code, max(version) as version from nuts_regions group by country_code)
      select c.code, c.name_en as name, 0 as level, c.code as country_code,
        array_remove(array[c.name_en, c.name_de, c.name_fr, c.name_it, c.name_es, c.name_pl, c.name_iso], null) as aliases
      from countries c
      union all
      select n.code, n.name, n.level, n.country_code, null
      from nuts_regions n join newest on newest.country_code = n.country_code and newest.version = n.version
      where n.level between 1 and 3
      order by level, code`),
  );
  return rows.map((r) => {
    // A country as every page names it in the reader's language (lib/format); the reference list's
    // names in six languages, and the ISO one, found too ("Turkey", "Tschechische Republik").
    const level = Number(r.level);
    const name = level === 0 ? (formatCountry(r.code, locale, r.name) ?? r.name) : r.name;
    const aliases = [...new Set((r.aliases ?? []).map((a) => a.trim()))].filter((a) => a !== name);
    return { code: r.code, name, level, countryCode: r.country_code, ...(aliases.length ? { aliases } : {}) };
  });
}
