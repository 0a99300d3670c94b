// Helpers shared by the read queries: paged results, safe ILIKE patterns, rows in a chosen
// order, an organisation's PIC.
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { organisationIdentifiers } from "../schema";

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `%text%` for ILIKE with the wildcards and the escape character of `text` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `prefix%` for ILIKE, wildcards escaped as above. */
export function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The offset of a 1-based page. */
export function offsetOf(page: number, pageSize: number): number {
  return (Math.max(1, Math.floor(page)) - 1) * pageSize;
}

/** The number of rows the query matches before LIMIT/OFFSET, on every row it returns. */
export const totalOver: SQL<number> = sql<number>`count(*) over ()`.mapWith(Number);

/**
 * A page of rows whose ids a search chose (and ordered) first: the rows fetched for those ids,
 * returned in the ids' order; ids without a row are left out.
 */
export async function rowsInIdOrder<R extends { id: number }, T = R>(ids: number[], fetch: (ids: number[]) => Promise<R[]>, map?: (row: R) => T): Promise<T[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await fetch(ids)).map((row) => [row.id, map ? map(row) : (row as unknown as T)]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** An organisation's PIC (the lowest, when a source gave several), as a column of a select. */
export function firstPicOf(organisationId: SQL | AnyColumn): SQL<string | null> {
  return sql<string | null>`(
    select ${organisationIdentifiers.value} from ${organisationIdentifiers}
    where ${organisationIdentifiers.organisationId} = ${organisationId} and ${organisationIdentifiers.scheme} = 'pic'
    order by ${organisationIdentifiers.value} limit 1)`;
}
