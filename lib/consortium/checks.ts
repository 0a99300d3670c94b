// Consortium checks: what a shortlist would make as a consortium — countries, type mix, the
// requester's own place, coordinator experience, coverage of the target regions, and the
// programme's eligibility rule. Each check passes, warns or fails with sentences saying why, as
// catalogue keys and values (translated when shown). Pure: no db, no React; recomputed from the
// list whenever it changes.
import type { OrganisationType } from "@/db/schema/knowledge";
import { euMemberStates, horizonEuropeAssociation, normaliseCountryCode } from "./countries";
import { eligibilityRuleFor, type ProgrammeRef, type ProgrammeRule } from "./programme-rules";

export type EntryStatus = "candidate" | "contacted" | "confirmed" | "declined";

export type ConsortiumMember = {
  key: string;
  name: string;
  /** CORDIS code (EL, UK); ISO GR/GB are accepted. */
  countryCode: string | null;
  /** The most specific NUTS code known (AT312), if any. */
  nutsCode?: string | null;
  type: OrganisationType;
  status: EntryStatus;
  /** The organisation the shortlist belongs to (the requester). */
  isRequester?: boolean;
  /** Projects it coordinated in the chosen programme's family (Interreg, Horizon Europe: db/queries/shortlists). */
  coordinatedInProgramme?: number;
};

export type ConsortiumContext = {
  programme?: (ProgrammeRef & { label?: string | null }) | null;
  /** Country codes or NUTS codes the consortium should cover. */
  targetRegions?: readonly string[];
  /** Names for codes (countries and regions), for the sentences; the code itself otherwise. */
  placeNames?: Readonly<Record<string, string>>;
};

export type CheckStatus = "pass" | "warn" | "fail";
export type CheckId = "size" | "countries" | "type-mix" | "requester" | "coordinator" | "regions" | "eligibility";

/**
 * A sentence as a key of the "consortium" catalogue and its values, translated when shown
 * (lib/consortium/phrases.ts). A value may itself be a phrase (a type label) or a list of
 * values (joined the reader's way: "Austria, Slovenia and Hungary").
 */
export type Phrase = { key: string; values?: Record<string, PhraseValue> };
export type PhraseValue = string | number | Phrase | readonly PhraseValue[];

/** A check's verdict, and why: its sentences in order. Its title is the catalogue's `titles.<id>`. */
export type ConsortiumCheck = { id: CheckId; status: CheckStatus; parts: Phrase[]; source?: Phrase };

const say = (key: string, values?: Record<string, PhraseValue>): Phrase => (values ? { key, values } : { key });

/** Declined entries are not part of the consortium; candidates, contacted and confirmed ones are. */
export function consortiumMembers(entries: readonly ConsortiumMember[]): ConsortiumMember[] {
  return entries.filter((e) => e.status !== "declined");
}

export type TypeGroup = "research" | "public" | "business" | "intermediary";

export const typeGroups: Record<OrganisationType, TypeGroup> = {
  higher_education: "research",
  research_organisation: "research",
  public_authority: "public",
  development_agency: "public",
  sme: "business",
  large_enterprise: "business",
  enterprise: "business",
  cluster_organisation: "intermediary",
  association_ngo: "intermediary",
  other: "intermediary",
};

export function checkConsortium(entries: readonly ConsortiumMember[], context: ConsortiumContext = {}): ConsortiumCheck[] {
  const members = consortiumMembers(entries);
  const place = (code: string) => context.placeNames?.[code] ?? code;
  const checks: ConsortiumCheck[] = [sizeCheck(members, entries.length)];
  if (members.length === 0) return checks;
  checks.push(countriesCheck(members, place), typeMixCheck(members), requesterCheck(members));
  if (context.programme) checks.push(coordinatorCheck(members, context.programme));
  if (context.targetRegions && context.targetRegions.length > 0) checks.push(regionsCheck(members, context.targetRegions, place));
  if (context.programme) checks.push(eligibilityCheck(members, context.programme, place));
  return checks;
}

function sizeCheck(members: ConsortiumMember[], total: number): ConsortiumCheck {
  const declined = total - members.length;
  if (members.length === 0) return { id: "size", status: "fail", parts: [say("size.none", { declined })] };
  const confirmed = members.filter((m) => m.status === "confirmed").length;
  return { id: "size", status: members.length >= 2 ? "pass" : "warn", parts: [say("size.count", { count: members.length, confirmed, declined })] };
}

