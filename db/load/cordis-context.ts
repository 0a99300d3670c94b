// What every CORDIS file loader shares (db/load/cordis.ts runs them): the file's transaction and
// the ids met so far (Context), the count of its rows (Tally), its rows parsed a batch at a time, and
// the programmes, programme parts, topics and project ids they refer to.
import path from "node:path";
import { and, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { readCsvBatches, type Parsed, type Rejection } from "@/lib/importers/cordis";
import type { CsvRow } from "@/lib/importers/csv";
import { DATA_SOURCES } from "@/lib/importers/sources";
import type { Db } from "../index";
import { intArray, textArray } from "../sql-arrays";
import { programmeParts, programmes, projects, topics } from "../schema";
import { chunk, excludedSet } from "./batch";
import type { CordisFileProgress, CordisFileReport } from "./cordis";

export const HE_SOURCE = DATA_SOURCES.cordisHe.id;

export const H2020_SOURCE = DATA_SOURCES.cordisH2020.id;

export const PIC_SCHEME = "pic";

const PROGRAMMES = {
  HORIZON: {
    code: "HORIZON",
    name: "Horizon Europe",
    fullName: "Horizon Europe – Framework Programme for Research and Innovation 2021-2027 (with Euratom)",
    family: "Horizon Europe",
    period: "2021-2027",
    startYear: 2021,
    endYear: 2027,
    sourceId: HE_SOURCE,
  },
  H2020: {
    code: "H2020",
    name: "Horizon 2020",
    fullName: "Horizon 2020 – Framework Programme for Research and Innovation 2014-2020",
    family: "Horizon 2020",
    period: "2014-2020",
    startYear: 2014,
    endYear: 2020,
    sourceId: H2020_SOURCE,
  },
  // One project of the H2020 sample is an FP7 project (2013): it gets its own programme.
  FP7: {
    code: "FP7",
    name: "FP7",
    fullName: "Seventh Framework Programme for Research and Technological Development 2007-2013",
    family: "FP7",
    period: "2007-2013",
    startYear: 2007,
    endYear: 2013,
    sourceId: H2020_SOURCE,
  },
} as const;

export type ProgrammeCode = keyof typeof PROGRAMMES;

export interface Context {
  /** The transaction of the file being loaded. */
  db: Db;
  /** Tells the progress callback that a file read whole is now being written. */
  writing: () => void;
  batchSize: number;
  countryCodes: Set<string>;
  programmeIds: Map<ProgrammeCode, number>;
  /** Grant number → rcn of the H2020 sample projects: the sample's organisation rows name grants. */
  h2020Grants: Map<string, string>;
  /** Grant numbers of the excluded H2020 sample projects, whose organisation rows are excluded too. */
  excludedGrants: Set<string>;
}

export class Tally {
  rows = 0;
  imported = 0;
  merged = 0;
  rejected = 0;
  excluded = 0;
  private readonly keys = new Set<string>();

  constructor(
    readonly file: string,
    private readonly onRejection?: (file: string, rejection: Rejection) => void,
    /** True for a raw row of an excluded project: it is counted and skipped before validation. */
    readonly isExcluded: (row: CsvRow) => boolean = () => false,
    readonly onProgress?: (progress: CordisFileProgress) => void,
  ) {}

  reject(rejection: Rejection): void {
    this.rejected += 1;
    this.onRejection?.(this.file, rejection);
  }

  /** Counts an accepted row by its key; true when the key is new to this file. */
  accept(key: string): boolean {
    if (this.keys.has(key)) {
      this.merged += 1;
      return false;
    }
    this.keys.add(key);
    this.imported += 1;
    return true;
  }

  report(): CordisFileReport {
    return { file: this.file, rows: this.rows, imported: this.imported, merged: this.merged, rejected: this.rejected, excluded: this.excluded };
  }
}

/**
 * Streams a file through its parser, a batch at a time. Rejections stay in the batch, in file
 * order, for the caller to tally (so that a rejects file lists lines in order).
 */
export async function* parsedBatches<T>(
  ctx: Context,
  file: string,
  tally: Tally,
  parse: (row: CsvRow, line: number) => Parsed<T>,
  columns: string[],
): AsyncGenerator<Parsed<T>[]> {
  let checked = false;
  for await (const { columns: header, records, bytesRead, totalBytes } of readCsvBatches(file, ctx.batchSize)) {
    if (!checked) {
      // A missing column would reject every row one by one: say it once instead.
      const missing = columns.filter((c) => !header.includes(c));
      if (missing.length > 0) throw new Error(`${path.basename(file)}: missing column(s) ${missing.join(", ")}`);
      checked = true;
    }
    tally.rows += records.length;
    const parsed: Parsed<T>[] = [];
    for (const { line, row } of records) {
      if (tally.isExcluded(row)) tally.excluded += 1;
      else parsed.push(parse(row, line));
    }
    tally.onProgress?.({ rows: tally.rows, bytesRead, totalBytes, phase: "reading" });
    yield parsed;
  }
}

/** ON CONFLICT … SET col = coalesce(excluded.col, col): a later file that lacks a value does not erase it. */
export function keepUnlessGiven<T extends PgTable>(table: T, keys: (keyof T["$inferInsert"] & string)[]): Record<string, SQL> {
  const excluded = excludedSet(table, keys);
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(keys.map((key) => [key, sql`coalesce(${excluded[key]}, ${columns[key]})`]));
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export async function ensureProgramme(ctx: Context, code: ProgrammeCode): Promise<number> {
  const cached = ctx.programmeIds.get(code);
  if (cached !== undefined) return cached;
  const [row] = await ctx.db
    .insert(programmes)
    .values(PROGRAMMES[code])
    .onConflictDoUpdate({
      target: programmes.code,
      set: excludedSet(programmes, ["name", "fullName", "family", "period", "startYear", "endYear", "sourceId"]),
    })
    .returning({ id: programmes.id });
  ctx.programmeIds.set(code, row!.id);
  return row!.id;
}

/** Ids of the projects of a source, by external id. */
export async function projectIds(ctx: Context, sourceId: string, externalIds: Iterable<string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunk(unique(externalIds), 5_000)) {
    const found = await ctx.db
      .select({ id: projects.id, externalId: projects.externalId })
      .from(projects)
      // One JSON parameter rather than thousands: building a statement with a parameter per value
      // cost more in Node than the look-up in the database.
      .where(and(eq(projects.sourceId, sourceId), sql`${projects.externalId} in (select json_array_elements_text(${JSON.stringify(part)}::json))`));
    for (const row of found) ids.set(row.externalId, row.id);
  }
  return ids;
}

/** Upserts (programme, code) parts and returns their ids by code. */
export async function upsertProgrammeParts(ctx: Context, programmeId: number, parts: Map<string, string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunk([...parts], 2_000)) {
    const rows = await ctx.db
      .insert(programmeParts)
      .values(part.map(([code, title]) => ({ programmeId, code, title })))
      .onConflictDoUpdate({ target: [programmeParts.programmeId, programmeParts.code], set: excludedSet(programmeParts, ["title"]) })
      .returning({ id: programmeParts.id, code: programmeParts.code });
    for (const row of rows) ids.set(row.code, row.id);
  }
  return ids;
}

