// The theme labels of one language, read once per page (a few hundred short rows at most; none for
// English): what lib/search/theme-names.ts names themes with. And the English labels of the themes
// a list names by id.
import "server-only";
import { eq, inArray } from "drizzle-orm";
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

/**
 * Each list of theme ids as themes with their English labels, in its order (one read for all the
 * lists; an id no theme has is left out): the themes "similar" projects and organisations share.
 */
export async function labelledThemeLists(db: Db | Tx, lists: readonly (readonly number[])[]): Promise<{ id: number; label: string }[][]> {
  const ids = [...new Set(lists.flat())];
  const labels = new Map(
    ids.length === 0 ? [] : (await db.select({ id: themes.id, label: themes.label }).from(themes).where(inArray(themes.id, ids))).map((t) => [t.id, t.label]),
  );
  return lists.map((list) => list.flatMap((id) => (labels.has(id) ? [{ id, label: labels.get(id)! }] : [])));
}
