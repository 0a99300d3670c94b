// The theme labels of one language, read once per page (a few hundred short rows at most; none for
// English): what lib/search/theme-names.ts names themes with.
import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../index";
import { themeLabels, themes } from "../schema";
import { englishThemeNames, themeNamesFrom, type ThemeNames } from "@/lib/search/theme-names";

export async function getThemeNames(db: Db | Tx, locale: string): Promise<ThemeNames> {
  if (locale === "en") return englishThemeNames();
  const rows = await db
    .select({ themeId: themeLabels.themeId, english: themes.label, label: themeLabels.label })
    .from(themeLabels)
    .innerJoin(themes, eq(themes.id, themeLabels.themeId))
    .where(eq(themeLabels.lang, locale));
  return themeNamesFrom(locale, rows);
}
