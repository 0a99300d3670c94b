// The normalised organisation types (the schema's organisation_type enum) with their English
// labels, and how a CORDIS activity type maps onto them. Pure: no db, no React.
import { organisationType, type OrganisationType } from "@/db/schema/knowledge";

export const organisationTypes: readonly OrganisationType[] = organisationType.enumValues;

export const organisationTypeLabels = {
  public_authority: "Public authority",
  development_agency: "Development agency",
  cluster_organisation: "Cluster organisation",
  sme: "SME",
  large_enterprise: "Large enterprise",
  enterprise: "Enterprise",
  higher_education: "Higher education",
  research_organisation: "Research organisation",
  association_ngo: "Association or NGO",
  other: "Other",
} as const satisfies Record<OrganisationType, string>;

export function organisationTypeLabel(type: OrganisationType): string {
  return organisationTypeLabels[type];
}

export function isOrganisationType(value: string): value is OrganisationType {
  return (organisationTypes as readonly string[]).includes(value);
}

/** CORDIS organisation activity types, labels as CORDIS publishes them (cordis_activity_types.csv). */
export const cordisActivityTypeLabels = {
  HES: "Higher or Secondary Education Establishments",
  PRC: "Private for-profit entities (excluding Higher or Secondary Education Establishments)",
  REC: "Research Organisations",
  PUB: "Public bodies (excluding Research Organisations and Secondary or Higher Education Establishments)",
  OTH: "Other",
} as const;

export type CordisActivityType = keyof typeof cordisActivityTypeLabels;

export function isCordisActivityType(value: string): value is CordisActivityType {
  return Object.hasOwn(cordisActivityTypeLabels, value);
}

/**
 * The normalised type of an organisation from its CORDIS activity type and SME flag.
 *
 * Only what the two fields say is used: a name that reads like a cluster, an agency or an
 * association is not guessed at, because CORDIS files those under PRC, PUB or OTH inconsistently
 * and a wrong type would mislead a search more than "other" does. A private company (PRC) is an
 * SME or a large enterprise when the SME flag is known, else "enterprise". An empty or unknown
 * activity type is "other".
 */
export function organisationTypeFromCordis(
  activityType: string | null | undefined,
  sme: boolean | null | undefined,
): OrganisationType {
  switch (activityType?.trim().toUpperCase()) {
    case "HES":
      return "higher_education";
    case "REC":
      return "research_organisation";
    case "PUB":
      return "public_authority";
    case "PRC":
      if (sme === true) return "sme";
      if (sme === false) return "large_enterprise";
      return "enterprise";
    default:
      return "other";
  }
}
