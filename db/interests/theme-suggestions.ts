// The themes of the interest form an interest's text names (lib/interests/theme-suggestions.ts),
// with the multilingual theme vocabulary kept in memory (db/search/theme-vocabulary.ts).
import { suggestThemes, type SuggestedTheme } from "@/lib/interests/theme-suggestions";
import type { Db } from "../index";
import { getThemeVocabulary } from "../search/theme-vocabulary";

/** The KEEP sub-themes (what the form's list of themes offers beside its top-level ones) a text names. */
export async function suggestedThemes(db: Db, text: string): Promise<SuggestedTheme[]> {
  if (text.trim() === "") return [];
  const vocabulary = await getThemeVocabulary(db);
  return suggestThemes(vocabulary.compiled, text, (id) => {
    const theme = vocabulary.themes.get(id);
    return theme?.scheme === "keep" && theme.parentId !== null;
  });
}
