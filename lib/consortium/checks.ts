// Consortium checks: what a shortlist would make as a consortium — countries, type mix, the
// requester's own place, coordinator experience, coverage of the target regions, and the
// programme's eligibility rule. Each check passes, warns or fails with a sentence saying why.
// Pure: no db, no React; recomputed from the list whenever it changes.
import type { OrganisationType } from "@/db/schema/knowledge";
import { organisationTypeLabel } from "@/lib/organisation-types";
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
  /** Projects it coordinated in the chosen programme (or its family). */
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
export type ConsortiumCheck = { id: CheckId; title: string; status: CheckStatus; message: string; source?: string };

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

const typeGroupLabels: Record<TypeGroup, string> = {
  research: "research and education",
  public: "public bodies and agencies",
  business: "companies",
  intermediary: "clusters, associations and others",
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
  const note = declined > 0 ? ` (${plural(declined, "declined entry", "declined entries")} not counted)` : "";
  if (members.length === 0) {
    return { id: "size", title: "Partners", status: "fail", message: `No organisation is in the consortium yet${note}.` };
  }
  const confirmed = members.filter((m) => m.status === "confirmed").length;
  return {
    id: "size",
    title: "Partners",
    status: members.length >= 2 ? "pass" : "warn",
    message: `${plural(members.length, "organisation")}, ${confirmed} confirmed${note}.`,
  };
}

function countriesCheck(members: ConsortiumMember[], place: (code: string) => string): ConsortiumCheck {
  const counts = countBy(members.map((m) => (m.countryCode ? normaliseCountryCode(m.countryCode) : null)).filter(isString));
  const list = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => (n > 1 ? `${place(c)} ×${n}` : place(c)));
  const unknown = members.filter((m) => !m.countryCode).length;
  const unknownNote = unknown > 0 ? ` ${plural(unknown, "organisation has", "organisations have")} no known country.` : "";
  if (counts.size === 0) return { id: "countries", title: "Countries", status: "warn", message: `No country is known.${unknownNote}` };
  return {
    id: "countries",
    title: "Countries",
    status: counts.size >= 2 ? "pass" : "warn",
    message: `${plural(counts.size, "country", "countries")}: ${list.join(", ")}.${counts.size < 2 ? " Cooperation programmes expect partners from several countries." : ""}${unknownNote}`,
  };
}

function typeMixCheck(members: ConsortiumMember[]): ConsortiumCheck {
  const groups = countBy(members.map((m) => typeGroups[m.type]));
  const types = countBy(members.map((m) => m.type));
  const list = [...types].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${organisationTypeLabel(t).toLowerCase()}`);
  if (groups.size >= 2) {
    return { id: "type-mix", title: "Type mix", status: "pass", message: `${list.join(", ")}: ${plural(groups.size, "kind")} of organisation.` };
  }
  const [only] = [...groups.keys()];
  return {
    id: "type-mix",
    title: "Type mix",
    status: "warn",
    message: `All are ${typeGroupLabels[only!]} (${list.join(", ")}): most calls expect a mix, such as research with public bodies or companies.`,
  };
}

function requesterCheck(members: ConsortiumMember[]): ConsortiumCheck {
  const own = members.find((m) => m.isRequester);
  return own
    ? { id: "requester", title: "Your organisation", status: "pass", message: `${own.name} is in the consortium.` }
    : {
        id: "requester",
        title: "Your organisation",
        status: "warn",
        message: "Your own organisation is not on the list: add it so that the checks count it.",
      };
}

function coordinatorCheck(members: ConsortiumMember[], programme: NonNullable<ConsortiumContext["programme"]>): ConsortiumCheck {
  const label = programmeLabel(programme);
  const coordinators = members
    .filter((m) => (m.coordinatedInProgramme ?? 0) > 0)
    .sort((a, b) => (b.coordinatedInProgramme ?? 0) - (a.coordinatedInProgramme ?? 0));
  if (coordinators.length === 0) {
    return {
      id: "coordinator",
      title: "Coordinator experience",
      status: "warn",
      message: `No organisation on the list has coordinated a ${label} project: a first-time coordinator needs strong support.`,
    };
  }
  const named = coordinators.slice(0, 3).map((m) => `${m.name} (${m.coordinatedInProgramme})`);
  return {
    id: "coordinator",
    title: "Coordinator experience",
    status: "pass",
    message: `Coordinated ${label} projects before: ${named.join(", ")}${coordinators.length > 3 ? ` and ${coordinators.length - 3} more` : ""}.`,
  };
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
  if (missing.length === 0) {
    return { id: "regions", title: "Target regions", status: "pass", message: `Every target region has a partner: ${unique.map(place).join(", ")}.` };
  }
  return {
    id: "regions",
    title: "Target regions",
    status: covered === 0 ? "fail" : "warn",
    message: `${covered} of ${plural(unique.length, "target region")} covered; no partner in ${missing.map(place).join(", ")}.`,
  };
}

function eligibilityCheck(
  members: ConsortiumMember[],
  programme: NonNullable<ConsortiumContext["programme"]>,
  place: (code: string) => string,
): ConsortiumCheck {
  const found = eligibilityRuleFor(programme);
  if (!found) {
    return {
      id: "eligibility",
      title: "Eligibility",
      status: "warn",
      message: `No eligibility rule is recorded for ${programmeLabel(programme)}: check the call's own conditions.`,
    };
  }
  const result = found.rule.kind === "horizon-europe-collaborative" ? horizonEuropeEligibility(members, found, place) : areaEligibility(members, found, place);
  return { id: "eligibility", title: "Eligibility", source: found.source, ...result };
}

