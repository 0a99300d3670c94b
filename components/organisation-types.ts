// Organisation type labels for the pages. A stand-in until lib/organisation-types.ts lands;
// the labels are the same, so switching is a one-line import change.
import type { OrganisationType } from "@/db/schema/knowledge";

export const organisationTypeLabels: Record<OrganisationType, string> = {
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
};

export const organisationTypeOptions = Object.entries(organisationTypeLabels).map(([value, label]) => ({
  value: value as OrganisationType,
  label,
}));

export function organisationTypeLabel(type: OrganisationType): string {
  return organisationTypeLabels[type] ?? type;
}
