// The KEEP-style project format as CSV (docs/keep-format.md, "A CSV file"): one row per partner of
// a project, the project's columns repeated or left empty on its later rows, so that a
// spreadsheet can hold it. Pure: text in, the same project objects as the JSON format out, each
// rejected row with its line, its column and the reason. The projects are then checked by the
// JSON format's own rules (parseKeepFile), so both formats accept exactly the same projects.
import { CsvRecordSplitter } from "./csv-records";
import { parseKeepFile, type KeepProject } from "./keep";

/** Project columns: on a project's later rows each is empty or the same as on its first row. */
export const KEEP_CSV_PROJECT_COLUMNS = [
  "externalId",
  "acronym",
  "title",
  "description",
  "expectedResults",
  "achievements",
  "startDate",
  "endDate",
  "status",
  "totalBudget",
  "euContribution",
  "cofinancingRate",
  "programmeCode",
  "programmeName",
  "programmeFullName",
  "programmeFamily",
  "programmePeriod",
  "programmeStartYear",
  "programmeEndYear",
  "programmePartCode",
  "programmePartTitle",
  "partnerCount",
  "themes",
  "language",
  "sourceUrl",
  "website",
  "notes",
] as const;

/** Partner columns: one partner per row; all empty on the single row of a project that names none. */
export const KEEP_CSV_PARTNER_COLUMNS = [
  "partnerName",
  "partnerShortName",
  "partnerCountry",
  "partnerCity",
  "partnerRole",
  "partnerType",
  "partnerSourceType",
] as const;

export const KEEP_CSV_COLUMNS = [...KEEP_CSV_PROJECT_COLUMNS, ...KEEP_CSV_PARTNER_COLUMNS] as const;

/** The columns a file must have; the others may be left out. */
export const KEEP_CSV_REQUIRED_COLUMNS = [
  "externalId",
  "acronym",
  "title",
  "description",
  "programmeCode",
  "programmeName",
  "programmeFamily",
  "themes",
  "language",
] as const;

type ProjectColumn = (typeof KEEP_CSV_PROJECT_COLUMNS)[number];
type PartnerColumn = (typeof KEEP_CSV_PARTNER_COLUMNS)[number];

const NUMBER_COLUMNS = new Set<string>([
  "totalBudget",
  "euContribution",
  "cofinancingRate",
  "programmeStartYear",
  "programmeEndYear",
  "partnerCount",
]);

/** One rejected row: the line it starts on (header = 1), the column, the reason. */
export interface KeepCsvRejection {
  line: number;
  field: string;
  reason: string;
}

export interface KeepCsvResult {
  /** Data rows in the file (the header and blank lines aside). */
  rows: number;
  /** The projects that passed, with the lines of their rows and of the rows naming their partners (in order). */
  projects: { project: KeepProject; lines: number[]; partnerLines: number[] }[];
  /** One entry per rejected row (a project with a problem is rejected with all its rows). */
  rejections: KeepCsvRejection[];
}

/** A problem with the file itself (not CSV, a wrong header): nothing of it can be loaded. */
export class KeepCsvFileError extends Error {}

/**
 * Checks the header of a KEEP CSV file: every required column, no unknown or repeated one
 * (a misspelt column would otherwise be dropped silently). Returns the problems, none when fine.
 */
export function checkKeepCsvHeader(header: readonly string[]): string[] {
  const known = new Set<string>(KEEP_CSV_COLUMNS);
  const problems: string[] = [];
  const missing = KEEP_CSV_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) problems.push(`missing column(s) ${missing.join(", ")}`);
  const unknown = header.filter((c) => !known.has(c));
  if (unknown.length > 0) problems.push(`unknown column(s) ${unknown.join(", ")}`);
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  if (repeated.length > 0) problems.push(`repeated column(s) ${[...new Set(repeated)].join(", ")}`);
  return problems;
}

