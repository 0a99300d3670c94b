// The CORDIS files the loader knows, and a streaming reader that hands their rows over in
// batches with line numbers, so that the full files (80k and 145k rows) never sit in memory as text.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { CsvRow } from "../csv";
import { CsvRecordSplitter, type SplitRecord } from "../csv-records";

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
  const totalBytes = fs.statSync(file).size;
  const source = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  let text: NodeJS.ReadableStream;
  if (file.endsWith(".gz")) {
    const gunzip = zlib.createGunzip();
    // A read error must reach the loop below, not vanish in a pipe.
    source.on("error", (error) => gunzip.destroy(error));
    text = source.pipe(gunzip);
  } else text = source;
  text.setEncoding("utf8");

  const splitter = new CsvRecordSplitter();
  let columns: string[] | null = null;
  let records: CsvRecord[] = [];
  const take = (split: SplitRecord[]) => {
    for (const { line, cells } of split) {
      if (columns === null) {
        columns = cells;
        continue;
      }
      if (cells.length !== columns.length) {
        throw new Error(`${path.basename(file)} line ${line}: ${cells.length} cells where the header has ${columns.length}`);
      }
      const row: CsvRow = {};
      for (let i = 0; i < cells.length; i++) row[columns[i]!] = cells[i]!;
      records.push({ line, row });
    }
  };
  try {
    for await (const chunk of text) {
      take(splitter.push(chunk as string));
      while (records.length >= size) {
        yield { columns: columns!, records: records.slice(0, size), bytesRead: source.bytesRead, totalBytes };
        records = records.slice(size);
      }
    }
    take(splitter.push("", true));
    while (records.length > size) {
      yield { columns: columns!, records: records.slice(0, size), bytesRead: source.bytesRead, totalBytes };
      records = records.slice(size);
    }
    if (records.length > 0 || columns !== null) yield { columns: columns ?? [], records, bytesRead: totalBytes, totalBytes };
  } finally {
    source.destroy();
  }
}
