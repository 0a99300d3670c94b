// A search's results as a CSV file (GET /projects/export, /organisations/export): the rows of
// the list in its order, at most SEARCH_EXPORT_LIMIT, a header row in the reader's language, and
// the sources' attribution under the records, as their licences ask. Pure: the words and links
// come from the caller.
import { csvFile, fileSlug } from "@/lib/csv";
import type { ProjectListItem } from "@/db/queries/projects";
import type { OrganisationSearchItem } from "@/db/search/organisations";
import { programmeLabel } from "@/lib/projects";

/** The most rows one file holds (the list's first, in its order). */
export const SEARCH_EXPORT_LIMIT = 5000;

/** The columns, in order: their names are keys of the "search" catalogue's export.columns group. */
export const projectExportColumns = ["acronym", "title", "topic", "programme", "start", "end", "callYear", "coordinator", "participants", "countries", "link"] as const;
export const organisationExportColumns = ["name", "shortName", "pic", "type", "sme", "country", "city", "projects", "consortiaLed", "matchingProjects", "link"] as const;

/** What a row of each list gives the file (db/queries/projects.ts, db/search/organisations.ts). */
export type ProjectExportItem = Pick<
  ProjectListItem,
  "id" | "acronym" | "title" | "topicTitle" | "startDate" | "endDate" | "callYear" | "coordinatorName" | "partnerCount" | "knownPartners" | "countryCodes"
> & { programme: Pick<ProjectListItem["programme"], "name" | "period"> };

export type OrganisationExportItem = Pick<
  OrganisationSearchItem,
  "id" | "name" | "shortName" | "pic" | "isSme" | "countryCode" | "countryName" | "city" | "projectCount" | "coordinatorCount" | "matchingProjects"
> & { type: string };

export interface ExportWords {
  /** An absolute link to a page of the app ("/projects/12" → "https://…/projects/12"). */
  link: (path: string) => string;
  /** The rows under the records: one attribution each. */
  attribution: readonly string[];
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

function withAttribution(header: readonly string[], records: string[][], attribution: readonly string[]): string {
  return csvFile(header, attribution.length > 0 ? [...records, [], ...attribution.map((line) => [line])] : records);
}

export function projectsCsv(items: readonly ProjectExportItem[], header: readonly string[], words: ExportWords): string {
  const records = items.map((p) => [
    text(p.acronym),
    text(p.title),
    text(p.topicTitle),
    programmeLabel(p.programme),
    text(p.startDate),
    text(p.endDate),
    text(p.callYear),
    text(p.coordinatorName),
    text(p.partnerCount ?? p.knownPartners),
    p.countryCodes.join(" "),
    words.link(`/projects/${p.id}`),
  ]);
  return withAttribution(header, records, words.attribution);
}

export function organisationsCsv(
  items: readonly OrganisationExportItem[],
  header: readonly string[],
  words: ExportWords & { type: (type: string) => string; country: (code: string | null, name: string | null) => string; yes: string; no: string },
): string {
  const records = items.map((o) => [
    text(o.name),
    text(o.shortName),
    text(o.pic),
    words.type(o.type),
    o.isSme === null ? "" : o.isSme ? words.yes : words.no,
    words.country(o.countryCode, o.countryName),
    text(o.city),
    text(o.projectCount),
    text(o.coordinatorCount),
    text(o.matchingProjects),
    words.link(`/organisations/${o.id}`),
  ]);
  return withAttribution(header, records, words.attribution);
}

/** "consortia-organisations-przemysl-drzewny-2026-12-07.csv"; without a query, the kind and the day. */
export function searchExportFileName(kind: "projects" | "organisations", q: string, day: string): string {
  const slug = fileSlug(q);
  return `consortia-${kind}${slug ? `-${slug}` : ""}-${day}.csv`;
}
