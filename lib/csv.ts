// CSV files for spreadsheets: UTF-8 with a byte-order mark (so that spreadsheet programs read accents
// right), CRLF records, fields quoted when needed (RFC 4180), and no cell a spreadsheet would run as
// a formula. Used by the shortlist and the search exports. Pure.
import { stringify } from "csv-stringify/sync";
import { foldText } from "@/lib/search/text";

/** A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The file: a header row, then the records, every cell neutralised. */
export function csvFile(header: readonly string[], records: readonly (readonly string[])[]): string {
  return "\uFEFF" + stringify([header, ...records].map((row) => row.map(neutraliseFormula)), { record_delimiter: "\r\n" });
}

/** A file name's stem from a text: "Wood clusters AT–SI (Łódź)" → "wood-clusters-at-si-lodz" (at most 60 characters; empty when nothing is left). */
export function fileSlug(text: string): string {
  return foldText(text.normalize("NFKC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** The file as a download: private data (a member's) is never kept by a cache. */
export function csvResponse(csv: string, fileName: string, { private: own = false }: { private?: boolean } = {}): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": own ? "private, no-store" : "no-store",
    },
  });
}
