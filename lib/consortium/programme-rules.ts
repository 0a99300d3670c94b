// Programme eligibility rules, stated as data: which consortium a programme accepts. A rule is
// found by the programme's code first (the rules written here, then those of the Interreg reference
// list: lib/programmes/reference), then by its family. No db, no React.
import { referenceProgrammes, type ReferenceProgramme } from "@/lib/programmes/reference";
import type { Strand } from "@/lib/programmes/strands";

export type EligibilityRule =
  | {
      /** Horizon Europe collaborative actions (RIA, IA, CSA): Regulation (EU) 2021/695, art. 22(2). */
      kind: "horizon-europe-collaborative";
      minEntities: number;
      minCountries: number;
      minMemberStates: number;
    }
  | {
      /** Interreg: partners from several participating countries of the programme area. */
      kind: "programme-area";
      /** CORDIS country codes of the participating countries; null when the area is not recorded. */
      area: readonly string[] | null;
      minCountries: number;
      /** Of those countries, how many must be EU member states. */
      minMemberStateCountries: number;
    };

export type ProgrammeRule = {
  id: string;
  label: string;
  codes?: readonly string[];
  family?: string;
  rule: EligibilityRule;
  /** Where the rule comes from, shown with the check. */
  source: string;
  /**
   * A rule of the Interreg reference list: its label is the programme's name (said as it is, not
   * from the catalogue) and its source the regulation's minimum; a cross-border programme's area is
   * the border regions of its countries, not the countries whole.
   */
  reference?: { strand: Strand };
};

export type ProgrammeRef = { code?: string | null; family?: string | null; name?: string | null };

const EU27 = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

export const programmeRules: readonly ProgrammeRule[] = [
  {
    id: "interreg-europe",
    label: "Interreg Europe / INTERREG IVC (interregional)",
    codes: ["INTERREG-IVC", "INTERREG-IIIC", "INTERREG-EUROPE", "INTERREG-EUROPE-2014-2020", "INTERREG-EUROPE-2021-2027", "INTERREG-VC-EUROPE", "INTERREG-VIC-EUROPE"],
    rule: { kind: "programme-area", area: [...EU27, "NO", "CH"], minCountries: 3, minMemberStateCountries: 2 },
    source: "Interreg Europe programme manual: partners from at least three countries, at least two of them EU member states",
  },
  {
    id: "central-europe",
    label: "Interreg CENTRAL EUROPE",
    codes: ["INTERREG-CENTRAL-EUROPE", "INTERREG-CENTRAL-EUROPE-2021-2027", "INTERREG-VB-CENTRAL-EUROPE", "INTERREG-VIB-CENTRAL-EUROPE"],
    rule: { kind: "programme-area", area: ["AT", "HR", "CZ", "DE", "HU", "IT", "PL", "SK", "SI"], minCountries: 2, minMemberStateCountries: 2 },
    source: "Interreg CENTRAL EUROPE programme area (2014–2027)",
  },
  {
    id: "central-europe-2007-2013",
    label: "CENTRAL EUROPE (2007–2013)",
    codes: ["INTERREG-IVB-CENTRAL-EUROPE"],
    rule: { kind: "programme-area", area: ["AT", "CZ", "DE", "HU", "IT", "PL", "SK", "SI", "UA"], minCountries: 2, minMemberStateCountries: 2 },
    source: "CENTRAL EUROPE Programme area (2007–2013, with part of Ukraine; Croatia joined in 2014)",
  },
  {
    id: "cadses",
    label: "INTERREG IIIB CADSES",
    codes: ["INTERREG-IIIB-CADSES"],
    rule: {
      kind: "programme-area",
      area: ["AT", "DE", "EL", "IT", "CZ", "HU", "PL", "SK", "SI", "BG", "RO", "AL", "BA", "HR", "MK", "MD", "RS", "ME", "UA"],
      minCountries: 2,
      minMemberStateCountries: 1,
    },
    source: "INTERREG IIIB CADSES Community Initiative Programme area (2000–2006)",
  },
  {
    id: "south-east-europe",
    label: "South East Europe (2007–2013)",
    codes: ["INTERREG-IVB-SEE"],
    rule: {
      kind: "programme-area",
      area: ["AT", "BG", "EL", "HU", "IT", "RO", "SI", "SK", "HR", "MK", "AL", "BA", "ME", "RS", "MD", "UA"],
      minCountries: 2,
      minMemberStateCountries: 1,
    },
    source: "South East Europe Transnational Cooperation Programme area (2007–2013)",
  },
  {
    id: "danube",
    label: "Interreg Danube Region",
    codes: ["INTERREG-DANUBE", "INTERREG-DANUBE-2021-2027", "INTERREG-VB-DANUBE", "INTERREG-VIB-DANUBE-REGION"],
    rule: {
      kind: "programme-area",
      area: ["AT", "BG", "HR", "CZ", "DE", "HU", "RO", "SK", "SI", "BA", "ME", "RS", "MD", "UA"],
      minCountries: 2,
      minMemberStateCountries: 1,
    },
    source: "Interreg Danube Region programme area (2021–2027)",
  },
  {
    id: "alpine-space",
    label: "Interreg Alpine Space",
    codes: ["INTERREG-ALPINE-SPACE", "INTERREG-ALPINE-SPACE-2021-2027", "INTERREG-VB-ALPINE-SPACE", "INTERREG-VIB-ALPINE-SPACE"],
    rule: { kind: "programme-area", area: ["AT", "FR", "DE", "IT", "SI", "LI", "CH"], minCountries: 2, minMemberStateCountries: 2 },
    source: "Interreg Alpine Space programme area (2021–2027)",
  },
  {
    id: "horizon-europe",
    label: "Horizon Europe collaborative actions",
    family: "Horizon Europe",
    rule: { kind: "horizon-europe-collaborative", minEntities: 3, minCountries: 3, minMemberStates: 1 },
    source:
      "Regulation (EU) 2021/695, art. 22(2): at least three independent legal entities, each in a different member state or associated country, at least one in a member state",
  },
  {
    id: "interreg",
    label: "Interreg (area not recorded)",
    family: "Interreg",
    rule: { kind: "programme-area", area: null, minCountries: 2, minMemberStateCountries: 1 },
    source: "Interreg cooperation: partners from at least two participating countries of the programme area",
  },
];

