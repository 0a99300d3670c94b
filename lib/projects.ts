// Pure rules about projects shown on every project page: status from dates, programme labels,
// role labels, links to the source. No db, no React.
import type { ParticipationRole } from "@/db/schema/knowledge";

export type ProjectStatus = "Finished" | "Ongoing" | "Not started";

/** The message key of a status in the "labels.projectStatus" catalogue. */
export const projectStatusKeys = { Finished: "finished", Ongoing: "ongoing", "Not started": "notStarted" } as const satisfies Record<ProjectStatus, string>;

/** Source statuses that mean the project is over whatever its dates say (CORDIS, KEEP). */
const FINAL_STATUSES = new Set(["CLOSED", "FINISHED", "TERMINATED", "COMPLETED", "ENDED"]);
/** Source statuses that mean the project runs, used only when the dates cannot tell. */
const RUNNING_STATUSES = new Set(["SIGNED", "ONGOING", "ONG", "ACTIVE", "RUNNING"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function isoDay(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return ISO_DATE.test(value) ? value.slice(0, 10) : null;
}

/**
 * A project's status on `today`. A final status from the source wins (a project closed early is
 * finished); otherwise the dates decide, the end date itself still counting as running; when the
 * dates cannot tell, a running status from the source is believed. Null when nothing is known.
 */
export function projectStatus(
  start: string | null | undefined,
  end: string | null | undefined,
  sourceStatus: string | null | undefined,
  today: string | Date,
): ProjectStatus | null {
  const source = sourceStatus?.trim().toUpperCase() ?? "";
  if (FINAL_STATUSES.has(source)) return "Finished";
  const day = isoDay(today);
  const from = isoDay(start);
  const to = isoDay(end);
  if (day) {
    if (from && day < from) return "Not started";
    if (to && day > to) return "Finished";
    if (from && to) return "Ongoing";
  }
  if (RUNNING_STATUSES.has(source)) return "Ongoing";
  return null;
}

/** "2000-2006" → "2000 - 2006", as the KEEP pages write programme periods. */
export function formatPeriod(period: string | null | undefined): string | null {
  if (!period) return null;
  const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(period);
  return match ? `${match[1]} - ${match[2]}` : period.trim() || null;
}

/** A programme with its period, as on KEEP: "2000 - 2006 Cadses"; just the name without a period. */
export function programmeLabel(programme: { name: string; period?: string | null }): string {
  const period = formatPeriod(programme.period);
  return period ? `${period} ${programme.name}` : programme.name;
}

export type ParticipationRoleKey = "coordinator" | "leadPartner" | "soleBeneficiary" | "partner" | "associatedPartner" | "linkedThirdParty";

function isInterreg(family?: string | null): boolean {
  return family?.toLowerCase().startsWith("interreg") ?? false;
}

/**
 * Whether a coordinator role led a consortium: another organisation took part as a beneficiary
 * (`beneficiaries`, the project's coordinator and partners, is more than one; an associated partner,
 * such as a fellowship's secondment host, or a linked third party is not a beneficiary), or the
 * project is an Interreg one (always a partnership: a KEEP record may list its lead partner only).
 * CORDIS calls the single beneficiary of an ERC grant, a fellowship or an SME instrument phase 1
 * its "coordinator" too; more than half of the knowledge base's projects have one. The database
 * counts the same way (db/led-consortium.ts; migration 0027: organisation_facets.coordinator_count,
 * organisation_match_counts.coordinated).
 */
export function ledConsortium(role: ParticipationRole, family: string | null | undefined, beneficiaries: number): boolean {
  return role === "coordinator" && (beneficiaries > 1 || isInterreg(family));
}

/** Whether a role makes an organisation a beneficiary of its project (what ledConsortium counts). */
export function isBeneficiary(role: ParticipationRole): boolean {
  return role === "coordinator" || role === "partner";
}

/**
 * The message key of a role in the "labels.roles" catalogue: Interreg's coordinator is its lead
 * partner; a coordinator without another beneficiary (with `beneficiaries` known to be 1) is the
 * sole beneficiary.
 */
export function participationRoleKey(role: ParticipationRole, family?: string | null, beneficiaries?: number): ParticipationRoleKey {
  switch (role) {
    case "coordinator":
      if (isInterreg(family)) return "leadPartner";
      return beneficiaries !== undefined && !ledConsortium(role, family, beneficiaries) ? "soleBeneficiary" : "coordinator";
    case "partner":
      return "partner";
    case "associated_partner":
      return "associatedPartner";
    case "third_party":
      return "linkedThirdParty";
  }
}

const ENGLISH_ROLES: Record<ParticipationRoleKey, string> = {
  coordinator: "Coordinator",
  leadPartner: "Lead partner",
  soleBeneficiary: "Sole beneficiary",
  partner: "Partner",
  associatedPartner: "Associated partner",
  linkedThirdParty: "Linked third party",
};

/**
 * An organisation's role in one of its projects, as its lists show it: the catalogue key, and whether
 * it led the consortium (what the lists set apart). `otherBeneficiary`: another organisation took part
 * as a beneficiary (db/led-consortium.ts).
 */
export function projectRole(p: { role: ParticipationRole; programme: { family: string | null }; otherBeneficiary: boolean }): { key: ParticipationRoleKey; led: boolean } {
  const beneficiaries = p.otherBeneficiary ? 2 : 1;
  return { key: participationRoleKey(p.role, p.programme.family, beneficiaries), led: ledConsortium(p.role, p.programme.family, beneficiaries) };
}

/** Interreg calls its coordinator the lead partner; the research programmes say coordinator, or sole beneficiary when alone. English, for exports and the CLI. */
export function participationRoleLabel(role: ParticipationRole, family?: string | null, beneficiaries?: number): string {
  return ENGLISH_ROLES[participationRoleKey(role, family, beneficiaries)];
}

/**
 * How many beneficiaries a project has, as far as the partners known tell: when the source declares
 * more partners than are known, the list is not whole and the declared count stands in.
 */
export function beneficiaryCount(declared: number | null, known: number, knownBeneficiaries: number): number {
  return declared !== null && declared > known ? declared : knownBeneficiaries;
}

/** An organisation's participations by role, a coordinator alone (see ledConsortium) apart as sole beneficiary. */
export type RoleCounts = Record<ParticipationRole | "soleBeneficiary", number>;

/**
 * Tallies participations grouped by role, programme family and beneficiary count (`beneficiaries`
 * need only tell one from more): `coordinator` counts the consortia led.
 */
export function tallyRoles(groups: { role: ParticipationRole; family: string | null; beneficiaries: number; n: number }[]): RoleCounts {
  const counts: RoleCounts = { coordinator: 0, soleBeneficiary: 0, partner: 0, associated_partner: 0, third_party: 0 };
  for (const g of groups) {
    const key = g.role === "coordinator" && !ledConsortium(g.role, g.family, g.beneficiaries) ? "soleBeneficiary" : g.role;
    counts[key] += g.n;
  }
  return counts;
}

/** Whether a project has anything to call it by; CORDIS record skeletons have neither. */
export function isUntitledProject(project: { acronym: string | null; title: string | null }): boolean {
  return !project.acronym?.trim() && !project.title?.trim();
}

/** The message key ("labels.externalId") of what the source calls a project's identifier. */
export function externalIdKey(sourceId: string): "cordisGrant" | "cordisRecord" | "keepProject" | "other" {
  if (sourceId === "cordis-he") return "cordisGrant";
  if (sourceId.startsWith("cordis")) return "cordisRecord";
  if (sourceId === "keep") return "keepProject";
  return "other";
}

/** What the source calls the project's identifier, for "Untitled project (CORDIS record 1234)". */
export function externalIdLabel(sourceId: string, externalId: string): string {
  if (sourceId === "cordis-he") return `CORDIS grant ${externalId}`;
  if (sourceId.startsWith("cordis")) return `CORDIS record ${externalId}`;
  if (sourceId === "keep") return `KEEP project ${externalId}`;
  return `${sourceId} ${externalId}`;
}

/** The link to the project at its source: the stored URL, or the CORDIS page of a Horizon Europe grant. */
export function projectSourceLink(project: {
  sourceId: string;
  externalId: string;
  sourceUrl: string | null;
}): { href: string; label: string; kind: "keep" | "cordis" | "other" } | null {
  const kind = project.sourceId === "keep" ? "keep" : project.sourceId.startsWith("cordis") ? "cordis" : "other";
  const label = kind === "keep" ? "Project on KEEP Platform" : kind === "cordis" ? "Project on CORDIS" : "Project at its source";
  if (project.sourceUrl && isHttpUrl(project.sourceUrl)) return { href: project.sourceUrl, label, kind };
  // Horizon Europe ids are grant numbers, which CORDIS uses in its project URLs (H2020 record numbers are not).
  if (project.sourceId === "cordis-he" && /^\d+$/.test(project.externalId)) {
    return { href: `https://cordis.europa.eu/project/id/${project.externalId}`, label, kind };
  }
  return null;
}

/** Only http(s) links from imported data are rendered as links (no javascript: or data: URLs). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** A website as imported ("www.example.eu", "http://…") made into a safe absolute link, or null. */
export function websiteHref(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!isHttpUrl(candidate)) return null;
  return new URL(candidate).hostname.includes(".") ? candidate : null;
}

/** A website shown without its scheme and trailing slash: "https://www.keep.eu/" → "www.keep.eu". */
export function websiteLabel(href: string): string {
  return href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}
