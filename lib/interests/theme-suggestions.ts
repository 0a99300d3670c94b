// The themes an interest's own words name, offered beside the form's list of themes: "Cooperation
// of wood-industry clusters on timber construction …" names Wood and furniture industry and
// Clusters and economic cooperation, and so does "współpraca klastrów przemysłu drzewnego" — the
// multilingual vocabulary search uses (lib/search/expand). A member who writes a description and
// ticks no theme gets the themes signal all the same by accepting them. Pure: no db, no React.
import { z } from "zod";
import { isAskingWord, textLanguage } from "@/lib/matching/english-reading";
import { expandQuery, type CompiledVocabulary } from "@/lib/search/expand";

export interface SuggestedTheme {
  themeId: number;
  /** The text's words that named it, as the vocabulary writes them ("przemysł drzewny"). */
  matched: string;
}

export const MAX_SUGGESTED_THEMES = 6;

/** Where a phrase cannot go on: a line break, a bracket, or punctuation before a space ("industry 4.0" goes on). */
const CLAUSE_END = /\n|[()]|[.;:!?,](?=\s|$)/;

/** The longest text read: a title and a description (at most 200 and 5,000 characters) with room to spare. */
export const MAX_SUGGESTION_TEXT = 6000;

const requestSchema = z.strictObject({
  text: z.string({ error: "must be a string" }).max(MAX_SUGGESTION_TEXT, `must be at most ${MAX_SUGGESTION_TEXT} characters`),
});

export type SuggestionRequestParse =
  | { ok: true; text: string }
  | { ok: false; body: { error: "invalid_request"; message: string; issues: { field: string; reason: string }[] } };

/** POST /api/theme-suggestions's body, `{ "text": "…" }`, or each bad field and why. */
export function parseSuggestionRequest(body: unknown): SuggestionRequestParse {
  const parsed = requestSchema.safeParse(body);
  if (parsed.success) return { ok: true, text: parsed.data.text };
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(body)", reason: i.message }));
  return { ok: false, body: { error: "invalid_request", message: `Invalid request: ${issues.map((i) => `${i.field} ${i.reason}`).join("; ")}`, issues } };
}

/**
 * The themes `offered` (those the form lists) that the text names, in the order it names them.
 * Phrases of the text's own language count, and those of another written exactly ("machine
 * learning", "Alzheimer", "MRI"), not another's inflected (a French "mobilier" is not the English
 * "mobility"); not the words of asking for a kind of partner ("We
 * look for a university", "Szukamy uczelni": a partner type, not the subject Higher education);
 * an acronym only written as one ("IT", not the "it" of "to lead it").
 */
export function suggestThemes(
  vocabulary: CompiledVocabulary,
  text: string,
  offered: (themeId: number) => boolean,
  max = MAX_SUGGESTED_THEMES,
): SuggestedTheme[] {
  const language = textLanguage(text);
  const out: SuggestedTheme[] = [];
  // Each sentence or clause apart: "Centre for Social Innovation\nWe support SMEs" is not "innovation support".
  const clauses = text.split(CLAUSE_END).filter((clause) => clause.trim() !== "");
  for (const segment of clauses.flatMap((clause) => expandQuery(vocabulary, clause).segments)) {
    for (const theme of segment.themes) {
      if (!offered(theme.themeId) || out.some((s) => s.themeId === theme.themeId)) continue;
      if (theme.lang !== language && theme.score < 1) continue;
      if (isAskingWord(theme.english ?? theme.matched)) continue;
      if (isAcronym(theme.matched) && !writesAcronym(text, theme.matched)) continue;
      out.push({ themeId: theme.themeId, matched: theme.matched });
      if (out.length === max) return out;
    }
  }
  return out;
}

/** "IT", "ICT", "PME", "MŚP": a vocabulary phrase written in capitals. */
function isAcronym(phrase: string): boolean {
  return /^[\p{Lu}\d&+]{2,5}$/u.test(phrase);
}

/** The text has the acronym as a word of its own, in capitals. */
function writesAcronym(text: string, acronym: string): boolean {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\d])${escaped}($|[^\\p{L}\\d])`, "u").test(text);
}