function countriesCheck(members: ConsortiumMember[], place: (code: string) => string): ConsortiumCheck {
  const counts = countBy(members.map((m) => (m.countryCode ? normaliseCountryCode(m.countryCode) : null)).filter(isString));
  const list = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => (n > 1 ? say("countries.times", { place: place(c), count: n }) : place(c)));
  const unknown = members.filter((m) => !m.countryCode).length;
  const unknownPart = unknown > 0 ? [say("countries.unknown", { count: unknown })] : [];
  if (counts.size === 0) return { id: "countries", status: "warn", parts: [say("countries.noneKnown"), ...unknownPart] };
  return {
    id: "countries",
    status: counts.size >= 2 ? "pass" : "warn",
    parts: [say("countries.list", { count: counts.size, list }), ...(counts.size < 2 ? [say("countries.several")] : []), ...unknownPart],
  };
}

function typeMixCheck(members: ConsortiumMember[]): ConsortiumCheck {
  const groups = countBy(members.map((m) => typeGroups[m.type]));
  const types = countBy(members.map((m) => m.type));
  const list = [...types].sort((a, b) => b[1] - a[1]).map(([type, count]) => say(`types.${type}`, { count }));
  if (groups.size >= 2) return { id: "type-mix", status: "pass", parts: [say("typeMix.mixed", { list, kinds: groups.size })] };
  const [only] = [...groups.keys()];
  return { id: "type-mix", status: "warn", parts: [say("typeMix.single", { group: say(`groups.${only!}`), list })] };
}

function requesterCheck(members: ConsortiumMember[]): ConsortiumCheck {
  const own = members.find((m) => m.isRequester);
  return own ? { id: "requester", status: "pass", parts: [say("requester.in", { name: own.name })] } : { id: "requester", status: "warn", parts: [say("requester.missing")] };
}

function coordinatorCheck(members: ConsortiumMember[], programme: NonNullable<ConsortiumContext["programme"]>): ConsortiumCheck {
  // The counts are per family: "an Interreg project", not "a Slovenia-Austria project" for any Interreg one.
  const label = programme.family ?? programmeLabel(programme);
  const coordinators = members
    .filter((m) => (m.coordinatedInProgramme ?? 0) > 0)
    .sort((a, b) => (b.coordinatedInProgramme ?? 0) - (a.coordinatedInProgramme ?? 0));
  if (coordinators.length === 0) return { id: "coordinator", status: "warn", parts: [say("coordinator.none", { programme: label })] };
  const list = coordinators.slice(0, 3).map((m) => say("coordinator.item", { name: m.name, count: m.coordinatedInProgramme ?? 0 }));
  return { id: "coordinator", status: "pass", parts: [say("coordinator.some", { programme: label, list, more: Math.max(0, coordinators.length - 3) })] };
}

/** A target region is covered by an organisation in it: same country, or a NUTS code under it. */
export function coversRegion(member: Pick<ConsortiumMember, "countryCode" | "nutsCode">, target: string): boolean {
  const t = normaliseCountryCode(target);
  const nuts = member.nutsCode?.trim().toUpperCase() ?? "";
  const country = member.countryCode ? normaliseCountryCode(member.countryCode) : "";
  if (t.length === 2) return country === t || nuts.startsWith(t);
  return nuts.startsWith(t);
}

function regionsCheck(members: ConsortiumMember[], targets: readonly string[], place: (code: string) => string): ConsortiumCheck {
  const unique = [...new Set(targets.map(normaliseCountryCode))];
  const missing = unique.filter((t) => !members.some((m) => coversRegion(m, t)));
  const covered = unique.length - missing.length;
  if (missing.length === 0) return { id: "regions", status: "pass", parts: [say("regions.all", { list: unique.map(place) })] };
  return { id: "regions", status: covered === 0 ? "fail" : "warn", parts: [say("regions.some", { covered, total: unique.length, missing: missing.map(place) })] };
}

function eligibilityCheck(
  members: ConsortiumMember[],
  programme: NonNullable<ConsortiumContext["programme"]>,
  place: (code: string) => string,
): ConsortiumCheck {
  const found = eligibilityRuleFor(programme);
  if (!found) return { id: "eligibility", status: "warn", parts: [say("eligibility.noRule", { programme: programmeLabel(programme) })] };
  const result = found.rule.kind === "horizon-europe-collaborative" ? horizonEuropeEligibility(members, found, place) : areaEligibility(members, found, place);
  return { id: "eligibility", source: found.reference ? say("rules.reference.source") : say(`rules.${found.id}.source`), ...result };
}

