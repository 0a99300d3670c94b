// Node colours by organisation type for the partner network: the theme's blue for public bodies,
// then distinct hues, each at least 3:1 on white so that a node stands out from the card.
import type { OrganisationType } from "@/db/schema/knowledge";

export const organisationTypeColours = {
  public_authority: "#1d3f94",
  development_agency: "#6d28d9",
  cluster_organisation: "#be185d",
  sme: "#c2410c",
  large_enterprise: "#854d0e",
  enterprise: "#a16207",
  higher_education: "#166534",
  research_organisation: "#0e7490",
  association_ngo: "#b91c1c",
  other: "#475569",
} as const satisfies Record<OrganisationType, string>;

export function organisationTypeColour(type: OrganisationType): string {
  return organisationTypeColours[type];
}
