// The chosen theme as a search's filter chip says it.
import type { useTranslations } from "next-intl";
import type { HierarchyFacet } from "@/db/search/projects";

/**
 * The chosen theme as its filter chip says it: "Wood and furniture industry, with forestry" when
 * the crosswalk links themes to it (their projects are listed too).
 */
export function activeThemeLabel(
  t: ReturnType<typeof useTranslations<"search">>,
  theme: number | undefined,
  facet: HierarchyFacet,
  locale: string,
): string | undefined {
  if (theme === undefined) return undefined;
  const label = facet.trail.at(-1)?.label ?? t("active.themeId", { id: theme });
  const linked = facet.linked ?? [];
  if (linked.length === 0) return label;
  return t("active.themeWithLinked", { theme: label, linked: new Intl.ListFormat(locale, { type: "conjunction" }).format(linked.slice(0, 4).map((l) => l.label)) });
}
