// The places an interest can target: every country and the NUTS regions (levels 1-3) of each
// country's newest NUTS version, for the form's place search (lib/places/search).
import "server-only";
import { sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/config";
import type { Place } from "@/lib/places/search";
import type { Db, Tx } from "../index";
import { rowsOf } from "../rows";

const NAME_COLUMN: Record<Locale, string> = { en: "name_en", de: "name_de", fr: "name_fr", pl: "name_pl" };

export async function listPlaces(db: Db | Tx, locale: Locale): Promise<Place[]> {
  const rows = rowsOf<{ code: string; name: string; level: number; country_code: string; aliases: string[] | null }>(
    await db.execute(sql`
      with newest as (select country_code, max(version) as version from nuts_regions group by country_code)
      select c.code, coalesce(${sql.raw(`c.${NAME_COLUMN[locale]}`)}, c.name_en) as name, 0 as level, c.code as country_code,
        array_remove(array[c.name_en, c.name_de, c.name_fr, c.name_it, c.name_es, c.name_pl, c.name_iso], null) as aliases
      from countries c
      union all
      select n.code, n.name, n.level, n.country_code, null
      from nuts_regions n join newest on newest.country_code = n.country_code and newest.version = n.version
      where n.level between 1 and 3
      order by level, code`),
  );
  return rows.map((r) => {
    const aliases = [...new Set(r.aliases ?? [])].filter((a) => a !== r.name);
    return { code: r.code, name: r.name, level: Number(r.level), countryCode: r.country_code, ...(aliases.length ? { aliases } : {}) };
  });
}
