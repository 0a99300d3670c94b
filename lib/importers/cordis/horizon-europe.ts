// Parsers for the Horizon Europe project-level files: the derived one-row-per-project table,
// call topics, legal basis (programme parts), EuroSciVoc fields and periodic report summaries.
// Participations are in participations.ts.
import { z } from "zod";
import type { CsvRow } from "../csv";
import {
  money,
  numericId,
  optionalBoolean,
  optionalRecordTime,
  optionalText,
  cell,
  Invalid,
  rowParser,
  requiredText,
  splitList,
  type Parsed,
} from "./fields";

export interface CodeTitle {
  code: string;
  title: string | null;
}

export interface HeProject {
  projectId: string;
  acronym: string | null;
  title: string | null;
  /** The call topics, first = the project's topic (one per project in practice). */
  topics: CodeTitle[];
  /** The main programme part (legal basis marked uniqueProgrammePart). */
  programmePart: { code: string; title: string } | null;
  euContribution: string | null;
  totalBudget: string | null;
  partnerCount: number | null;
}

const count = cell((v) => {
  const t = v.trim();
  if (t === "") return null;
  if (/^\d{1,4}$/.test(t)) return Number(t);
  return new Invalid(`not a count: ${JSON.stringify(v)}`);
});

export const heProjectColumns = z.object({
  projectID: numericId,
  acronym: optionalText,
  frameworkProgramme: requiredText,
  title: optionalText,
  topicCode: optionalText,
  topicTitle: optionalText,
  programmePartCode: optionalText,
  programmePart: optionalText,
  nOrganisations: count,
  ecContributionSum: money,
  totalCostSum: money,
});

const heProjectRow = rowParser(heProjectColumns, (r): HeProject | Invalid => {
  if (r.frameworkProgramme !== "HORIZON") return new Invalid(`not HORIZON: ${JSON.stringify(r.frameworkProgramme)}`, "frameworkProgramme");
  const titles = splitList(r.topicTitle);
  return {
    projectId: r.projectID,
    acronym: r.acronym,
    title: r.title,
    topics: splitList(r.topicCode).map((code, i) => ({ code, title: titles[i] ?? null })),
    programmePart: r.programmePartCode ? { code: r.programmePartCode, title: r.programmePart ?? r.programmePartCode } : null,
    euContribution: r.ecContributionSum,
    // A sum over participants none of whom publishes a total cost (5,705 projects, MSCA and ERC
    // among them) is no total cost of 0: the project's total cost is not published. The loader reads
    // the participations' sum the same way (updateProjectTotals in db/load/cordis-participations.ts).
    totalBudget: isZeroAmount(r.totalCostSum) ? null : r.totalCostSum,
    partnerCount: r.nOrganisations,
  };
});

function isZeroAmount(value: string | null): boolean {
  return value !== null && Number(value) === 0;
}

/** cordis_he_projects.csv (derived in ../shared/data from the other HE files). */
export function parseHeProject(row: CsvRow, line: number): Parsed<HeProject> {
  return heProjectRow.parse(row, line);
}

export interface HeTopic {
  projectId: string;
  code: string;
  title: string | null;
}

export const heTopicColumns = z.object({ projectID: numericId, topic: requiredText, title: optionalText });

const heTopicRow = rowParser(heTopicColumns, (r): HeTopic => ({ projectId: r.projectID, code: r.topic, title: r.title }));

/** cordis_he_topics.csv: the call topic of a project. */
export function parseHeTopic(row: CsvRow, line: number): Parsed<HeTopic> {
  return heTopicRow.parse(row, line);
}

export interface HeLegalBasis {
  projectId: string;
  code: string;
  title: string;
  /** uniqueProgrammePart = true: the project's main programme part. */
  isMain: boolean;
}

export const heLegalBasisColumns = z.object({
  projectID: numericId,
  legalBasis: requiredText,
  title: requiredText,
  uniqueProgrammePart: optionalBoolean,
});

const heLegalBasisRow = rowParser(
  heLegalBasisColumns,
  (r): HeLegalBasis => ({ projectId: r.projectID, code: r.legalBasis, title: r.title, isMain: r.uniqueProgrammePart === true }),
);

/** cordis_he_legal_basis.csv: a programme part (HORIZON.2.5, EURATOM2027 …) a project belongs to. */
export function parseHeLegalBasis(row: CsvRow, line: number): Parsed<HeLegalBasis> {
  return heLegalBasisRow.parse(row, line);
}