/**
 * The countries a programme's partners come from, when its rule records them (CORDIS codes):
 * Interreg CENTRAL EUROPE's area, Interreg Europe's EU27 + NO + CH; null for a programme without a
 * recorded area (Horizon Europe, an Interreg programme whose area is not recorded).
 */
export function programmeArea(programme: ProgrammeRef): readonly string[] | null {
  const found = eligibilityRuleFor(programme);
  return found?.rule.kind === "programme-area" ? found.rule.area : null;
}

/**
 * The rules of the Interreg reference list's programmes: partners from at least two countries of
 * the area, one of them an EU member state (Regulation (EU) 2021/1059). A cross-border programme's
 * rule also holds for the programmes it continues (the same border); a transnational one's only for
 * itself (the areas of earlier periods differed: the Baltic Sea Region's had Russia and Belarus).
 */
export function referenceProgrammeRules(list: readonly ReferenceProgramme[]): ProgrammeRule[] {
  return list.map((p) => ({
    id: `reference:${p.code}`,
    label: p.fullName,
    codes: p.strand === "cross-border" ? [p.code, ...p.predecessors.map((x) => x.code)] : [p.code],
    rule: { kind: "programme-area", area: p.area, minCountries: 2, minMemberStateCountries: 1 },
    source:
      "Regulation (EU) 2021/1059 (Interreg): partners from at least two countries of the programme area, at least one of them an EU member state; the programme's own rules may ask for more",
    reference: { strand: p.strand },
  }));
}

let shippedReferenceRules: ProgrammeRule[] | undefined;

/** The rule that applies to a programme: by code, else by family; undefined when none is recorded. */
export function eligibilityRuleFor(programme: ProgrammeRef): ProgrammeRule | undefined {
  const code = programme.code?.trim().toUpperCase();
  if (code) {
    shippedReferenceRules ??= referenceProgrammeRules(referenceProgrammes());
    const byCode = programmeRules.find((r) => r.codes?.includes(code)) ?? shippedReferenceRules.find((r) => r.codes?.includes(code));
    if (byCode) return byCode;
  }
  const family = programme.family?.trim().toLowerCase();
  if (family) return programmeRules.find((r) => r.family?.toLowerCase() === family);
  return undefined;
}
