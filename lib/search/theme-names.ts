// Theme names in the reader's language. The vocabulary's labels are English (themes.label);
// theme_labels holds fr, de, pl, it, es labels for the themes that have them (the KEEP/Interreg
// list, and the EuroSciVoc concepts from data/themes/euroscivoc-labels.json). A page
// reads the labels of its reader's language once (db/queries/theme-names.ts) and names every
// theme it shows through them; a theme without a label in that language (a EuroSciVoc concept
// CORDIS adds after the file was written) keeps its English name. Pure: no database, no request.

export interface ThemeNames {
  locale: string;
  /** Label in the reader's language by theme id. */
  byId: ReadonlyMap<number, string>;
  /** The same by English label, for reasons stored with theme names rather than ids. */
  byEnglish: ReadonlyMap<string, string>;
}

export function englishThemeNames(): ThemeNames {
  return { locale: "en", byId: new Map(), byEnglish: new Map() };
}

/** The names from theme_labels rows of one language (with each theme's English label). */
export function themeNamesFrom(locale: string, rows: readonly { themeId: number; english: string; label: string }[]): ThemeNames {
  const byId = new Map<number, string>();
  const byEnglish = new Map<string, string>();
  for (const r of rows) {
    const label = r.label.trim();
    if (!label) continue;
    byId.set(r.themeId, label);
    // Two themes with the same English label but different translations: keep none rather than a wrong one.
    const seen = byEnglish.get(r.english);
    byEnglish.set(r.english, seen === undefined || seen === label ? label : r.english);
  }
  return { locale, byId, byEnglish };
}

/** A theme's name in the reader's language, else its English label. */
export function themeName(names: ThemeNames, theme: { id: number; label: string }): string {
  return names.byId.get(theme.id) ?? theme.label;
}

/** A theme known only by its English label (match reasons store names): its name in the reader's language, else as given. */
export function themeNameOfEnglish(names: ThemeNames, english: string): string {
  return names.byEnglish.get(english) ?? english;
}

/**
 * The first `max` themes named in the reader's language, as a list of units: commas only in
 * English ("employment, ecosystems, agriculture"), where a list joined by "and" would blur the
 * labels' own ("SMEs and entrepreneurship"); each language's own usage elsewhere (French "… et …").
 */
export function themeNameList(names: ThemeNames, themes: readonly { id: number; label: string }[], locale: string, max = 3): string {
  return new Intl.ListFormat(locale, { type: "unit", style: "long" }).format(themes.slice(0, max).map((theme) => themeName(names, theme)));
}

/** The themes with their labels in the reader's language, and the language each label is in ("en" when it has none). */
export function namedThemes<T extends { id: number; label: string }>(names: ThemeNames, themes: readonly T[]): (T & { lang: string })[] {
  return themes.map((t) => {
    const label = names.byId.get(t.id);
    return label === undefined ? { ...t, lang: "en" } : { ...t, label, lang: names.locale };
  });
}

interface Labelled {
  value: string;
  label: string;
}

/** A theme facet (its values and trail carry theme ids as values) with the names in the reader's language. */
export function namedThemeFacet<F extends { values: Labelled[]; trail: Labelled[]; linked?: Labelled[] }>(names: ThemeNames, facet: F): F {
  if (names.byId.size === 0) return facet;
  const rename = <L extends Labelled>(v: L): L => ({ ...v, label: names.byId.get(Number(v.value)) ?? v.label });
  return { ...facet, values: facet.values.map(rename), trail: facet.trail.map(rename), ...(facet.linked ? { linked: facet.linked.map(rename) } : {}) };
}

/** A search result with its theme facet, and the themes its query was expanded to, named in the reader's language. */
export function withThemeNames<R extends { facets: { theme: { values: Labelled[]; trail: Labelled[]; linked?: Labelled[] } }; matchedThemes?: { themeId: number; label: string }[] }>(
  names: ThemeNames,
  result: R,
): R {
  if (names.byId.size === 0) return result;
  return {
    ...result,
    facets: { ...result.facets, theme: namedThemeFacet(names, result.facets.theme) },
    ...(result.matchedThemes ? { matchedThemes: result.matchedThemes.map((t) => ({ ...t, label: names.byId.get(t.themeId) ?? t.label })) } : {}),
  };
}
