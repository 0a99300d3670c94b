// The places an interest can target (its "target regions"): countries and NUTS regions, found by
// typing a name in any language the reference data gives (countries in EN/DE/FR/IT/ES/PL, regions
// in their own language, as NUTS names them) or a code. Pure: no db, no React.
import { foldText, wordsOf } from "@/lib/search/text";

export interface Place {
  /** A country code (AT, EL) or a NUTS code (AT22). */
  code: string;
  /** In the reader's language for a country; as NUTS writes it for a region ("Steiermark"). */
  name: string;
  /** 0 a country, 1-3 a NUTS level. */
  level: number;
  /** The country a region is in (its code), for the list to say where "Centre" is. */
  countryCode: string;
  /** Other names it is found by (a country's names in the other languages). */
  aliases?: string[];
}

/**
 * The places matching the query, best first: its code typed whole, then codes starting with it
 * (only for a query that looks like a code: "AT2", "si03"), then names that are the query, start
 * with it, or have a word starting with each of its words ("vzhod slov" finds "Vzhodna
 * Slovenija", "ile france" finds "Île-de-France"); countries before regions, broader before
 * narrower, shorter before longer. At most `limit`.
 */
export function searchPlaces(places: readonly Place[], query: string, { limit = 12 }: { limit?: number } = {}): Place[] {
  const folded = foldText(query.trim());
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [];
  const asCode = /^[a-z]{2}[a-z0-9]{0,3}$/.test(folded) ? folded.toUpperCase() : null;
  const scored: { place: Place; rank: number }[] = [];
  for (const place of places) {
    let rank = Infinity;
    if (asCode && place.code === asCode) rank = 0;
    else if (asCode && asCode.length > 2 && place.code.startsWith(asCode)) rank = 1;
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      if (rank <= 2) break;
      const whole = foldText(name);
      if (whole === folded) rank = Math.min(rank, 2);
      else if (whole.startsWith(folded)) rank = Math.min(rank, 3);
      else {
        const words = wordsOf(name);
        if (wanted.every((w) => words.some((word) => word.startsWith(w)))) rank = Math.min(rank, 4);
      }
    }
    if (rank < Infinity) scored.push({ place, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank || a.place.level - b.place.level || a.place.name.length - b.place.name.length || a.place.code.localeCompare(b.place.code),
  );
  return scored.slice(0, limit).map((s) => s.place);
}
