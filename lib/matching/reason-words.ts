// A match's reasons in the reader's language: each stored reason (a kind and its values, see
// explain.ts) becomes a sentence of the "matching.reason" catalogue, its lists joined the way
// the language joins them ("A, B et C", "A, B und C"). Matches stored before reasons had kinds
// keep their English sentences. Pure: the translator is passed in.
import { closeProjects, REASON_LIST_MAX, type Reason } from "./explain";

/** A translator of the matching.reason namespace: t("workedWithYou", { count: 2 }). */
export type ReasonTranslator = (key: string, values?: Record<string, string | number>) => string;

/** type "disjunction" for alternatives ("AT, SI or HU"). */
export function listIn(locale: string, items: readonly string[], max: number, t: ReasonTranslator, type: "conjunction" | "disjunction" = "conjunction"): string {
  const shown = items.length > max ? [...items.slice(0, max), t("more", { count: items.length - max })] : [...items];
  // A bare "en" is British English: "A, B and C", as the stored sentences read.
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { style: "long", type }).format(shown);
}

/**
 * themeName: a theme's name in the reader's language from its English label (reasons store labels);
 * placeName: a target region's name from its code (reasons store codes: "AT22" → "Steiermark").
 */
export function reasonWords(
  r: Reason,
  locale: string,
  t: ReasonTranslator,
  themeName: (english: string) => string = (s) => s,
  placeName: (code: string) => string = (s) => s,
): string {
  const list = (items: readonly string[], max: number) => listIn(locale, items, max, t);
  const themeList = (items: readonly string[], max: number) => list(items.map(themeName), max);
  switch (r.kind) {
    case "registered":
      return t("registered");
    case "workedWithYou":
      if (!r.inPart || !r.programme) return t("workedWithYou", { count: r.count });
      if (r.inPart === r.count) return t("workedWithYouAllIn", { count: r.count, programme: r.programme });
      return t("workedWithYouSomeIn", { count: r.count, inPart: r.inPart, programme: r.programme });
    case "sharedPartners":
      return t("sharedPartners", { count: r.count, names: list(r.names, REASON_LIST_MAX.names) });
    case "coordinated": {
      const themes = themeList(r.themes, REASON_LIST_MAX.coordinatedThemes);
      if (r.onThemes !== undefined && r.onThemes < r.count && r.onThemes > 0 && r.themes.length) {
        return r.programme
          ? t("coordinatedInSomeOn", { count: r.count, onThemes: r.onThemes, themes, programme: r.programme })
          : t("coordinatedSomeOn", { count: r.count, onThemes: r.onThemes, themes });
      }
      if (r.themes.length && r.programme) return t("coordinatedOnIn", { count: r.count, themes, programme: r.programme });
      if (r.themes.length) return t("coordinatedOn", { count: r.count, themes });
      if (r.programme) return t("coordinatedIn", { count: r.count, programme: r.programme });
      return t("coordinated", { count: r.count });
    }
    case "sameTopic":
      return r.topic ? t("sameTopicCode", { count: r.count, topic: r.topic }) : t("sameTopic", { count: r.count });
    case "sameCall":
      return r.call ? t("sameCallCode", { count: r.count, call: r.call }) : t("sameCall", { count: r.count });
    case "programmePart":
      return t("programmePart", { count: r.count, programme: r.programme });
    case "programmeLineage":
      return t("programmeLineage", { count: r.count, programme: r.programme });
    case "pastThemes":
      return t("pastThemes", { themes: themeList(r.themes, REASON_LIST_MAX.themes) });
    case "profileLists":
      return t("profileLists", { themes: themeList(r.themes, REASON_LIST_MAX.themes) });
    case "openInterest":
      return t("openInterest", { themes: themeList(r.themes, REASON_LIST_MAX.themes) });
    case "closeToDescription":
      return t("closeToDescription", { projects: list(closeProjects(r), REASON_LIST_MAX.projects) });
    case "basedIn":
      return t("basedIn", { region: placeName(r.region) });
    case "regions":
      return t("regions", { count: r.count, regions: listIn(locale, r.regions.map(placeName), REASON_LIST_MAX.regions, t, "disjunction") });
    case "inAll": {
      // The year is a word, not a number to format ("2,024").
      const year = r.latestYear ? String(r.latestYear) : null;
      const call = r.latestFromCall === true;
      if (r.coordinated > 0 && year) return t(call ? "inAllCoordinatedLatestCall" : "inAllCoordinatedLatest", { count: r.count, coordinated: r.coordinated, year });
      if (r.coordinated > 0) return t("inAllCoordinated", { count: r.count, coordinated: r.coordinated });
      if (year) return t(call ? "inAllLatestCall" : "inAllLatest", { count: r.count, year });
      return t("inAll", { count: r.count });
    }
    default:
      throw new Error(`Unknown reason kind ${(r as { kind: string }).kind}`);
  }
}

function isReason(value: unknown): value is Reason {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}

/**
 * The sentences to show for a stored match: its reasons with kinds in the reader's language when
 * they are there and agree with the stored sentences, else the stored (English) sentences.
 */
export function matchReasonsIn(
  stored: { reasons: string[]; explanations?: unknown },
  locale: string,
  t: ReasonTranslator,
  themeName?: (english: string) => string,
  placeName?: (code: string) => string,
): string[] {
  const explanations = Array.isArray(stored.explanations) ? stored.explanations : [];
  if (explanations.length !== stored.reasons.length || !explanations.every(isReason)) return stored.reasons;
  try {
    return explanations.map((r) => reasonWords(r, locale, t, themeName, placeName));
  } catch {
    return stored.reasons; // a kind this version does not know
  }
}
