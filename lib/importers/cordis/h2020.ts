// Parsers for the Horizon 2020 files: the 26-project full-field sample (projects; its
// organisations are in participations.ts), the anonymous participation skeleton and the
// project → programme part table. H2020 projects are keyed by their CORDIS record number (rcn),
// the only project key the skeleton has.
import { z } from "zod";
import { organisationTypeFromCordis } from "@/lib/organisation-types";
import type { CsvRow } from "../csv";
import {
  money,
  naAsEmpty,
  numericId,
  optionalActivityType,
  optionalCountry,
  optionalDate,
  optionalRecordTime,
  optionalText,
  Invalid,
  rowParser,
  pic,
  requiredText,
  role,
  splitList,
  type Parsed,
} from "./fields";
import type { CordisParticipation } from "./participations";

/** Titles of the short programme-part names used by cordis_h2020_programme_parts.csv. */
export const H2020_PROGRAMME_PARTS: Record<string, string> = {
  ERC: "European Research Council (ERC)",
  FET: "Future and Emerging Technologies (FET)",
  MSCA: "Marie Skłodowska-Curie Actions (MSCA)",
  RI: "Research infrastructures",
  LEIT: "Leadership in enabling and industrial technologies (LEIT)",
  ARF: "Access to risk finance",
  "Innovation in SMEs": "Innovation in SMEs",
  SC1: "Health, demographic change and wellbeing",
  SC2: "Food security, sustainable agriculture and forestry, marine and maritime and inland water research, and the bioeconomy",
  SC3: "Secure, clean and efficient energy",
  SC4: "Smart, green and integrated transport",
  SC5: "Climate action, environment, resource efficiency and raw materials",
  SC6: "Europe in a changing world – inclusive, innovative and reflective societies",
  SC7: "Secure societies – protecting freedom and security of Europe and its citizens",
  SEWP: "Spreading excellence and widening participation",
  SWAFS: "Science with and for society",
  JRC: "Joint Research Centre (JRC) direct actions",
  EIT: "European Institute of Innovation and Technology (EIT)",
  Euratom: "Euratom",
};

/** Legal-basis prefixes → the short part names above, so both H2020 files name parts alike. */
const LEGAL_BASIS_PARTS: [string, string][] = [
  ["H2020-EU.1.1.", "ERC"],
  ["H2020-EU.1.2.", "FET"],
  ["H2020-EU.1.3.", "MSCA"],
  ["H2020-EU.1.4.", "RI"],
  ["H2020-EU.2.1.", "LEIT"],
  ["H2020-EU.2.2.", "ARF"],
  ["H2020-EU.2.3.", "Innovation in SMEs"],
  ...[1, 2, 3, 4, 5, 6, 7].map((n): [string, string] => [`H2020-EU.3.${n}.`, `SC${n}`]),
  ["H2020-EU.4.", "SEWP"],
  ["H2020-EU.5.", "SWAFS"],
  ["H2020-EU.6.", "JRC"],
  ["H2020-EU.7.", "EIT"],
];

/** "H2020-EU.2.1.1." → "LEIT"; null for codes of other programmes (FP7-JTI) or none. */
export function h2020PartFromLegalBasis(code: string | null): string | null {
  if (!code) return null;
  const normalised = code.trim().endsWith(".") ? code.trim() : `${code.trim()}.`;
  return LEGAL_BASIS_PARTS.find(([prefix]) => normalised.startsWith(prefix))?.[1] ?? null;
}

export function h2020PartTitle(code: string): string {
  return H2020_PROGRAMME_PARTS[code] ?? code;
}

export interface H2020Project {
  /** Grant agreement number: how the sample's organisation rows name the project. */
  grantId: string;
  rcn: string;
  /** H2020, or FP7 for the one older project of the sample. */
  frameworkProgramme: "H2020" | "FP7";
  acronym: string | null;
  title: string | null;
  description: string | null;
  status: string | null;
  startDate: string | null;
  endDate: string | null;
  totalBudget: string | null;
  euContribution: string | null;
  topicCode: string | null;
  programmePartCode: string | null;
}

