// Helpers shared by the read queries: paged results and safe ILIKE patterns.
import { sql, type SQL } from "drizzle-orm";

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
