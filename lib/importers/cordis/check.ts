// What an import of a CORDIS directory needs before it writes anything: every file there,
// readable, with the columns its parser reads. Checked up front so that a missing file or a wrong
// header stops the import with one message instead of half a knowledge base.
import fs from "node:fs";
import path from "node:path";
import { countryRow, nutsRow } from "../reference";
import { columnsOf } from "./fields";
import { CORDIS_FILES, findCordisFile, readCsvHeader, type CordisFileKind } from "./files";
import { h2020ProgrammePartColumns, h2020SampleProjectColumns, h2020SkeletonColumns } from "./h2020";
import { heEuroSciVocColumns, heLegalBasisColumns, heProjectColumns, heReportSummaryColumns, heTopicColumns } from "./horizon-europe";
import { participationColumns } from "./participations";

/** The columns each file kind's parser reads (a file may have more). */
export const CORDIS_COLUMNS: Record<CordisFileKind, string[]> = {
  h2020Skeleton: columnsOf(h2020SkeletonColumns),
  h2020ProgrammeParts: columnsOf(h2020ProgrammePartColumns),
  h2020SampleProjects: columnsOf(h2020SampleProjectColumns),
  h2020SampleOrganisations: columnsOf(participationColumns),
  heProjects: columnsOf(heProjectColumns),
  heOrganisations: columnsOf(participationColumns),
  heLegalBasis: columnsOf(heLegalBasisColumns),
  heTopics: columnsOf(heTopicColumns),
  heEuroSciVoc: columnsOf(heEuroSciVocColumns),
  heReportSummaries: columnsOf(heReportSummaryColumns),
};

export const REFERENCE_FILES = {
  countries: { name: "countries.csv", columns: columnsOf(countryRow) },
  nutsRegions: { name: "nuts_regions.csv", columns: columnsOf(nutsRow) },
} as const;

export type ReferenceFileKind = keyof typeof REFERENCE_FILES;

/** Why a CSV file cannot be imported (unreadable, empty, wrong header), or null when it can. */
export async function checkCsvFile(file: string, columns: readonly string[]): Promise<string | null> {
  const name = path.basename(file);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `${name} is missing` : `${name} cannot be read (${code ?? String(error)})`;
  }
  let header: string[];
  try {
    header = await readCsvHeader(file);
  } catch (error) {
    return `${name} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (header.length === 0) return `${name} is empty (no header row)`;
  const missing = columns.filter((c) => !header.includes(c));
  return missing.length > 0 ? `${name} has a wrong header: missing column(s) ${missing.join(", ")}` : null;
}

export interface CordisDirectoryCheck {
  /** The file of every kind (plain or .gz), when all are there. */
  cordis: Record<CordisFileKind, string>;
  /** The reference files to load: from the directory when it has them, else `fallbackDir`'s. */
  reference: Record<ReferenceFileKind, string>;
  /** Every problem found; empty when the directory can be imported. */
  problems: string[];
}

/**
 * Checks that `dir` holds every CORDIS file (plain or .gz), readable and with the columns its
 * parser needs, and finds the reference files (in `dir`, else in `fallbackDir`).
 */
export async function checkCordisDirectory(dir: string, fallbackDir: string): Promise<CordisDirectoryCheck> {
  const problems: string[] = [];
  const cordis = {} as Record<CordisFileKind, string>;
  const reference = {} as Record<ReferenceFileKind, string>;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { cordis, reference, problems: [`${dir} is not a directory`] };
  }
  for (const kind of Object.keys(CORDIS_FILES) as CordisFileKind[]) {
    const file = findCordisFile(dir, kind);
    if (!file) {
      problems.push(`${CORDIS_FILES[kind]} (or ${CORDIS_FILES[kind]}.gz) is missing`);
      continue;
    }
    cordis[kind] = file;
    const problem = await checkCsvFile(file, CORDIS_COLUMNS[kind]);
    if (problem) problems.push(problem);
  }
  for (const kind of Object.keys(REFERENCE_FILES) as ReferenceFileKind[]) {
    const { name, columns } = REFERENCE_FILES[kind];
    const own = path.join(/*turbopackIgnore: true*/ dir, name);
    reference[kind] = fs.existsSync(own) ? own : path.join(fallbackDir, name);
    const problem = await checkCsvFile(reference[kind], columns);
    if (problem) problems.push(problem);
  }
  return { cordis, reference, problems };
}
