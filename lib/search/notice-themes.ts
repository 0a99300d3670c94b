// Which matched themes the search notice names, and how: "Also searching the themes Forestry
// (Interreg theme, “forests”), forestry (field of science, “forestry”) and with it Wood and
// furniture industry". Pure: no database, no React.

export interface NoticeThemeInput {
  themeId: number;
  label: string;
  scheme: "keep" | "euroscivoc" | null;
  /** The themes the KEEP–EuroSciVoc crosswalk links to it. */
  linked: { id: number; label: string }[];
}

export type NoticeTheme<T extends NoticeThemeInput> = T & {
  /** The linked themes to name after it: none already named (matched, or linked to an earlier one). */
  linkedShown: { id: number; label: string }[];
  /** Another named theme has the same name (case aside): say which vocabulary this one is from. */
  sayScheme: boolean;
};

/** The first `max` matched themes, each with the linked themes still to name and whether to say its vocabulary. */
export function noticeThemes<T extends NoticeThemeInput>(themes: readonly T[], max = 4): NoticeTheme<T>[] {
  const shown = themes.slice(0, max);
  // A theme linked to a matched one is often matched itself ("forests" finds the Interreg theme
  // Forestry and the field of science forestry, each linked to the other): named once.
  const named = new Set(shown.map((theme) => theme.themeId));
  const sameName = (label: string) => shown.filter((theme) => theme.label.toLowerCase() === label.toLowerCase()).length > 1;
  return shown.map((theme) => ({
    ...theme,
    linkedShown: theme.linked.filter((l) => {
      if (named.has(l.id)) return false;
      named.add(l.id);
      return true;
    }),
    sayScheme: theme.scheme !== null && sameName(theme.label),
  }));
}
