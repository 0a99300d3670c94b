// The theme tree and the multilingual theme vocabulary compiled for query expansion
// (lib/search/expand), kept in memory for a few minutes per database: search reads it through
// vocabulary.ts, and matching (db/matching/find-matches.ts, also run by the CLI, hence no
// "server-only" here) reads an interest written in another language through it. They change only
// when data is imported.
import { asc } from "drizzle-orm";
import { compileVocabulary, type CompiledVocabulary, type ThemeTerms } from "@/lib/search/expand";
import type { Db } from "../index";
import { keptCopy } from "../kept-copy";
import { themeLabels, themes } from "../schema";

export interface ThemeNode {
  id: number;
  parentId: number | null;
  scheme: "euroscivoc" | "keep";
  code: string;
  label: string;
  level: number;
}

export interface ThemeVocabulary {
  compiled: CompiledVocabulary;
  /** Every theme, by label. */
  themeRows: ThemeNode[];
  themes: Map<number, ThemeNode>;
}

const kept = keptCopy(readThemeVocabulary);

export function getThemeVocabulary(db: Db): Promise<ThemeVocabulary> {
  return kept.get(db);
}

/** Forgets the kept copy (after an import in this process). */
export function forgetThemeVocabulary(db: Db): void {
  kept.forget(db);
}

async function readThemeVocabulary(db: Db): Promise<ThemeVocabulary> {
  const themeRows = await db
    .select({ id: themes.id, parentId: themes.parentId, scheme: themes.scheme, code: themes.code, label: themes.label, level: themes.level })
    .from(themes)
    .orderBy(asc(themes.label), asc(themes.id));
  const labelRows = await db
    .select({ themeId: themeLabels.themeId, lang: themeLabels.lang, label: themeLabels.label, synonyms: themeLabels.synonyms, english: themeLabels.synonymEnglish })
    .from(themeLabels);
  const withEnglish = new Set(labelRows.filter((r) => r.lang === "en").map((r) => r.themeId));
  // A theme without an English label row (EuroSciVoc) is known by its own English label.
  const terms: ThemeTerms[] = [
    ...labelRows,
    ...themeRows.filter((t) => !withEnglish.has(t.id)).map((t) => ({ themeId: t.id, lang: "en", label: t.label, synonyms: [] })),
  ];
  return { compiled: compileVocabulary(terms), themeRows, themes: new Map(themeRows.map((t) => [t.id, t])) };
}
