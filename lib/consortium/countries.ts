// Which countries count as what for EU programme eligibility, in CORDIS country codes (EL for
// Greece, UK for the United Kingdom). Pure data: update it when the lists change and say when.

/** The 27 EU member states (since 1 February 2020). */
export const euMemberStates: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

export type AssociatedCountry = {
  code: string;
  /** Year from which the association applies. */
  since: number;
  /** "pillar-2": associated to Pillar II (global challenges) only. */
  scope: "all" | "pillar-2";
};

/**
 * Countries associated to Horizon Europe, as the European Commission's list "Associated countries"
 * (Horizon Europe programme guide, list of participating countries) gave them in 2025. A country in
 * negotiation is not listed until its agreement applies.
 */
export const horizonEuropeAssociatedCountries: readonly AssociatedCountry[] = [
  { code: "AL", since: 2021, scope: "all" },
  { code: "AM", since: 2021, scope: "all" },
  { code: "BA", since: 2021, scope: "all" },
  { code: "FO", since: 2021, scope: "all" },
  { code: "GE", since: 2021, scope: "all" },
  { code: "IS", since: 2021, scope: "all" },
  { code: "IL", since: 2021, scope: "all" },
  { code: "XK", since: 2021, scope: "all" },
  { code: "MD", since: 2021, scope: "all" },
  { code: "ME", since: 2021, scope: "all" },
  { code: "MK", since: 2021, scope: "all" },
  { code: "NO", since: 2021, scope: "all" },
  { code: "RS", since: 2021, scope: "all" },
  { code: "TR", since: 2021, scope: "all" },
  { code: "UA", since: 2022, scope: "all" },
  { code: "TN", since: 2022, scope: "all" },
  { code: "UK", since: 2024, scope: "all" },
  { code: "NZ", since: 2024, scope: "pillar-2" },
  { code: "CA", since: 2024, scope: "pillar-2" },
  { code: "CH", since: 2025, scope: "all" },
  { code: "KR", since: 2025, scope: "pillar-2" },
];

const associatedByCode = new Map(horizonEuropeAssociatedCountries.map((c) => [c.code, c]));

export function horizonEuropeAssociation(code: string): AssociatedCountry | undefined {
  return associatedByCode.get(normaliseCountryCode(code));
}

/** ISO codes that CORDIS writes differently. */
export function normaliseCountryCode(code: string): string {
  const upper = code.trim().toUpperCase();
  if (upper === "GR") return "EL";
  if (upper === "GB") return "UK";
  return upper;
}
