// What an organisation works on, as its projects' themes say it: the themes an organisation page
// lists with how many of its projects are on each. A project counts for its themes and their
// ancestors (project_facets.theme_ids), so the top-level fields ("natural sciences") and a parent
// that holds no more projects than one of its children would crowd out the telling ones. Pure.

export interface ThemeCount {
  id: number;
  parentId: number | null;
  label: string;
  level: number;
  /** Projects of the organisation on this theme or a narrower one. */
  projects: number;
}

/**
 * The `limit` themes that say most about the organisation, most projects first: top-level themes
 * left out, and a theme left out when a narrower one has as many projects (it says the same, more
 * precisely).
 */
export function tellingThemes<T extends ThemeCount>(counts: readonly T[], limit: number): T[] {
  const childMax = new Map<number, number>();
  for (const c of counts) {
    if (c.parentId == null) continue;
    childMax.set(c.parentId, Math.max(childMax.get(c.parentId) ?? 0, c.projects));
  }
  return counts
    .filter((c) => c.level > 1 && c.projects > 0 && (childMax.get(c.id) ?? 0) < c.projects)
    .sort((a, b) => b.projects - a.projects || b.level - a.level || a.label.localeCompare(b.label) || a.id - b.id)
    .slice(0, Math.max(0, limit));
}
