// An interest's matches as a CSV file (GET /interests/[id]/export), for a member to share or work
// on in a spreadsheet: rank, who, what kind and where, its website, the score out of 100, the
// reasons in the reader's language and the past projects behind them, and a link to each. Pure: the words and the
// links come from the caller (lib/csv.ts writes the file).
import { csvFile, fileSlug } from "@/lib/csv";

/** The columns, in order: their names are keys of the "matching.csv" catalogue part. */
export const matchCsvColumns = ["rank", "name", "type", "country", "city", "website", "score", "reasons", "projects", "link"] as const;

export interface MatchCsvRow {
  rank: number;
  name: string;
  /** Its type in the reader's words. */
  type: string;
  country: string | null;
  city: string | null;
  /** Its website as a link (websiteHref), null when none is known. */
  website: string | null;
  /** Out of 100. */
  score: number;
  reasons: readonly string[];
  /** The acronyms (or titles) of the past projects shown as evidence. */
  projects: readonly string[];
  link: string;
}

export function matchesCsv(rows: readonly MatchCsvRow[], header: readonly string[]): string {
  return csvFile(
    header,
    rows.map((r) => [String(r.rank), r.name, r.type, r.country ?? "", r.city ?? "", r.website ?? "", String(r.score), r.reasons.join("; "), r.projects.join(", "), r.link]),
  );
}

/** "consortia-matches-interreg-wood-industry-cluster-project-2026-12-07.csv". */
export function matchesFileName(title: string, day: string): string {
  const slug = fileSlug(title);
  return `consortia-matches${slug ? `-${slug}` : ""}-${day}.csv`;
}