/** Upserts (programme, code) topics, keeping a known title when this file has none. */
export async function upsertTopics(ctx: Context, programmeId: number, topicTitles: Map<string, string | null>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunk([...topicTitles], 2_000)) {
    const rows = await ctx.db
      .insert(topics)
      .values(part.map(([code, title]) => ({ programmeId, code, title })))
      .onConflictDoUpdate({ target: [topics.programmeId, topics.code], set: keepUnlessGiven(topics, ["title"]) })
      .returning({ id: topics.id, code: topics.code });
    for (const row of rows) ids.set(row.code, row.id);
  }
  return ids;
}

/** Sets one column of many projects in one statement per chunk: UPDATE … FROM (VALUES …). */
export async function setProjectColumn(
  ctx: Context,
  column: "programme_part_id" | "topic_id" | "title",
  values: [number, number | string][],
  options: { onlyWhereNull?: boolean } = {},
): Promise<void> {
  // Two array parameters per chunk (ids, values), not two parameters per row: building a statement
  // of 10,000 parameters value by value cost more of Node's time than the database took to run it.
  for (const part of chunk(values, 50_000)) {
    const ids = intArray(part.map(([id]) => id));
    const newValues = column === "title" ? textArray(part.map(([, v]) => String(v))) : intArray(part.map(([, v]) => Number(v)));
    const onlyWhereNull = options.onlyWhereNull ? sql` and ${sql.identifier(column)} is null` : sql``;
    await ctx.db.execute(
      sql`update ${projects} set ${sql.identifier(column)} = v.value, updated_at = now()
          from unnest(${ids}, ${newValues}) as v(id, value)
          where ${projects.id} = v.id and projects.${sql.identifier(column)} is distinct from v.value${onlyWhereNull}`,
    );
  }
}
