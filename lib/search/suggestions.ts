// What the search box offers while one types (GET /api/suggestions, components/search/search-suggestions.tsx):
// the query's words, the themes a name in any of the vocabulary's languages starts with them, the
// API's parameters, and how the arrow keys move through the offers. Pure: no db, no React.
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { ApiErrorBody } from "./api";
import type { CompiledVocabulary, Phrase } from "./expand";
import { foldText, STOPWORDS, wordsOf } from "./text";

/** How many of each kind are offered. */
export const SUGGESTION_LIMITS = { projects: 5, organisations: 5, themes: 3 } as const;
export const MAX_SUGGESTION_QUERY = 100;
/** A word shorter than this cannot use the trigram indexes ("%ab%"): a query needs one this long. */
const MIN_WORD = 3;
const MAX_WORDS = 6;

export interface SuggestionQuery {
  /** The query as typed, trimmed: an acronym or a name equal to it comes first. */
  text: string;
  /** Its words, folded (lower case, no accents), at most six: each must be in what is offered. */
  words: string[];
}

/** The query to offer for, or null when it has no word of three letters or digits (nothing is offered yet). */
export function suggestionQuery(q: string): SuggestionQuery | null {
  const text = q.trim().replace(/\s+/g, " ");
  const words = [...new Set(wordsOf(text))].slice(0, MAX_WORDS);
  if (!words.some((w) => w.length >= MIN_WORD)) return null;
  return { text, words };
}

export interface ThemeOffer {
  themeId: number;
  /** The label or synonym whose words start with the query's, as the vocabulary writes it. */
  matched: string;
  lang: string;
}

/**
 * The themes one of whose names (a label or a synonym, in any language) has a word starting with
 * each of the query's words — "klast" finds Clusters by the Polish "klastry", "clim adap" climate
 * adaptation —, best first: the name starting with the query's first word, a label before a
 * synonym, the reader's language then English before the others, the fewest other words, the
 * shortest name. Function words are not required ("desarrollo de" is still typing "desarrollo …").
 */
export function themesStartingWith(vocabulary: CompiledVocabulary, words: readonly string[], locale: string, limit: number): ThemeOffer[] {
  const content = words.filter((w) => !STOPWORDS.has(w));
  const wanted = content.length > 0 ? content : [...words];
  if (wanted.length === 0) return [];
  const best = new Map<number, { rank: number[]; phrase: Phrase }>();
  for (const phrases of vocabulary.byKey.values()) {
    for (const phrase of phrases) {
      if (!wanted.every((w) => phrase.words.some((pw) => pw.startsWith(w)))) continue;
      const rank = [
        phrase.words[0]!.startsWith(wanted[0]!) ? 0 : 1,
        phrase.isLabel ? 0 : 1,
        phrase.lang === locale ? 0 : phrase.lang === "en" ? 1 : 2,
        phrase.words.length - wanted.length,
        phrase.text.length,
      ];
      const seen = best.get(phrase.themeId);
      if (!seen || compareRanks(rank, seen.rank) < 0) best.set(phrase.themeId, { rank, phrase });
    }
  }
  return [...best.values()]
    .sort((a, b) => compareRanks(a.rank, b.rank) || a.phrase.themeId - b.phrase.themeId)
    .slice(0, limit)
    .map(({ phrase }) => ({ themeId: phrase.themeId, matched: phrase.text, lang: phrase.lang }));
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export interface SuggestionParams {
  q: string;
  locale: Locale;
}

const paramsSchema = z.strictObject({
  q: z.string().trim().min(1, "must not be empty").max(MAX_SUGGESTION_QUERY, `must be at most ${MAX_SUGGESTION_QUERY} characters`),
  locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default("en"),
});

/** GET /api/suggestions' parameters (q, locale), or a 400 body naming each bad one; a parameter given twice is bad. */
export function parseSuggestionParams(params: URLSearchParams): { ok: true; params: SuggestionParams } | { ok: false; body: ApiErrorBody } {
  const issues: { field: string; reason: string }[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) issues.push({ field: key, reason: "must be given once" });
    else raw[key] = values[0]!;
  }
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) {
    const repeated = new Set(issues.map((i) => i.field));
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") for (const key of issue.keys) issues.push({ field: key, reason: "is not a parameter (q, locale)" });
      else if (!repeated.has(String(issue.path[0]))) issues.push({ field: String(issue.path[0]), reason: issue.code === "invalid_type" ? "is required" : issue.message });
    }
  }
  if (issues.length > 0 || !parsed.success) {
    return { ok: false, body: { error: "invalid_parameters", message: `Invalid parameters: ${issues.map((i) => `${i.field}: ${i.reason}`).join("; ")}`, issues } };
  }
  return { ok: true, params: parsed.data };
}

/**
 * The option highlighted after an arrow key, in a list of `count` options where -1 is none (the
 * box itself): down from the box to the first and from the last round to the first, up from the
 * first or the box round to the last.
 */
export function movedOption(active: number, count: number, key: "ArrowDown" | "ArrowUp"): number {
  if (count <= 0) return -1;
  if (key === "ArrowDown") return active < 0 || active >= count - 1 ? 0 : active + 1;
  return active <= 0 || active >= count ? count - 1 : active - 1;
}

/**
 * The parts of a text that hold the query's words, as [start, end) ranges of the text as written,
 * merged and in order: "Technische Universität Wien" with ["universitat", "wien"] → the ranges of
 * "Universität" and "Wien". Accents and case are ignored as the search ignores them (foldText),
 * also where folding changes a letter's length ("Straße" holds "strasse").
 */
export function matchedRanges(text: string, words: readonly string[]): [number, number][] {
  // The folded text, and for each of its characters the original character it came from.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldText(char);
    for (let j = 0; j < f.length; j++) origin.push(i);
    folded += f;
    i += char.length;
  }
  const ranges: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const last = origin[at + word.length - 1]!;
      ranges.push([origin[at]!, last + String.fromCodePoint(text.codePointAt(last)!).length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged.at(-1);
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
