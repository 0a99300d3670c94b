// CSV reading shared by the importers: RFC 4180, UTF-8, header row, gzip by file name.
import fs from "node:fs";
import zlib from "node:zlib";
import { parse } from "csv-parse/sync";

export type CsvRow = Record<string, string>;

/** Parses CSV text into header-keyed rows; empty cells stay empty strings. */
export function parseCsv(text: string): CsvRow[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false }) as CsvRow[];
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
