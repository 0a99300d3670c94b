// Reciprocal ("mutual") matches between two members' open interests: each looks for an
// organisation like the other's. Pure: the sides are loaded by db/interests/reciprocal.ts.
//
// Two interests fit both ways when
//   1. they belong to different organisations;
//   2. each one's wishes accept the other organisation: its type is among the wanted partner
//      types (or none are given) and its country among the wanted countries (or none are given);
//   3. they have a subject in common: a shared theme (an interest's themes and its organisation's
//      profile themes; a KEEP theme and a field of science the crosswalk links are shared too, as
//      matching treats them; a theme under the same top-level theme counts as related), or the
//      same programme.
// Score (0..1): 0.4 for the fit itself, + 0.1 for each side whose wanted types name the other's
// type explicitly, + up to 0.3 for themes (1 per shared theme, 0.5 per related top-level theme,
// full at 2), + 0.1 for the same programme, − 0.15 when both want to coordinate (still listed:
// one of them can be a partner, and they should know).
import type { OrganisationType } from "@/db/schema/knowledge";
import type { InterestRole } from "@/db/schema/interests";
import { KEEP_TO_EUROSCIVOC } from "@/lib/matching/theme-crosswalk";

export interface ReciprocalTheme {
  id: number;
  /** Its code in its vocabulary ("keep/industry/wood", EuroSciVoc "/27/81/495"). */
  code: string;
  label: string;
  /** The top-level theme it belongs to (itself when it is one). */
  rootId: number;
  rootLabel: string;
}

export interface ReciprocalSide {
  interestId: number;
  profileId: number;
  organisationName: string;
  type: OrganisationType;
  countryCode: string;
  countryName: string;
  partnerTypes: readonly OrganisationType[];
  wantedCountries: readonly string[];
  /** The countries its partners may come from: the wanted ones, else its programme's area (interestCountries); empty for any. */
  partnerCountries?: readonly string[];
  programmeId: number | null;
  programmeName: string | null;
  ownRole: InterestRole;
  /** The interest's themes and its organisation's profile themes. */
  themes: readonly ReciprocalTheme[];
}

/** A theme as a reason names it: its id (to find its label in the reader's language) and its English label. */
export interface ReasonTheme {
  id: number;
  label: string;
}

/** An organisation as a reason describes it: its type (null: "any type of partner") and, when it matters, its country. */
export interface ReasonPlace {
  type: OrganisationType | null;
  countryCode: string | null;
  /** The country's English name (the data's), shown when the reader's language has none. */
  countryName: string | null;
}

/**
 * One reason as a kind and its values, from the first side's point of view ("you", "they"):
 * stored with the pair (reciprocal_matches.explanations) and put into words in the reader's
 * language when shown (lib/interests/reciprocal-words.ts); reciprocalReasonText gives the English
 * sentence the reasons column keeps.
 */
export type ReciprocalReason =
  | { kind: "theyLookFor"; wish: ReasonPlace; you: ReasonPlace }
  | { kind: "youLookFor"; wish: ReasonPlace; they: ReasonPlace }
  | { kind: "sharedThemes"; themes: ReasonTheme[] }
  | { kind: "relatedThemes"; themes: ReasonTheme[] }
  | { kind: "sameProgramme"; programme: string }
  | { kind: "bothCoordinate" }
  | { kind: "theyCoordinate" }
  | { kind: "youCoordinate" };

export interface ReciprocalFit {
  score: number;
  /** Plain words in English, from the first side's point of view ("you", "they"). */
  reasons: string[];
  /** The same reasons as kinds and values. */
  explanations: ReciprocalReason[];
}

/** Whether `seeker`'s wishes accept `candidate`'s organisation. */
export function accepts(seeker: ReciprocalSide, candidate: ReciprocalSide): boolean {
  const typeOk = seeker.partnerTypes.length === 0 || seeker.partnerTypes.includes(candidate.type);
  const countries = seeker.partnerCountries ?? seeker.wantedCountries;
  const countryOk = countries.length === 0 || countries.includes(candidate.countryCode);
  return typeOk && countryOk;
}

/** The same theme, or a KEEP theme and a EuroSciVoc concept the crosswalk links (either way round). */
function sameSubject(x: ReciprocalTheme, y: ReciprocalTheme): boolean {
  return x.id === y.id || (KEEP_TO_EUROSCIVOC[x.code]?.includes(y.code) ?? false) || (KEEP_TO_EUROSCIVOC[y.code]?.includes(x.code) ?? false);
}

function sharedThemes(a: ReciprocalSide, b: ReciprocalSide) {
  const exact = uniqueBy(a.themes.filter((t) => b.themes.some((u) => sameSubject(t, u))), (t) => t.id);
  const exactRoots = new Set(exact.map((t) => t.rootId));
  const bRoots = new Set(b.themes.map((t) => t.rootId));
  const related = uniqueBy(
    a.themes.filter((t) => bRoots.has(t.rootId) && !exactRoots.has(t.rootId)),
    (t) => t.rootId,
  );
  return { exact, related };
}

