// Two interests that look for each other, as the reciprocal tests build them: a Styrian wood
// cluster that would coordinate and a Slovenian university that would join as a partner, with
// the KEEP themes they name. Each test changes what it is about.
import type { ReciprocalSide, ReciprocalTheme } from "@/lib/interests/reciprocal";

export const reciprocalThemes = {
  wood: { id: 41, code: "keep/industry/wood", label: "Wood and furniture industry", rootId: 37, rootLabel: "Industry and manufacturing" },
  production: { id: 40, code: "keep/industry/production-technologies", label: "Manufacturing and production technologies", rootId: 37, rootLabel: "Industry and manufacturing" },
  clusters: { id: 13, code: "keep/economy/clusters", label: "Clusters and economic cooperation", rootId: 11, rootLabel: "Business, clusters and competitiveness" },
  tourism: { id: 66, code: "keep/tourism-culture/tourism", label: "Tourism", rootId: 62, rootLabel: "Tourism, culture and heritage" },
  /** A field of science (EuroSciVoc) the crosswalk links to "Wood and furniture industry". */
  woodworking: { id: 900, code: "/25/63/395", label: "woodworking", rootId: 800, rootLabel: "engineering and technology" },
} satisfies Record<string, ReciprocalTheme>;

/** Holzcluster Steiermark (AT): wants a university or an agency in AT, SI or HU; Interreg; coordinates. */
export function clusterSide(changes: Partial<ReciprocalSide> = {}): ReciprocalSide {
  return {
    interestId: 1,
    profileId: 10,
    organisationName: "Holzcluster Steiermark",
    type: "cluster_organisation",
    countryCode: "AT",
    countryName: "Austria",
    partnerTypes: ["higher_education", "development_agency"],
    wantedCountries: ["AT", "SI", "HU"],
    programmeId: 1,
    programmeName: "Interreg",
    ownRole: "coordinator",
    themes: [reciprocalThemes.wood, reciprocalThemes.clusters],
    ...changes,
  };
}

/** University of Maribor (SI): wants a cluster from anywhere; Interreg; joins as a partner. */
export function universitySide(changes: Partial<ReciprocalSide> = {}): ReciprocalSide {
  return {
    interestId: 2,
    profileId: 20,
    organisationName: "University of Maribor",
    type: "higher_education",
    countryCode: "SI",
    countryName: "Slovenia",
    partnerTypes: ["cluster_organisation"],
    wantedCountries: [],
    programmeId: 1,
    programmeName: "Interreg",
    ownRole: "partner",
    themes: [reciprocalThemes.wood],
    ...changes,
  };
}
