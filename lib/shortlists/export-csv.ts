// A shortlist as CSV (lib/csv.ts): a header row, one row per entry. Pure.
import { csvFile, fileSlug } from "@/lib/csv";

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

/** The file: a header row (the reader's column names; English by default), then one row per entry. */
export function shortlistToCsv(rows: readonly ShortlistExportRow[], header: readonly string[] = englishHeader): string {
  const records = rows.map((r) => [r.kind, r.name, r.country ?? "", r.region ?? "", r.type ?? "", r.status, r.note ?? "", r.addedBy ?? "", r.addedAt.toISOString().slice(0, 10), r.link]);
  return csvFile(header, records);
}

/** A file name from the list's name: "Wood clusters AT-SI" → "wood-clusters-at-si.csv". */
export function shortlistFileName(name: string): string {
  return `${fileSlug(name) || "shortlist"}.csv`;
}
