// The themes and fields of science an interest's text names (lib/interests/theme-suggestions.ts),
// for the interest form, with the multilingual theme vocabulary kept in memory
// (db/search/theme-vocabulary.ts).
import { suggestThemes, type SuggestedTheme } from "@/lib/interests/theme-suggestions";
import type { Db } from "../index";
import { getThemeVocabulary } from "../search/theme-vocabulary";

export interface TextSuggestions {
  /** KEEP sub-themes: what the form's list of themes offers beside its top-level ones. */
  themes: SuggestedTheme[];
  /** EuroSciVoc concepts from level 3 ("artificial intelligence", "forestry"): the six fields and their 41 branches are too broad to tell. */
  fields: SuggestedTheme[];
}

export const SUGGESTED_FIELD_MIN_LEVEL = 3;

export async function suggestedThemes(db: Db, text: string): Promise<TextSuggestions> {
  if (text.trim() === "") return { themes: [], fields: [] };
  const vocabulary = await getThemeVocabulary(db);
  const offered = (test: (theme: { scheme: string; parentId: number | null; level: number }) => boolean) => (id: number) => {
    const theme = vocabulary.themes.get(id);
    return theme !== undefined && test(theme);
  };
  return {
    themes: suggestThemes(vocabulary.compiled, text, offered((t) => t.scheme === "keep" && t.parentId !== null)),
    fields: suggestThemes(vocabulary.compiled, text, offered((t) => t.scheme === "euroscivoc" && t.level >= SUGGESTED_FIELD_MIN_LEVEL)),
  };
}