export const h2020SampleProjectColumns = z.object({
  id: numericId,
  acronym: optionalText,
  status: optionalText,
  title: optionalText,
  startDate: optionalDate,
  endDate: optionalDate,
  totalCost: money,
  ecMaxContribution: money,
  legalBasis: optionalText,
  topics: optionalText,
  frameworkProgramme: requiredText,
  objective: optionalText,
  contentUpdateDate: optionalRecordTime,
  rcn: numericId,
});

const h2020SampleProjectRow = rowParser(h2020SampleProjectColumns, (r): H2020Project | Invalid => {
  const programme = r.frameworkProgramme.toUpperCase();
  if (programme !== "H2020" && programme !== "FP7") {
    return new Invalid(`not H2020 or FP7: ${JSON.stringify(r.frameworkProgramme)}`, "frameworkProgramme");
  }
  if (r.startDate && r.endDate && r.endDate < r.startDate) {
    return new Invalid(`ends (${r.endDate}) before it starts (${r.startDate})`, "endDate");
  }
  return {
    grantId: r.id,
    rcn: r.rcn,
    frameworkProgramme: programme,
    acronym: r.acronym,
    title: r.title,
    description: r.objective,
    status: r.status?.toUpperCase() ?? null,
    startDate: r.startDate,
    endDate: r.endDate,
    totalBudget: r.totalCost,
    euContribution: r.ecMaxContribution,
    // FP7 records list several call topics joined by ";": the first is the project's.
    topicCode: splitList(r.topics, ";")[0] ?? null,
    programmePartCode: h2020PartFromLegalBasis(r.legalBasis),
  };
});

/** cordis_h2020_sample_projects.csv: a project with title, objective, dates and money. */
export function parseH2020SampleProject(row: CsvRow, line: number): Parsed<H2020Project> {
  return h2020SampleProjectRow.parse(row, line);
}

export interface H2020SkeletonRow {
  project: { rcn: string; startDate: string | null; endDate: string | null; euContribution: string | null; totalBudget: string | null };
  participation: CordisParticipation;
}

export const h2020SkeletonColumns = z.object({
  rcn: numericId,
  role,
  pic,
  type: optionalActivityType,
  contribution: naAsEmpty(money),
  // "NA" here is Namibia, not R's missing value: these rows are all in the third-country group.
  country: optionalCountry,
  start_date: naAsEmpty(optionalDate),
  end_date: naAsEmpty(optionalDate),
  max_contribution: naAsEmpty(money),
  total_cost: naAsEmpty(money),
});

const h2020SkeletonRow = rowParser(
  h2020SkeletonColumns,
  (r): H2020SkeletonRow => ({
    project: {
      rcn: r.rcn,
      startDate: r.start_date,
      endDate: r.end_date,
      euContribution: r.max_contribution,
      totalBudget: r.total_cost,
    },
    participation: {
      projectKey: r.rcn,
      projectAcronym: null,
      organisation: {
        pic: r.pic,
        name: null,
        shortName: null,
        vatNumber: null,
        activityType: r.type,
        isSme: null,
        type: organisationTypeFromCordis(r.type, null),
        street: null,
        postCode: null,
        city: null,
        countryCode: r.country,
        nutsCode: null,
        website: null,
        latitude: null,
        longitude: null,
        // The skeleton is the CORDIS export of about December 2020: older than any named record.
        recordTime: null,
      },
      role: r.role,
      position: null,
      euContribution: r.contribution,
      totalCost: null,
      endedEarly: false,
    },
  }),
);

/** cordis_h2020_participations_skeleton.csv.gz: a participation known by PIC and numbers only. */
export function parseH2020SkeletonRow(row: CsvRow, line: number): Parsed<H2020SkeletonRow> {
  return h2020SkeletonRow.parse(row, line);
}

export interface H2020ProgrammePart {
  rcn: string;
  code: string;
  title: string;
}

export const h2020ProgrammePartColumns = z.object({ rcn: numericId, programme_part: requiredText });

const h2020ProgrammePartRow = rowParser(
  h2020ProgrammePartColumns,
  (r): H2020ProgrammePart => ({ rcn: r.rcn, code: r.programme_part, title: h2020PartTitle(r.programme_part) }),
);

/** cordis_h2020_programme_parts.csv: a programme part (SC4, LEIT …) of an H2020 project. */
export function parseH2020ProgrammePart(row: CsvRow, line: number): Parsed<H2020ProgrammePart> {
  return h2020ProgrammePartRow.parse(row, line);
}