/** One concept of the EuroSciVoc tree. */
export interface EuroSciVocNode {
  /** The id path, e.g. "/23/49/335": unique, and its prefixes are the ancestors. */
  code: string;
  label: string;
  /** The label path, e.g. "/natural sciences/biological sciences/ecology". */
  path: string;
  /** 1 for a top field ("/natural sciences"). */
  level: number;
  parentCode: string | null;
}

export interface HeEuroSciVoc {
  projectId: string;
  /** The concept and its ancestors, root first; the last one is the project's theme. */
  nodes: EuroSciVocNode[];
}

/**
 * The nodes of an EuroSciVoc path: "/23/49/335" with "/natural sciences/biological sciences/ecology"
 * gives three nodes, each level's label taken from the matching segment of the label path.
 * Null when the two paths do not have the same segments.
 */
export function euroSciVocNodes(codePath: string, labelPath: string): EuroSciVocNode[] | null {
  if (!/^(\/\d+)+$/.test(codePath) || !labelPath.startsWith("/")) return null;
  const ids = codePath.slice(1).split("/");
  const labels = labelPath.slice(1).split("/");
  if (ids.length !== labels.length || labels.some((l) => l.trim() === "")) return null;
  return ids.map((_, i) => ({
    code: `/${ids.slice(0, i + 1).join("/")}`,
    label: labels[i]!.trim(),
    path: `/${labels.slice(0, i + 1).map((l) => l.trim()).join("/")}`,
    level: i + 1,
    parentCode: i === 0 ? null : `/${ids.slice(0, i).join("/")}`,
  }));
}

export const heEuroSciVocColumns = z.object({
  projectID: numericId,
  euroSciVocCode: requiredText,
  euroSciVocPath: requiredText,
  euroSciVocTitle: requiredText,
});

const heEuroSciVocRow = rowParser(heEuroSciVocColumns, (r): HeEuroSciVoc | Invalid => {
  const nodes = euroSciVocNodes(r.euroSciVocCode, r.euroSciVocPath);
  if (!nodes) return new Invalid(`does not match the code path ${r.euroSciVocCode}`, "euroSciVocPath");
  // The leaf's own title is authoritative where it differs from the last path segment.
  nodes[nodes.length - 1]!.label = r.euroSciVocTitle;
  return { projectId: r.projectID, nodes };
});

/** cordis_he_euroscivoc.csv: a field of science of a project. */
export function parseHeEuroSciVoc(row: CsvRow, line: number): Parsed<HeEuroSciVoc> {
  return heEuroSciVocRow.parse(row, line);
}

/**
 * The project title inside a report title: "Periodic Reporting for period 1 - QSTACK (Low-power
 * consumption, heavy-metal-free … applications)" gives the text inside the outer parentheses. The
 * acronym is skipped first, since an acronym may itself contain parentheses.
 */
export function projectTitleFromReportTitle(reportTitle: string, acronym: string | null): string | null {
  const prefix = /^.*?Reporting for period \d+ - /i.exec(reportTitle);
  let rest = prefix ? reportTitle.slice(prefix[0].length) : reportTitle;
  if (acronym && rest.startsWith(`${acronym} (`)) rest = rest.slice(acronym.length + 1);
  else rest = rest.slice(Math.max(0, rest.indexOf("(")));
  rest = rest.trim();
  if (!rest.startsWith("(") || !rest.endsWith(")")) return null;
  const title = rest.slice(1, -1).trim();
  return title === "" ? null : title;
}

export interface HeReportSummary {
  projectId: string;
  title: string;
  recordTime: string | null;
}

export const heReportSummaryColumns = z.object({
  title: requiredText,
  projectID: numericId,
  projectAcronym: optionalText,
  contentUpdateDate: optionalRecordTime,
});

const heReportSummaryRow = rowParser(heReportSummaryColumns, (r): HeReportSummary | Invalid => {
  const title = projectTitleFromReportTitle(r.title, r.projectAcronym);
  if (!title) return new Invalid("no project title in parentheses", "title");
  return { projectId: r.projectID, title, recordTime: r.contentUpdateDate };
});

/** cordis_he_report_summaries.csv: the project title recovered from a periodic report. */
export function parseHeReportSummary(row: CsvRow, line: number): Parsed<HeReportSummary> {
  return heReportSummaryRow.parse(row, line);
}
