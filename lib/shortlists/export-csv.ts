// A shortlist as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs read accents
// right), a header row, one row per entry, fields quoted when needed (RFC 4180). Pure.
import { stringify } from "csv-stringify/sync";
import { foldText } from "@/lib/search/text";

export type ShortlistExportRow = {
  /** "organisation" or "project", in the reader's language. */
  kind: string;
  name: string;
  country: string | null;
  region: string | null;
  type: string | null;
  status: string;
  note: string | null;
  addedBy: string | null;
  addedAt: Date;
  link: string;
};

/** The columns, in order: their names are keys of the "shortlists" catalogue's csv group. */
export const shortlistCsvColumns = ["kind", "name", "country", "region", "type", "status", "note", "addedBy", "addedOn", "link"] as const;
const englishHeader = ["Kind", "Name", "Country", "Region", "Type", "Status", "Note", "Added by", "Added on", "Link"];

/** A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The file: a header row (the reader's column names; English by default), then one row per entry. */
export function shortlistToCsv(rows: readonly ShortlistExportRow[], header: readonly string[] = englishHeader): string {
  const records = rows.map((r) =>
    [r.kind, r.name, r.country ?? "", r.region ?? "", r.type ?? "", r.status, r.note ?? "", r.addedBy ?? "", r.addedAt.toISOString().slice(0, 10), r.link].map(neutraliseFormula),
  );
  return "\uFEFF" + stringify([header.map(neutraliseFormula), ...records], { record_delimiter: "\r\n" });
}

/** A file name from the list's name: "Wood clusters AT-SI" → "wood-clusters-at-si.csv". */
export function shortlistFileName(name: string): string {
  const slug = foldText(name.normalize("NFKC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "shortlist"}.csv`;
}
