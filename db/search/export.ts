// The rows of a search, in the list's order, for its CSV export: the list's own search
// (searchProjectsWithFacets, searchOrganisationsWithFacets), read a thousand rows at a time, so
// that the file holds what the pages show, partial matches and all.
import "server-only";
import { SEARCH_EXPORT_LIMIT } from "@/lib/search/export-csv";
import type { OrganisationSearchState, ProjectSearchState } from "@/lib/search/params";
import type { Db } from "../index";
import type { ProjectListItem } from "../queries/projects";
import { searchOrganisationsWithFacets, type OrganisationSearchItem } from "./organisations";
import { searchProjectsWithFacets } from "./projects";

const EXPORT_PAGE = 1000;

async function allPages<T>(read: (page: number, pageSize: number) => Promise<{ rows: T[]; total: number }>, limit: number, pageSize: number) {
  const rows: T[] = [];
  let total = 0;
  for (let page = 1; rows.length < limit; page++) {
    const result = await read(page, pageSize);
    total = result.total;
    rows.push(...result.rows);
    if (result.rows.length < pageSize || rows.length >= total) break;
  }
  return { rows: rows.slice(0, limit), total };
}

/** The first `limit` projects of the search (and how many it has in all). */
export function exportProjects(db: Db, state: ProjectSearchState, limit = SEARCH_EXPORT_LIMIT, pageSize = EXPORT_PAGE): Promise<{ rows: ProjectListItem[]; total: number }> {
  return allPages((page, size) => searchProjectsWithFacets(db, { ...state, page, pageSize: size }), limit, pageSize);
}

/** The first `limit` organisations of the search (and how many it has in all). */
export function exportOrganisations(db: Db, state: OrganisationSearchState, limit = SEARCH_EXPORT_LIMIT, pageSize = EXPORT_PAGE): Promise<{ rows: OrganisationSearchItem[]; total: number }> {
  return allPages((page, size) => searchOrganisationsWithFacets(db, { ...state, page, pageSize: size }), limit, pageSize);
}
