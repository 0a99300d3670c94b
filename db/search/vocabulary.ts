// The theme vocabulary as search uses it: every label and synonym of every theme compiled for
// query expansion (lib/search/expand), and the theme tree for the theme facet. Read once and kept
// for a few minutes per database: it changes only when themes are imported.
import "server-only";
import { asc } from "drizzle-orm";
import { compileVocabulary, type CompiledVocabulary, type ThemeTerms } from "@/lib/search/expand";
import type { Db } from "../index";
import { themeLabels, themes } from "../schema";

export interface ThemeNode {
  id: number;
  parentId: number | null;
  scheme: "euroscivoc" | "keep";
  label: string;
  level: number;
}

export interface SearchVocabulary {
  compiled: CompiledVocabulary;
  themes: Map<number, ThemeNode>;
  children: Map<number | null, ThemeNode[]>;
}

const TTL_MS = 5 * 60_000;
const cache = new WeakMap<Db, { at: number; value: Promise<SearchVocabulary> }>();

export function getSearchVocabulary(db: Db): Promise<SearchVocabulary> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = readVocabulary(db);
  cache.set(db, { at: Date.now(), value });
  value.catch(() => cache.delete(db));
  return value;
}

/** Forgets the cached vocabulary of a database (after an import in the same process). */
export function forgetSearchVocabulary(db: Db): void {
  cache.delete(db);
}

async function readVocabulary(db: Db): Promise<SearchVocabulary> {
  const themeRows = await db
    .select({ id: themes.id, parentId: themes.parentId, scheme: themes.scheme, label: themes.label, level: themes.level })
    .from(themes)
    .orderBy(asc(themes.label), asc(themes.id));
  const labelRows = await db
    .select({ themeId: themeLabels.themeId, lang: themeLabels.lang, label: themeLabels.label, synonyms: themeLabels.synonyms })
    .from(themeLabels);
  const withEnglish = new Set(labelRows.filter((r) => r.lang === "en").map((r) => r.themeId));
  // A theme without an English label row (EuroSciVoc) is known by its own English label.
  const terms: ThemeTerms[] = [
    ...labelRows,
    ...themeRows.filter((t) => !withEnglish.has(t.id)).map((t) => ({ themeId: t.id, lang: "en", label: t.label, synonyms: [] })),
  ];
  const byId = new Map(themeRows.map((t) => [t.id, t]));
  const children = new Map<number | null, ThemeNode[]>();
  for (const t of themeRows) {
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  return { compiled: compileVocabulary(terms), themes: byId, children };
}

/** The theme and its ancestors, root first. */
export function themePath(vocabulary: SearchVocabulary, id: number): ThemeNode[] {
  const path: ThemeNode[] = [];
  for (let node = vocabulary.themes.get(id); node && path.length < 20; node = node.parentId ? vocabulary.themes.get(node.parentId) : undefined) {
    path.unshift(node);
  }
  return path;
}
