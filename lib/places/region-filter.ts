// The region picker's filter (components/organisations/region-picker.tsx): a country's NUTS
// regions, levels 1 to 3, narrowed to those whose name or code matches what was typed, each with
// its ancestors so that the indented tree still reads. Pure: no db, no React.
import { foldText } from "@/lib/search/text";

export interface NutsRegion {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

/**
 * The regions whose name contains the query, letters folded as search folds them ("malopol" finds
 * "Małopolskie", "lodz" "Łódzkie"), or whose code starts with it; with their ancestors, in the
 * given order, and the selected region always (a choice never disappears under a filter).
 */
export function filterRegionTree<R extends NutsRegion>(regions: readonly R[], query: string, selected = ""): readonly R[] {
  const q = foldText(query.trim());
  if (!q) return regions;
  const keep = new Set<string>();
  for (const r of regions) {
    if (!foldText(r.name).includes(q) && !r.code.toLowerCase().startsWith(q)) continue;
    // NUTS codes nest by prefix: AT2 ⊃ AT22 ⊃ AT221.
    for (let n = 3; n <= r.code.length; n++) keep.add(r.code.slice(0, n));
  }
  return regions.filter((r) => keep.has(r.code) || r.code === selected);
}
