// What the `match` command (and any other caller speaking CORDIS codes) may ask, validated with
// zod, and the pure normalisations: CORDIS activity types to the schema's organisation types,
// ISO country codes to the CORDIS ones the knowledge base uses, a topic's family.
import { z } from "zod";
import type { OrganisationType } from "@/db/schema/knowledge";
import { isOrganisationType } from "@/lib/organisation-types";

/** CORDIS activity types and the normalised organisation types each stands for. */
export const cordisTypeMembers: Record<string, OrganisationType[]> = {
  HES: ["higher_education"],
  REC: ["research_organisation"],
  PRC: ["sme", "large_enterprise", "enterprise", "cluster_organisation"],
  PUB: ["public_authority", "development_agency"],
  OTH: ["other", "association_ngo"],
};

/** Partner types given as CORDIS codes (HES …) or normalised types (sme …); unknown ones listed apart. */
export function partnerTypesFrom(values: readonly string[]): { types: OrganisationType[]; unknown: string[] } {
  const types = new Set<OrganisationType>();
  const unknown: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    const cordis = cordisTypeMembers[v.toUpperCase()];
    if (cordis) cordis.forEach((t) => types.add(t));
    else if (isOrganisationType(v.toLowerCase())) types.add(v.toLowerCase() as OrganisationType);
    else unknown.push(raw);
  }
  return { types: [...types], unknown };
}

/** ISO 3166 codes where CORDIS (and Eurostat) differ: Greece EL, United Kingdom UK. */
const isoToCordis: Record<string, string> = { GR: "EL", GB: "UK" };

export function toCordisCountry(code: string): string {
  const c = code.trim().toUpperCase();
  return isoToCordis[c] ?? c;
}

/**
 * A call topic's family: the topic code without its last segment, so that the other topics of the
 * same call destination count (HORIZON-CL5-2022-D2-01-02 → HORIZON-CL5-2022-D2-01). Codes of
 * fewer than three segments are their own family.
 */
export function topicFamily(code: string): string {
  const parts = code.trim().split("-");
  return parts.length >= 3 ? parts.slice(0, -1).join("-") : code.trim();
}

const codeList = z.array(z.string().trim().min(1, "must not be empty")).max(200);

/** One line of `match --queries`. */
export const matchQueryLine = z.strictObject({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string().max(20_000).optional(),
  programme: z.string().trim().min(1).optional(),
  programmePart: z.string().trim().min(1).optional(),
  topic: z.string().trim().min(1).optional(),
  themes: codeList.optional(),
  requester: z.union([z.string().trim().regex(/^\d{6,12}$/, "must be a PIC (digits)"), z.number().int().positive()]).transform(String).optional(),
  partnerTypes: codeList.optional(),
  countries: z.array(z.string().trim().regex(/^[A-Za-z]{2}$/, "must be a two-letter country code")).max(300).optional(),
  regions: z.array(z.string().trim().regex(/^[A-Za-z]{2}[A-Za-z0-9]{0,3}$/, "must be a NUTS code")).max(300).optional(),
  /** Leave out every organisation the requester has worked with (needs a requester). */
  newPartnersOnly: z.boolean().optional(),
  k: z.number().int().min(1).max(200).optional(),
});

export type MatchQueryLine = z.infer<typeof matchQueryLine>;

/** "themes.0: must not be empty; k: Too big …": zod issues as one line naming each field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "query"}: ${i.message}`).join("; ");
}
