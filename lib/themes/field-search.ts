// The fields of science (EuroSciVoc, how CORDIS tags Horizon Europe projects) that a form offers
// through a search box rather than a list: about a thousand concepts on seven levels. Pure: no db,
// no React.
import { foldText, wordsOf } from "@/lib/search/text";
import { themeName, type ThemeNames } from "@/lib/search/theme-names";

export interface FieldOption {
  id: number;
  /** In the reader's language when the concept has a label in it, else English. */
  label: string;
  /** The English label when the reader's differs: what a user who types English finds it by. */
  english?: string;
  parentId: number | null;
}

/** The options for rows of the vocabulary (English labels), named in the reader's language. */
export function fieldOptions(names: ThemeNames, rows: readonly { id: number; label: string; parentId: number | null }[]): FieldOption[] {
  return rows.map((r) => {
    const label = themeName(names, r);
    return label === r.label ? { id: r.id, label, parentId: r.parentId } : { id: r.id, label, english: r.label, parentId: r.parentId };
  });
}

/** The labels from the top-level field down to the option's parent ("natural sciences › biological sciences"). */
export function fieldTrail(byId: ReadonlyMap<number, FieldOption>, option: FieldOption): string[] {
  const trail: string[] = [];
  const seen = new Set<number>([option.id]);
  for (let parent = option.parentId; parent != null && !seen.has(parent); ) {
    seen.add(parent);
    const p = byId.get(parent);
    if (!p) break;
    trail.unshift(p.label);
    parent = p.parentId;
  }
  return trail;
}

/**
 * The options whose label (or English label) has a word starting with each word of the query,
 * best first: a label that is the query, then one that starts with it, then the shorter label;
 * at most `limit`. In French, "ener sol" and "solar" both find "énergie solaire" (English label
 * "solar energy"); "klima" finds nothing there, since no word of either label starts with it.
 */
export function searchFields(
  options: readonly FieldOption[],
  query: string,
  { limit = 12 }: { limit?: number } = {},
): FieldOption[] {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [];
  const folded = foldText(query.trim());
  const scored: { option: FieldOption; rank: number; length: number }[] = [];
  for (const option of options) {
    let best = Infinity;
    for (const text of [option.label, option.english]) {
      if (!text) continue;
      const words = wordsOf(text);
      if (!wanted.every((w) => words.some((word) => word.startsWith(w)))) continue;
      const whole = foldText(text);
      best = Math.min(best, whole === folded ? 0 : whole.startsWith(folded) ? 1 : text === option.label ? 2 : 3);
    }
    if (best < Infinity) scored.push({ option, rank: best, length: option.label.length });
  }
  scored.sort((a, b) => a.rank - b.rank || a.length - b.length || a.option.label.localeCompare(b.option.label) || a.option.id - b.option.id);
  return scored.slice(0, limit).map((s) => s.option);
}
