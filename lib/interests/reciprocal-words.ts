// A mutual match's reasons in the reader's language: each stored reason (a kind and its values,
// see reciprocal.ts) becomes a sentence of the "matching.reciprocal" catalogue, with countries and
// themes named in that language. Pairs stored before reasons had kinds keep their English
// sentences. Pure: the translator and the theme labels are passed in.
import { formatCountry } from "@/lib/format";
import type { ReasonPlace, ReasonTheme, ReciprocalReason } from "./reciprocal";

/** A translator of the matching.reciprocal namespace: t("sharedThemes", { themes }). */
export type ReciprocalTranslator = (key: string, values?: Record<string, string | number>) => string;

export interface ReciprocalWordsContext {
  /** The formatting locale ("fr-FR"), for country names. */
  locale: string;
  t: ReciprocalTranslator;
  /** A theme's label in the reader's language (its English label when it has none). */
  themeLabel?: (theme: ReasonTheme) => string;
}

function placeWords(place: ReasonPlace, { locale, t }: ReciprocalWordsContext): string {
  const type = place.type ? t(`types.${place.type}`) : t("anyType");
  if (!place.countryCode) return type;
  return t("place", { type, country: formatCountry(place.countryCode, locale, place.countryName) ?? place.countryCode });
}

export function reciprocalReasonWords(r: ReciprocalReason, ctx: ReciprocalWordsContext): string {
  const { t } = ctx;
  const themes = (list: ReasonTheme[]) => list.map((theme) => ctx.themeLabel?.(theme) ?? theme.label).join(", ");
  switch (r.kind) {
    case "theyLookFor":
      return t("theyLookFor", { wish: placeWords(r.wish, ctx), you: placeWords(r.you, ctx) });
    case "youLookFor":
      return t("youLookFor", { wish: placeWords(r.wish, ctx), they: placeWords(r.they, ctx) });
    case "sharedThemes":
      return t("sharedThemes", { themes: themes(r.themes) });
    case "relatedThemes":
      return t("relatedThemes", { themes: themes(r.themes) });
    case "sameProgramme":
      return t("sameProgramme", { programme: r.programme });
    case "bothCoordinate":
    case "theyCoordinate":
    case "youCoordinate":
      return t(r.kind);
    default:
      throw new Error(`Unknown reason kind ${(r as { kind: string }).kind}`);
  }
}

function isReason(value: unknown): value is ReciprocalReason {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}

/**
 * The sentences to show for a stored pair: its reasons with kinds in the reader's language when
 * they are there and as many as the stored sentences, else the stored (English) sentences.
 */
export function reciprocalReasonsIn(stored: { reasons: string[]; explanations?: unknown }, ctx: ReciprocalWordsContext): string[] {
  const explanations = Array.isArray(stored.explanations) ? stored.explanations : [];
  if (explanations.length === 0 || explanations.length !== stored.reasons.length || !explanations.every(isReason)) return stored.reasons;
  try {
    return explanations.map((r) => reciprocalReasonWords(r, ctx));
  } catch {
    return stored.reasons; // a kind this version does not know
  }
}