function uniqueBy<T>(items: T[], key: (t: T) => number): T[] {
  const seen = new Set<number>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** An organisation of a type, as a phrase in a sentence ("a university or college"). */
export const typePhrases = {
  public_authority: "a public authority",
  development_agency: "a development agency",
  cluster_organisation: "a cluster organisation",
  sme: "an SME",
  large_enterprise: "a large enterprise",
  enterprise: "a company",
  higher_education: "a university or college",
  research_organisation: "a research organisation",
  association_ngo: "an association or NGO",
  other: "an organisation",
} as const satisfies Record<OrganisationType, string>;

/** Where an organisation is and what it is. */
function placeOf(side: ReciprocalSide): ReasonPlace {
  return { type: side.type, countryCode: side.countryCode, countryName: side.countryName };
}

/** What `seeker` asks for, in the terms that `candidate` satisfies ("a university in Slovenia"). */
function wishOf(seeker: ReciprocalSide, candidate: ReciprocalSide): ReasonPlace {
  const country = seeker.wantedCountries.length > 0;
  return { type: seeker.partnerTypes.length ? candidate.type : null, countryCode: country ? candidate.countryCode : null, countryName: country ? candidate.countryName : null };
}

function placeText(place: ReasonPlace): string {
  const type = place.type ? typePhrases[place.type] : "any type of partner";
  return place.countryCode ? `${type} in ${place.countryName ?? place.countryCode}` : type;
}

/** The English sentence of a reason (what reciprocal_matches.reasons keeps). */
export function reciprocalReasonText(r: ReciprocalReason): string {
  switch (r.kind) {
    case "theyLookFor":
      return `They look for ${placeText(r.wish)} — you are ${placeText(r.you)}.`;
    case "youLookFor":
      return `You look for ${placeText(r.wish)} — they are ${placeText(r.they)}.`;
    case "sharedThemes":
      return `Shared themes: ${r.themes.map((t) => t.label).join(", ")}.`;
    case "relatedThemes":
      return `Related themes in ${r.themes.map((t) => t.label).join(", ")}.`;
    case "sameProgramme":
      return `Both aim at ${r.programme}.`;
    case "bothCoordinate":
      return "Both of you want to coordinate: one of you would join as a partner.";
    case "theyCoordinate":
      return "They would coordinate; you would join as a partner.";
    case "youCoordinate":
      return "You would coordinate; they would join as a partner.";
  }
}

function oneSided(a: ReciprocalSide, b: ReciprocalSide, themes: ReturnType<typeof sharedThemes>, sameProgramme: boolean): ReciprocalFit {
  const explanations: ReciprocalReason[] = [
    { kind: "theyLookFor", wish: wishOf(b, a), you: placeOf(a) },
    { kind: "youLookFor", wish: wishOf(a, b), they: placeOf(b) },
  ];
  if (themes.exact.length) explanations.push({ kind: "sharedThemes", themes: themes.exact.map((t) => ({ id: t.id, label: t.label })) });
  if (themes.related.length) explanations.push({ kind: "relatedThemes", themes: themes.related.map((t) => ({ id: t.rootId, label: t.rootLabel })) });
  if (sameProgramme && a.programmeName) explanations.push({ kind: "sameProgramme", programme: a.programmeName });
  if (a.ownRole === "coordinator" && b.ownRole === "coordinator") explanations.push({ kind: "bothCoordinate" });
  else if (b.ownRole === "coordinator") explanations.push({ kind: "theyCoordinate" });
  else if (a.ownRole === "coordinator") explanations.push({ kind: "youCoordinate" });
  const reasons = explanations.map(reciprocalReasonText);
  let score = 0.4;
  if (a.partnerTypes.includes(b.type)) score += 0.1;
  if (b.partnerTypes.includes(a.type)) score += 0.1;
  score += 0.3 * Math.min(1, (themes.exact.length + 0.5 * themes.related.length) / 2);
  if (sameProgramme) score += 0.1;
  if (a.ownRole === "coordinator" && b.ownRole === "coordinator") score -= 0.15;
  return { score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000, reasons, explanations };
}

/**
 * The fit of two interests both ways, or null when they do not fit: `ab` as `a`'s members read
 * it, `ba` as `b`'s. The score is the same both ways.
 */
export function reciprocalFit(a: ReciprocalSide, b: ReciprocalSide): { ab: ReciprocalFit; ba: ReciprocalFit } | null {
  if (a.profileId === b.profileId || a.interestId === b.interestId) return null;
  if (!accepts(a, b) || !accepts(b, a)) return null;
  const ab = sharedThemes(a, b);
  const sameProgramme = a.programmeId !== null && a.programmeId === b.programmeId;
  if (ab.exact.length === 0 && ab.related.length === 0 && !sameProgramme) return null;
  return { ab: oneSided(a, b, ab, sameProgramme), ba: oneSided(b, a, sharedThemes(b, a), sameProgramme) };
}
