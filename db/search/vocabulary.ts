// What search reads besides the results, kept in memory for a few minutes per database: the theme
// vocabulary compiled for query expansion (lib/search/expand) with the theme tree for the theme
// facet, and the names facets show (programmes, programme parts, countries, NUTS regions). They
// change only when data is imported; a value missing from the kept copy makes the next search
// read it again (see searchReferenceHas).
import "server-only";
import { sql } from "drizzle-orm";
import { linkedBelowIds, linkedThemeIds } from "@/lib/matching/theme-crosswalk";
import type { CompiledVocabulary } from "@/lib/search/expand";
import type { Db } from "../index";
import { keptCopy } from "../kept-copy";
import { rowsOf } from "../rows";
import { countries, programmeParts, programmes } from "../schema";
import { forgetThemeVocabulary, getThemeVocabulary, type ThemeNode } from "./theme-vocabulary";

export type { ThemeNode } from "./theme-vocabulary";

export interface ProgrammeLabel {
  id: number;
  code: string;
  name: string;
  family: string;
  period: string | null;
}

export interface SearchVocabulary {
  compiled: CompiledVocabulary;
  themes: Map<number, ThemeNode>;
  /** The themes the KEEP–EuroSciVoc crosswalk links to each (lib/matching/theme-crosswalk.ts). */
  /** The themes the KEEP–EuroSciVoc crosswalk links to each theme (both ways). */
  linkedThemes: Map<number, number[]>;
  /** The themes it links to each theme or to one below it: what a theme's projects include (search_theme_ids). */
  linkedBelow: Map<number, number[]>;
  children: Map<number | null, ThemeNode[]>;
  programmesById: Map<number, ProgrammeLabel>;
  programmesByCode: Map<string, ProgrammeLabel>;
  parts: Map<number, { code: string; title: string; programmeId: number }>;
  countries: Map<string, string>;
  /** NUTS names, of the version CORDIS uses (2021), else 2024, else 2016 (UK). */
  regions: Map<string, string>;
}

const kept = keptCopy(readVocabulary);

export function getSearchVocabulary(db: Db): Promise<SearchVocabulary> {
  return kept.get(db);
}

/** Forgets the kept copy of a database's vocabulary and names (after an import in this process). */
export function forgetSearchVocabulary(db: Db): void {
  kept.forget(db);
  forgetThemeVocabulary(db);
}

async function readVocabulary(db: Db): Promise<SearchVocabulary> {
  const { compiled, themeRows, themes } = await getThemeVocabulary(db);
  const children = new Map<number | null, ThemeNode[]>();
  for (const t of themeRows) {
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  const programmeRows = await db
    .select({ id: programmes.id, code: programmes.code, name: programmes.name, family: programmes.family, period: programmes.period })
    .from(programmes);
  const partRows = await db
    .select({ id: programmeParts.id, code: programmeParts.code, title: programmeParts.title, programmeId: programmeParts.programmeId })
    .from(programmeParts);
  const countryRows = await db.select({ code: countries.code, name: countries.nameEn }).from(countries);
  const regionRows = rowsOf<{ code: string; name: string }>(
    await db.execute(sql`
      select distinct on (code) code, name from nuts_regions
      order by code, case version when 2021 then 0 when 2024 then 1 when 2016 then 2 else 3 end`),
  );
  const linkedThemes = linkedThemeIds(themeRows);
  return {
    compiled,
    themes,
    linkedThemes,
    linkedBelow: linkedBelowIds(themeRows, linkedThemes),
    children,
    programmesById: new Map(programmeRows.map((r) => [r.id, r])),
    programmesByCode: new Map(programmeRows.map((r) => [r.code, r])),
    parts: new Map(partRows.map((r) => [r.id, r])),
    countries: new Map(countryRows.map((r) => [r.code, r.name])),
    regions: new Map(regionRows.map((r) => [r.code, r.name])),
  };
}

/** Whether the kept copy knows these programme, part and theme ids (else it is out of date). */
export function searchReferenceHas(vocabulary: SearchVocabulary, ids: { programmes?: number[]; parts?: number[]; themes?: number[] }): boolean {
  return (
    (ids.programmes ?? []).every((id) => vocabulary.programmesById.has(id)) &&
    (ids.parts ?? []).every((id) => vocabulary.parts.has(id)) &&
    (ids.themes ?? []).every((id) => vocabulary.themes.has(id))
  );
}

/** The theme and its ancestors, root first. */
export function themePath(vocabulary: SearchVocabulary, id: number): ThemeNode[] {
  const path: ThemeNode[] = [];
  for (let node = vocabulary.themes.get(id); node && path.length < 20; node = node.parentId ? vocabulary.themes.get(node.parentId) : undefined) {
    path.unshift(node);
  }
  return path;
}
