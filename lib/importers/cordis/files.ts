// The CORDIS files the loader knows, and a streaming reader that hands their rows over in
// batches with line numbers, so that the full files (80k and 145k rows) never sit in memory as text.
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { parse } from "csv-parse";
import type { CsvRow } from "../csv";

/** Every file kind, in the order the loader reads them (see db/load/cordis.ts for why). */
export const CORDIS_FILES = {
  h2020Skeleton: "cordis_h2020_participations_skeleton.csv",
  h2020ProgrammeParts: "cordis_h2020_programme_parts.csv",
  h2020SampleProjects: "cordis_h2020_sample_projects.csv",
  h2020SampleOrganisations: "cordis_h2020_sample_organizations.csv",
  heProjects: "cordis_he_projects.csv",
  heOrganisations: "cordis_he_organizations.csv",
  heLegalBasis: "cordis_he_legal_basis.csv",
  heTopics: "cordis_he_topics.csv",
  heEuroSciVoc: "cordis_he_euroscivoc.csv",
  heReportSummaries: "cordis_he_report_summaries.csv",
} as const;

export type CordisFileKind = keyof typeof CORDIS_FILES;

/** The file of a kind in `dir`, plain or gzip-compressed; null when neither exists. */
export function findCordisFile(dir: string, kind: CordisFileKind): string | null {
  // The directory is the caller's (the demo sample, or any folder given to the CLI): tell Turbopack's
  // file tracing not to include the whole project because of it.
  const plain = path.join(/*turbopackIgnore: true*/ dir, CORDIS_FILES[kind]);
  if (fs.existsSync(/*turbopackIgnore: true*/ plain)) return plain;
  return fs.existsSync(`${plain}.gz`) ? `${plain}.gz` : null;
}

export interface CsvRecord {
  /** The file line the record starts on (the header is line 1); a quoted cell may span lines. */
  line: number;
  row: CsvRow;
}

/** Reads the header line of a CSV file (gzip by name). */
export async function readCsvHeader(file: string): Promise<string[]> {
  for await (const batch of readCsvBatches(file, 1)) return batch.columns;
  return [];
}

export interface CsvBatch {
  columns: string[];
  records: CsvRecord[];
  /** Bytes of the file read so far (compressed bytes for .gz) and its size: progress without counting rows first. */
  bytesRead: number;
  totalBytes: number;
}

/** Streams a .csv or .csv.gz file as header-keyed rows, `size` at a time. */
export async function* readCsvBatches(file: string, size: number): AsyncGenerator<CsvBatch> {
  let columns: string[] = [];
  const parser = parse({
    columns: (header: string[]) => {
      columns = header;
      return header;
    },
    bom: true,
    skip_empty_lines: true,
    relax_column_count: false,
    info: true,
  });
  const source = fs.createReadStream(file);
  const totalBytes = fs.statSync(file).size;
  // pipeline, not pipe: a read or gunzip error then reaches the parser and the loop below.
  if (file.endsWith(".gz")) pipeline(source, zlib.createGunzip(), parser, () => {});
  else pipeline(source, parser, () => {});

  let previousEnd = 1;
  let previousEmpty = 0;
  let records: CsvRecord[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: CsvRow; info: { lines: number; empty_lines: number } }>) {
      records.push({ line: previousEnd + 1 + (info.empty_lines - previousEmpty), row: record });
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (records.length >= size) {
        yield { columns, records, bytesRead: source.bytesRead, totalBytes };
        records = [];
      }
    }
    if (records.length > 0 || columns.length > 0) yield { columns, records, bytesRead: totalBytes, totalBytes };
  } finally {
    source.destroy();
  }
}