/** "12.5" → 12.5; anything that is not a plain decimal stays text, for the schema to reject by name. */
function numberOrText(value: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function cellValue(column: string, value: string): unknown {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (column === "themes") return trimmed.split(/[;\s]+/).filter((code) => code !== "");
  return NUMBER_COLUMNS.has(column) ? numberOrText(trimmed) : trimmed;
}

interface CsvLine {
  line: number;
  cells: Map<string, string>;
}

/** The JSON format's project object from a project's rows (the first row carries the project columns). */
/** The rows of a project that name a partner. */
function partnerRowsOf(rows: CsvLine[]): CsvLine[] {
  return rows.filter((r) => KEEP_CSV_PARTNER_COLUMNS.some((c) => (r.cells.get(c) ?? "").trim() !== ""));
}

function projectObject(rows: CsvLine[]): Record<string, unknown> {
  const first = rows[0]!.cells;
  const get = (column: ProjectColumn) => cellValue(column, first.get(column) ?? "");
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const partners = partnerRowsOf(rows).map((r) => {
      const p = (column: PartnerColumn) => cellValue(column, r.cells.get(column) ?? "");
      return defined({
        name: p("partnerName"),
        shortName: p("partnerShortName"),
        country: p("partnerCountry"),
        city: p("partnerCity"),
        role: p("partnerRole"),
        type: p("partnerType"),
        sourceType: p("partnerSourceType"),
      });
    });
  const partCode = get("programmePartCode");
  const partTitle = get("programmePartTitle");
  return defined({
    externalId: get("externalId"),
    acronym: get("acronym"),
    title: get("title"),
    description: get("description"),
    expectedResults: get("expectedResults"),
    achievements: get("achievements"),
    startDate: get("startDate"),
    endDate: get("endDate"),
    status: get("status"),
    totalBudget: get("totalBudget"),
    euContribution: get("euContribution"),
    cofinancingRate: get("cofinancingRate"),
    programme: defined({
      code: get("programmeCode"),
      name: get("programmeName"),
      fullName: get("programmeFullName"),
      family: get("programmeFamily"),
      period: get("programmePeriod"),
      startYear: get("programmeStartYear"),
      endYear: get("programmeEndYear"),
    }),
    programmePart: partCode === undefined && partTitle === undefined ? undefined : defined({ code: partCode, title: partTitle }),
    partnerCount: get("partnerCount"),
    partners: partners.length > 0 ? partners : undefined,
    themes: get("themes") ?? [],
    language: get("language"),
    sourceUrl: get("sourceUrl"),
    website: get("website"),
    notes: get("notes"),
  });
}

const PROJECT_FIELD_COLUMNS: Record<string, ProjectColumn> = {
  "programme.code": "programmeCode",
  "programme.name": "programmeName",
  "programme.fullName": "programmeFullName",
  "programme.family": "programmeFamily",
  "programme.period": "programmePeriod",
  "programme.startYear": "programmeStartYear",
  "programme.endYear": "programmeEndYear",
  "programmePart.code": "programmePartCode",
  "programmePart.title": "programmePartTitle",
};

/**
 * Where an error of the JSON schema sits in the CSV: a partner's field is on that partner's row,
 * anything else on the project's first row; the path becomes the column's name.
 */
function locate(path: string, rows: CsvLine[], partnerRows: CsvLine[]): { line: number; field: string } {
  const partner = /^partners\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (partner) {
    const row = partnerRows[Number(partner[1])] ?? rows[0]!;
    const field = partner[2] ? `partner${partner[2][0]!.toUpperCase()}${partner[2].slice(1)}` : "partnerName";
    return { line: row.line, field };
  }
  if (/^themes(\[|$)/.test(path)) return { line: rows[0]!.line, field: "themes" };
  const field = PROJECT_FIELD_COLUMNS[path] ?? (path.split(/[.[]/)[0] || "externalId");
  return { line: rows[0]!.line, field };
}

/**
 * Parses a KEEP CSV file. A file that is not CSV or has a wrong header throws KeepCsvFileError;
 * otherwise every data row ends up either in a project or in the rejections, exactly once.
 * Theme codes are checked against the shipped vocabulary unless `themeCodes` is given.
 */
export function parseKeepCsv(text: string, options: { themeCodes?: ReadonlySet<string> } = {}): KeepCsvResult {
  let records;
  try {
    records = new CsvRecordSplitter().push(text, true);
  } catch (error) {
    throw new KeepCsvFileError(`not a CSV file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [head, ...data] = records;
  if (!head) throw new KeepCsvFileError("the file is empty (a header row is needed)");
  const header = head.cells.map((c) => c.trim());
  const problems = checkKeepCsvHeader(header);
  if (problems.length > 0) throw new KeepCsvFileError(problems.join("; "));

  const rejections: KeepCsvRejection[] = [];
  // Rows grouped by project, in the order projects first appear.
  const groups = new Map<string, CsvLine[]>();
  for (const record of data) {
    if (record.cells.length !== header.length) {
      rejections.push({ line: record.line, field: "(row)", reason: `has ${record.cells.length} cells, the header ${header.length}` });
      continue;
    }
    const cells = new Map(header.map((column, i) => [column, record.cells[i]!]));
    const externalId = (cells.get("externalId") ?? "").trim();
    if (externalId === "") {
      rejections.push({ line: record.line, field: "externalId", reason: "must not be empty (it names the project the row belongs to)" });
      continue;
    }
    const group = groups.get(externalId);
    if (group) group.push({ line: record.line, cells });
    else groups.set(externalId, [{ line: record.line, cells }]);
  }

  // Later rows of a project repeat its columns or leave them empty; a different value is a conflict.
  const problemsByGroup = new Map<string, KeepCsvRejection[]>();
  for (const [externalId, rows] of groups) {
    const first = rows[0]!;
    const found: KeepCsvRejection[] = [];
    for (const row of rows.slice(1)) {
      for (const column of KEEP_CSV_PROJECT_COLUMNS) {
        const value = (row.cells.get(column) ?? "").trim();
        if (value !== "" && value !== (first.cells.get(column) ?? "").trim()) {
          found.push({ line: row.line, field: column, reason: `differs from line ${first.line}, the first row of project ${externalId}` });
        }
      }
    }
    if (found.length > 0) problemsByGroup.set(externalId, found);
  }

  const ids = [...groups.keys()];
  const objects = ids.map((id) => projectObject(groups.get(id)!));
  const checked = parseKeepFile({ source: "keep", projects: objects }, options);
  for (const error of checked.errors) {
    const id = ids[error.project!]!;
    const rows = groups.get(id)!;
    const { line, field } = locate(error.path, rows, partnerRowsOf(rows));
    const list = problemsByGroup.get(id) ?? [];
    list.push({ line, field, reason: error.message });
    problemsByGroup.set(id, list);
  }

  const projects: KeepCsvResult["projects"] = [];
  const byId = new Map(checked.projects.map((p) => [p.externalId, p]));
  for (const id of ids) {
    const rows = groups.get(id)!;
    const found = problemsByGroup.get(id);
    if (!found) {
      projects.push({ project: byId.get(id)!, lines: rows.map((r) => r.line), partnerLines: partnerRowsOf(rows).map((r) => r.line) });
      continue;
    }
    // Each row once: its own first problem, or a pointer to the problem that rejects its project.
    const first = [...found].sort((a, b) => a.line - b.line)[0]!;
    for (const row of rows) {
      const own = found.filter((f) => f.line === row.line);
      if (own.length === 0) {
        rejections.push({ line: row.line, field: first.field, reason: `project ${id} is rejected (line ${first.line}: ${first.reason})` });
      } else {
        const more = own.slice(1).map((f) => `; also ${f.field}: ${f.reason}`).join("");
        rejections.push({ line: row.line, field: own[0]!.field, reason: `${own[0]!.reason}${more}` });
      }
    }
  }
  rejections.sort((a, b) => a.line - b.line);
  return { rows: data.length, projects, rejections };
}
