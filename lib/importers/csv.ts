// CSV reading shared by the importers: RFC 4180, UTF-8, header row, gzip by file name. One
// reader for every file: the streaming splitter of csv-records.ts (readCsvBatches streams the big
// CORDIS files through it; the small files are read whole here).
import fs from "node:fs";
import zlib from "node:zlib";
import { CsvRecordSplitter } from "./csv-records";

export type CsvRow = Record<string, string>;

/** Parses CSV text into header-keyed rows; empty cells stay empty strings, blank lines are skipped. */
export function parseCsv(text: string): CsvRow[] {
  const [header, ...records] = new CsvRecordSplitter().push(text, true);
  if (!header) return [];
  return records.map(({ line, cells }) => {
    if (cells.length !== header.cells.length) throw new Error(`line ${line}: ${cells.length} cells where the header has ${header.cells.length}`);
    const row: CsvRow = {};
    header.cells.forEach((column, i) => (row[column] = cells[i]!));
    return row;
  });
}

/** Reads a .csv or .csv.gz file. */
export function readCsvFile(file: string): CsvRow[] {
  const buffer = fs.readFileSync(file);
  const text = file.endsWith(".gz") ? zlib.gunzipSync(buffer).toString("utf8") : buffer.toString("utf8");
  return parseCsv(text);
}

/** Empty string → null; everything else trimmed. */
export function blankToNull(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
