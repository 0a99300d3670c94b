// Reciprocal ("mutual") matches between two members' open interests: each looks for an
// organisation like the other's. Pure: the sides are loaded by db/interests/reciprocal.ts.
//
// Two interests fit both ways when
//   1. they belong to different organisations;
//   2. each one's wishes accept the other organisation: its type is among the wanted partner
//      types (or none are given) and its country among the wanted countries (or none are given);
//   3. they have a subject in common: a shared theme (an interest's themes and its organisation's
//      profile themes; a theme under the same top-level theme counts as related), or the same
//      programme.
// Score (0..1): 0.4 for the fit itself, + 0.1 for each side whose wanted types name the other's
// type explicitly, + up to 0.3 for themes (1 per shared theme, 0.5 per related top-level theme,
// full at 2), + 0.1 for the same programme, − 0.15 when both want to coordinate (still listed:
// one of them can be a partner, and they should know).
import type { OrganisationType } from "@/db/schema/knowledge";
import type { InterestRole } from "@/db/schema/interests";

export interface ReciprocalTheme {
  id: number;
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
  programmeId: number | null;
  programmeName: string | null;
  ownRole: InterestRole;
  /** The interest's themes and its organisation's profile themes. */
  themes: readonly ReciprocalTheme[];
}

export interface ReciprocalFit {
  score: number;
  /** Plain words, from the first side's point of view ("you", "they"). */
  reasons: string[];
}

/** Whether `seeker`'s wishes accept `candidate`'s organisation. */
export function accepts(seeker: ReciprocalSide, candidate: ReciprocalSide): boolean {
  const typeOk = seeker.partnerTypes.length === 0 || seeker.partnerTypes.includes(candidate.type);
  const countryOk = seeker.wantedCountries.length === 0 || seeker.wantedCountries.includes(candidate.countryCode);
  return typeOk && countryOk;
}

function sharedThemes(a: ReciprocalSide, b: ReciprocalSide) {
  const bIds = new Set(b.themes.map((t) => t.id));
  const exact = uniqueBy(a.themes.filter((t) => bIds.has(t.id)), (t) => t.id);
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

function describe(side: ReciprocalSide): string {
  return `${typePhrases[side.type]} in ${side.countryName}`;
}

/** What `seeker` asks for, in the words that `candidate` satisfies ("a university in Slovenia"). */
function wish(seeker: ReciprocalSide, candidate: ReciprocalSide): string {
  const type = seeker.partnerTypes.length ? typePhrases[candidate.type] : "any type of partner";
  return seeker.wantedCountries.length ? `${type} in ${candidate.countryName}` : type;
}

function oneSided(a: ReciprocalSide, b: ReciprocalSide, themes: ReturnType<typeof sharedThemes>, sameProgramme: boolean): ReciprocalFit {
  const reasons: string[] = [];
  reasons.push(`They look for ${wish(b, a)} — you are ${describe(a)}.`);
  reasons.push(`You look for ${wish(a, b)} — they are ${describe(b)}.`);
  if (themes.exact.length) reasons.push(`Shared themes: ${themes.exact.map((t) => t.label).join(", ")}.`);
  if (themes.related.length) reasons.push(`Related themes in ${themes.related.map((t) => t.rootLabel).join(", ")}.`);
  if (sameProgramme && a.programmeName) reasons.push(`Both aim at ${a.programmeName}.`);
  if (a.ownRole === "coordinator" && b.ownRole === "coordinator") reasons.push("Both of you want to coordinate: one of you would join as a partner.");
  else if (b.ownRole === "coordinator") reasons.push("They would coordinate; you would join as a partner.");
  else if (a.ownRole === "coordinator") reasons.push("You would coordinate; they would join as a partner.");
  let score = 0.4;
  if (a.partnerTypes.includes(b.type)) score += 0.1;
  if (b.partnerTypes.includes(a.type)) score += 0.1;
  score += 0.3 * Math.min(1, (themes.exact.length + 0.5 * themes.related.length) / 2);
  if (sameProgramme) score += 0.1;
  if (a.ownRole === "coordinator" && b.ownRole === "coordinator") score -= 0.15;
  return { score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000, reasons };
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