function horizonEuropeEligibility(
  members: ConsortiumMember[],
  found: ProgrammeRule,
  place: (code: string) => string,
): Pick<ConsortiumCheck, "status" | "message"> {
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
  const pillarNote = pillarTwo.size > 0 ? ` ${[...pillarTwo].map(place).join(", ")} ${pillarTwo.size > 1 ? "are" : "is"} associated for Pillar II calls only.` : "";
  const problems: string[] = [];
  if (entities < minEntities) problems.push(`it has ${plural(entities, "organisation")} from member states or associated countries, it needs ${minEntities}`);
  if (eligible.size < minCountries) problems.push(`they come from ${plural(eligible.size, "eligible country", "eligible countries")}, it needs ${minCountries} different ones`);
  if (memberStateCountries < minMemberStates) problems.push("none is established in an EU member state");
  if (problems.length > 0) {
    return { status: "fail", message: `Not yet eligible for a Horizon Europe collaborative action: ${problems.join("; ")}.${pillarNote}` };
  }
  return {
    status: "pass",
    message: `Eligible for a Horizon Europe collaborative action: ${entities} organisations from ${eligible.size} member states or associated countries, ${memberStateCountries} of them member states (assuming the organisations are independent of each other).${pillarNote}`,
  };
}

function areaEligibility(
  members: ConsortiumMember[],
  found: ProgrammeRule,
  place: (code: string) => string,
): Pick<ConsortiumCheck, "status" | "message"> {
  if (found.rule.kind !== "programme-area") throw new Error("wrong rule kind");
  const { area, minCountries, minMemberStateCountries } = found.rule;
  const countries = new Set(members.map((m) => (m.countryCode ? normaliseCountryCode(m.countryCode) : null)).filter(isString));
  const inside = area ? [...countries].filter((c) => area.includes(c)) : [...countries];
  const outside = area ? [...countries].filter((c) => !area.includes(c)) : [];
  const insideMemberStates = inside.filter((c) => euMemberStates.has(c)).length;
  const outsideNote = outside.length > 0 ? ` Partners from ${outside.map(place).join(", ")} are outside the programme area and may take part only on the programme's conditions.` : "";
  const areaNote = area ? "" : " The programme's area is not recorded here: check that each country takes part in it.";
  const problems: string[] = [];
  if (inside.length < minCountries) {
    problems.push(`partners from ${plural(inside.length, "participating country", "participating countries")}, it needs ${minCountries}`);
  }
  if (insideMemberStates < minMemberStateCountries) {
    problems.push(`${plural(insideMemberStates, "EU member state")} among them, it needs ${minMemberStateCountries}`);
  }
  if (problems.length > 0) {
    return { status: "fail", message: `Not yet eligible for ${found.label}: ${problems.join("; ")}.${outsideNote}${areaNote}` };
  }
  return {
    status: outside.length > 0 || !area ? "warn" : "pass",
    message: `Partners from ${plural(inside.length, "participating country", "participating countries")} of ${found.label} (${inside.map(place).join(", ")}).${outsideNote}${areaNote}`,
  };
}

function programmeLabel(programme: NonNullable<ConsortiumContext["programme"]>): string {
  return programme.label ?? programme.name ?? programme.family ?? programme.code ?? "this programme";
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function isString(v: string | null): v is string {
  return v !== null;
}