function horizonEuropeEligibility(members: ConsortiumMember[], found: ProgrammeRule, place: (code: string) => string): Pick<ConsortiumCheck, "status" | "parts"> {
  if (found.rule.kind !== "horizon-europe-collaborative") throw new Error("wrong rule kind");
  const { minEntities, minCountries, minMemberStates } = found.rule;
  const eligible = new Map<string, ConsortiumMember[]>();
  const pillarTwo = new Set<string>();
  for (const m of members) {
    if (!m.countryCode) continue;
    const code = normaliseCountryCode(m.countryCode);
    const association = horizonEuropeAssociation(code);
    if (!euMemberStates.has(code) && !association) continue;
    if (association?.scope === "pillar-2") pillarTwo.add(code);
    eligible.set(code, [...(eligible.get(code) ?? []), m]);
  }
  const entities = [...eligible.values()].reduce((n, list) => n + list.length, 0);
  const memberStateCountries = [...eligible.keys()].filter((c) => euMemberStates.has(c)).length;
  const pillarPart = pillarTwo.size > 0 ? [say("eligibility.pillarTwo", { list: [...pillarTwo].map(place), count: pillarTwo.size })] : [];
  const problems: Phrase[] = [];
  if (entities < minEntities) problems.push(say("eligibility.heEntities", { count: entities, min: minEntities }));
  if (eligible.size < minCountries) problems.push(say("eligibility.heCountries", { count: eligible.size, min: minCountries }));
  if (memberStateCountries < minMemberStates) problems.push(say("eligibility.heNoMemberState"));
  if (problems.length > 0) return { status: "fail", parts: [say("eligibility.heNot"), ...problems, ...pillarPart] };
  return { status: "pass", parts: [say("eligibility.heYes", { entities, countries: eligible.size, memberStates: memberStateCountries }), ...pillarPart] };
}

function areaEligibility(members: ConsortiumMember[], found: ProgrammeRule, place: (code: string) => string): Pick<ConsortiumCheck, "status" | "parts"> {
  if (found.rule.kind !== "programme-area") throw new Error("wrong rule kind");
  const { area, minCountries, minMemberStateCountries } = found.rule;
  const countries = new Set(members.map((m) => (m.countryCode ? normaliseCountryCode(m.countryCode) : null)).filter(isString));
  const inside = area ? [...countries].filter((c) => area.includes(c)) : [...countries];
  const outside = area ? [...countries].filter((c) => !area.includes(c)) : [];
  const insideMemberStates = inside.filter((c) => euMemberStates.has(c)).length;
  // A cross-border programme takes only its countries' border regions: being in the country is not enough.
  const borderRegions = found.reference?.strand === "cross-border";
  const notes = [
    ...(outside.length > 0 ? [say("eligibility.outside", { list: outside.map(place) })] : []),
    ...(area ? [] : [say("eligibility.areaUnknown")]),
    ...(borderRegions ? [say("eligibility.borderRegions")] : []),
  ];
  const problems: Phrase[] = [];
  if (inside.length < minCountries) problems.push(say("eligibility.areaCountries", { count: inside.length, min: minCountries }));
  if (insideMemberStates < minMemberStateCountries) problems.push(say("eligibility.areaMemberStates", { count: insideMemberStates, min: minMemberStateCountries }));
  if (problems.length > 0) return { status: "fail", parts: [say("eligibility.areaNot", { programme: ruleLabel(found) }), ...problems, ...notes] };
  return {
    status: outside.length > 0 || !area || borderRegions ? "warn" : "pass",
    parts: [say("eligibility.areaYes", { count: inside.length, programme: ruleLabel(found), list: inside.map(place) }), ...notes],
  };
}

/** A rule's name in the reader's language (the English one is in programme-rules.ts); a reference list programme's own name. */
const ruleLabel = (found: ProgrammeRule): PhraseValue => (found.reference ? found.label : say(`rules.${found.id}.label`));

function programmeLabel(programme: NonNullable<ConsortiumContext["programme"]>): PhraseValue {
  return programme.label ?? programme.name ?? programme.family ?? programme.code ?? say("thisProgramme");
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function isString(v: string | null): v is string {
  return v !== null;
}
