// Loads CORDIS files (the demo sample in data/demo/cordis, or the full open data in
// ../shared/data) into the knowledge base: programmes, programme parts, topics, projects,
// organisations (one per PIC), participations and EuroSciVoc themes.
//
// Every write is an upsert on a natural key, so a second run changes nothing. Each file is read
// as a stream in batches and written in its own transaction; a bad row is rejected (counted and
// handed to onRejection), never thrown. The reference data (data sources, countries) must be
// loaded first: see loadReferenceData.
import fs from "node:fs";
import path from "node:path";
import { and, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  columnsOf,
  findCordisFile,
  h2020PartTitle,
  h2020ProgrammePartColumns,
  h2020SampleProjectColumns,
  h2020SkeletonColumns,
  heEuroSciVocColumns,
  heLegalBasisColumns,
  heProjectColumns,
  heReportSummaryColumns,
  heTopicColumns,
  mergeOrganisations,
  mergeParticipations,
  parseH2020ProgrammePart,
  parseH2020SampleParticipation,
  parseH2020SampleProject,
  parseH2020SkeletonRow,
  parseHeEuroSciVoc,
  parseHeLegalBasis,
  parseHeParticipation,
  parseHeProject,
  parseHeReportSummary,
  parseHeTopic,
  participationColumns,
  readCsvBatches,
  type CordisFileKind,
  type CordisOrganisation,
  type CordisParticipation,
  type EuroSciVocNode,
  type H2020ProgrammePart,
  type H2020Project,
  type H2020SkeletonRow,
  type HeEuroSciVoc,
  type HeLegalBasis,
  type HeProject,
  type HeReportSummary,
  type HeTopic,
  type Parsed,
  type ParticipationFacts,
  type Rejection,
} from "@/lib/importers/cordis";
import type { CsvRow } from "@/lib/importers/csv";
import { DATA_SOURCES } from "@/lib/importers/sources";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { intArray, textArray } from "../sql-arrays";
import {
  countries,
  organisationIdentifiers,
  organisations,
  participations,
  programmeParts,
  programmes,
  projects,
  projectThemes,
  themes,
  topics,
  type Organisation,
} from "../schema";
import { bulkUpsert, chunk, excludedSet, tuneForBulkWrite } from "./batch";

/** What happened to the rows of one file: imported + merged + rejected + excluded = rows. */
export interface CordisFileReport {
  file: string;
  rows: number;
  /** Rows whose key (see each loader) was new in this file. */
  imported: number;
  /** Rows that repeat a key already met in the file, merged into it (e.g. one organisation listed twice in a project). */
  merged: number;
  rejected: number;
  /** Rows of a project left out on purpose (LoadCordisOptions.excludeProjects): read, not validated, not loaded. */
  excluded: number;
}

/** A file loaded whole, every row imported (a shipped vocabulary or label list): its summary row. */
export function wholeFileReport(file: string, rows: number): CordisFileReport {
  return { file: path.basename(file), rows, imported: rows, merged: 0, rejected: 0, excluded: 0 };
}

/** Where the load of one file is: rows read so far, and bytes of the file read (for a progress bar). */
export interface CordisFileProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
  /** "reading" while rows come in; "writing" once a file that is read whole before it is written is being written. */
  phase: "reading" | "writing";
}

/** What removeExcludedProjects took out of the knowledge base. */
export interface ExclusionRemoval {
  projects: number;
  participations: number;
  organisations: number;
  topics: number;
  programmeParts: number;
  themes: number;
}

export interface LoadCordisOptions {
  /** Rows read per batch (default 2,000). */
  batchSize?: number;
  /**
   * Projects to leave out, by Horizon Europe projectID or Horizon 2020 rcn: their rows in every
   * file are counted as excluded, and what an earlier load brought of them is removed first.
   */
  excludeProjects?: ReadonlySet<string>;
  /** Each rejected row, e.g. to write a rejects CSV next to the source. */
  onRejection?: (file: string, rejection: Rejection) => void;
  /** After each batch of a file. Throwing here aborts the load; the file's transaction is rolled back. */
  onProgress?: (file: string, progress: CordisFileProgress) => void;
  /** Each file's report as soon as the file is committed. */
  onFileDone?: (report: CordisFileReport) => void;
  /** What was removed because it was excluded (called only when something was). */
  onRemoved?: (removed: ExclusionRemoval) => void;
  /** Progress, one line per file. */
  log?: (message: string) => void;
}

const HE_SOURCE = DATA_SOURCES.cordisHe.id;
const H2020_SOURCE = DATA_SOURCES.cordisH2020.id;
const PIC_SCHEME = "pic";

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

type ProgrammeCode = keyof typeof PROGRAMMES;

interface Context {
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

class Tally {
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
async function* parsedBatches<T>(
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
function keepUnlessGiven<T extends PgTable>(table: T, keys: (keyof T["$inferInsert"] & string)[]): Record<string, SQL> {
  const excluded = excludedSet(table, keys);
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(keys.map((key) => [key, sql`coalesce(${excluded[key]}, ${columns[key]})`]));
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

async function ensureProgramme(ctx: Context, code: ProgrammeCode): Promise<number> {
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
async function projectIds(ctx: Context, sourceId: string, externalIds: Iterable<string>): Promise<Map<string, number>> {
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
async function upsertProgrammeParts(ctx: Context, programmeId: number, parts: Map<string, string>): Promise<Map<string, number>> {
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
async function upsertTopics(ctx: Context, programmeId: number, topicTitles: Map<string, string | null>): Promise<Map<string, number>> {
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
async function setProjectColumn(
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

// ---------------------------------------------------------------------------------------------
// Organisations and participations

/** An organisation as stored, in the parsers' shape, so that a stored and a new record merge alike. */
function storedAsCordis(stored: Organisation, pic: string): CordisOrganisation {
  return {
    pic,
    name: stored.name,
    shortName: stored.shortName,
    vatNumber: null,
    activityType: stored.sourceType,
    isSme: stored.isSme,
    type: stored.type,
    street: stored.street,
    postCode: stored.postCode,
    city: stored.city,
    countryCode: stored.countryCode,
    nutsCode: stored.nutsCode,
    website: stored.website,
    latitude: stored.latitude,
    longitude: stored.longitude,
    // Unknown, so older than any dated record: files are loaded oldest first (see LOADERS).
    recordTime: null,
  };
}

function organisationRow(id: number, o: CordisOrganisation) {
  return {
    id,
    name: o.name,
    shortName: o.shortName,
    type: o.type,
    sourceType: o.activityType,
    isSme: o.isSme,
    countryCode: o.countryCode,
    nutsCode: o.nutsCode,
    city: o.city,
    postCode: o.postCode,
    street: o.street,
    website: o.website,
    latitude: o.latitude,
    longitude: o.longitude,
  };
}

const ORGANISATION_COLUMNS = [
  "name",
  "shortName",
  "type",
  "sourceType",
  "isSme",
  "countryCode",
  "nutsCode",
  "city",
  "postCode",
  "street",
  "website",
  "latitude",
  "longitude",
] as const;

/** Reserves ids from the organisations' identity sequence, so that new rows and their PICs are written together. */
async function reserveOrganisationIds(ctx: Context, n: number): Promise<number[]> {
  if (n === 0) return [];
  const result = await ctx.db.execute(
    sql`select nextval(pg_get_serial_sequence('organisations', 'id'))::int as id from generate_series(1, ${n}::int)`,
  );
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}

/**
 * Writes organisations found by PIC (organisation_identifiers, scheme "pic"): a new PIC gets a new
 * organisation; a known one is merged with what is stored ("merge"), or left alone ("insert-only",
 * for the nameless H2020 skeleton). Returns the organisation id of every PIC given.
 */
async function upsertOrganisations(
  ctx: Context,
  incoming: CordisOrganisation[],
  sourceId: string,
  mode: "merge" | "insert-only",
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunk(incoming, 5_000)) {
    const stored = await ctx.db
      .select({ pic: organisationIdentifiers.value, organisation: organisations })
      .from(organisationIdentifiers)
      .innerJoin(organisations, eq(organisations.id, organisationIdentifiers.organisationId))
      .where(
        and(
          eq(organisationIdentifiers.scheme, PIC_SCHEME),
          sql`${organisationIdentifiers.value} in (select json_array_elements_text(${JSON.stringify(part.map((o) => o.pic))}::json))`,
        ),
      );
    const storedByPic = new Map(stored.map((s) => [s.pic, s.organisation]));
    const fresh = part.filter((o) => !storedByPic.has(o.pic));
    const newIds = await reserveOrganisationIds(ctx, fresh.length);
    const rows = fresh.map((o, i) => {
      ids.set(o.pic, newIds[i]!);
      return organisationRow(newIds[i]!, o);
    });
    // Keyed by organisation: should two PICs lead to one organisation, they merge rather than collide.
    const updates = new Map<number, CordisOrganisation>();
    for (const o of part) {
      const known = storedByPic.get(o.pic);
      if (!known) continue;
      ids.set(o.pic, known.id);
      if (mode === "merge") updates.set(known.id, mergeOrganisations(updates.get(known.id) ?? storedAsCordis(known, o.pic), o));
    }
    for (const [id, o] of updates) rows.push(organisationRow(id, o));
    await bulkUpsert(ctx.db, organisations, rows, {
      target: [organisations.id],
      set: { ...excludedSet(organisations, [...ORGANISATION_COLUMNS]), updatedAt: sql`now()` },
      overridingSystemValue: true,
    });
    await bulkUpsert(
      ctx.db,
      organisationIdentifiers,
      fresh.map((o) => ({ scheme: PIC_SCHEME, value: o.pic, organisationId: ids.get(o.pic)!, sourceId })),
      { target: [organisationIdentifiers.scheme, organisationIdentifiers.value] },
    );
  }
  return ids;
}

type ParticipationFileKind = "h2020Skeleton" | "h2020SampleOrganisations" | "heOrganisations";

interface PendingParticipation extends ParticipationFacts {
  projectExternalId: string;
  pic: string;
}

interface PendingProject {
  acronym: string | null;
  skeleton?: H2020SkeletonRow["project"];
}

/**
 * A participation file: rows keyed by project + organisation (PIC). The whole file is read before
 * anything is written, into one compact entry per participation and per PIC, because an
 * organisation takes the values of its latest record wherever that is in the file, and two rows
 * of one participation may be far apart.
 */
async function loadParticipationFile(ctx: Context, file: string, tally: Tally, kind: ParticipationFileKind): Promise<void> {
  const sourceId = kind === "heOrganisations" ? HE_SOURCE : H2020_SOURCE;
  const organisationsByPic = new Map<string, CordisOrganisation>();
  const pending = new Map<string, PendingParticipation>();
  const pendingProjects = new Map<string, PendingProject>();

  const accept = (line: number, p: CordisParticipation, countryField: string, skeleton?: H2020SkeletonRow["project"]) => {
    const country = p.organisation.countryCode;
    if (country !== null && !ctx.countryCodes.has(country)) {
      tally.reject({ line, field: countryField, reason: `country ${country} is not in the reference list` });
      return;
    }
    let projectExternalId = p.projectKey;
    if (kind === "h2020SampleOrganisations") {
      const rcn = ctx.h2020Grants.get(p.projectKey);
      if (!rcn) {
        tally.reject({ line, field: "projectID", reason: `project ${p.projectKey} is not in cordis_h2020_sample_projects.csv` });
        return;
      }
      projectExternalId = rcn;
    }
    const key = `${projectExternalId}|${p.organisation.pic}`;
    tally.accept(key);
    const facts: PendingParticipation = {
      projectExternalId,
      pic: p.organisation.pic,
      role: p.role,
      position: p.position,
      euContribution: p.euContribution,
      totalCost: p.totalCost,
      endedEarly: p.endedEarly,
    };
    const before = pending.get(key);
    pending.set(key, before ? mergeParticipations(before, facts) : facts);
    const known = organisationsByPic.get(p.organisation.pic);
    organisationsByPic.set(p.organisation.pic, known ? mergeOrganisations(known, p.organisation) : p.organisation);
    if (!pendingProjects.has(projectExternalId)) pendingProjects.set(projectExternalId, { acronym: p.projectAcronym, skeleton });
  };

  if (kind === "h2020Skeleton") {
    for await (const batch of parsedBatches(ctx, file, tally, parseH2020SkeletonRow, columnsOf(h2020SkeletonColumns))) {
      for (const r of batch) {
        if (r.ok) accept(r.line, r.value.participation, "country", r.value.project);
        else tally.reject(r.rejection);
      }
    }
  } else {
    const parse = kind === "heOrganisations" ? parseHeParticipation : parseH2020SampleParticipation;
    for await (const batch of parsedBatches(ctx, file, tally, parse, columnsOf(participationColumns))) {
      for (const r of batch) {
        if (r.ok) accept(r.line, r.value, "country");
        else tally.reject(r.rejection);
      }
    }
  }

  ctx.writing();
  await writePendingProjects(ctx, kind, pendingProjects);
  const projectIdByExternalId = await projectIds(ctx, sourceId, pendingProjects.keys());
  const organisationIdByPic = await upsertOrganisations(
    ctx,
    [...organisationsByPic.values()],
    sourceId,
    kind === "h2020Skeleton" ? "insert-only" : "merge",
  );
  organisationsByPic.clear();

  const rows = [...pending.values()].map((p) => ({
    projectId: projectIdByExternalId.get(p.projectExternalId)!,
    organisationId: organisationIdByPic.get(p.pic)!,
    role: p.role,
    position: p.position,
    euContribution: p.euContribution,
    totalCost: p.totalCost,
    endedEarly: p.endedEarly,
  }));
  pending.clear();
  await bulkUpsert(ctx.db, participations, rows, {
    target: [participations.projectId, participations.organisationId],
    set: excludedSet(participations, ["role", "position", "euContribution", "totalCost", "endedEarly"]),
  });
  await updateProjectTotals(ctx, sourceId, [...projectIdByExternalId.values()]);
}

/** Creates the projects a participation file names and the project files have not (yet) created. */
async function writePendingProjects(ctx: Context, kind: ParticipationFileKind, pendingProjects: Map<string, PendingProject>): Promise<void> {
  if (kind === "h2020SampleOrganisations") return; // its projects come from the sample projects file
  const entries = [...pendingProjects];
  if (kind === "heOrganisations") {
    const programmeId = await ensureProgramme(ctx, "HORIZON");
    await bulkUpsert(
      ctx.db,
      projects,
      entries.map(([externalId, p]) => ({ sourceId: HE_SOURCE, externalId, acronym: p.acronym, programmeId, sourceUrl: cordisProjectUrl(externalId) })),
      { target: [projects.sourceId, projects.externalId], set: keepUnlessGiven(projects, ["acronym"]) },
    );
    return;
  }
  const programmeId = await ensureProgramme(ctx, "H2020");
  await bulkUpsert(
    ctx.db,
    projects,
    entries.map(([externalId, p]) => ({
      sourceId: H2020_SOURCE,
      externalId,
      programmeId,
      startDate: p.skeleton?.startDate ?? null,
      endDate: p.skeleton?.endDate ?? null,
      euContribution: p.skeleton?.euContribution ?? null,
      totalBudget: p.skeleton?.totalBudget ?? null,
    })),
    { target: [projects.sourceId, projects.externalId], set: keepUnlessGiven(projects, ["startDate", "endDate", "euContribution", "totalBudget"]) },
  );
}

/**
 * Consortium size from the participations we hold; for Horizon Europe also the money, which
 * CORDIS gives per participant only: EU contribution = sum of ecContribution, budget = sum of
 * totalCost — not published (null) when that sum is 0, no participant publishing a total cost (the
 * projects file's own sum is read the same way, lib/importers/cordis/horizon-europe.ts, so that a
 * re-run writes nothing).
 */
async function updateProjectTotals(ctx: Context, sourceId: string, projectIdList: number[]): Promise<void> {
  const he = sourceId === HE_SOURCE;
  const money = he ? sql`, eu_contribution = s.eu_contribution, total_budget = nullif(s.total_cost, 0)` : sql``;
  const changed = he
    ? sql`(projects.partner_count, projects.eu_contribution, projects.total_budget) is distinct from (s.n, s.eu_contribution, nullif(s.total_cost, 0))`
    : sql`projects.partner_count is distinct from s.n`;
  for (const part of chunk(projectIdList, 20_000)) {
    await ctx.db.execute(sql`
      update ${projects} set partner_count = s.n${money}, updated_at = now()
      from (
        select project_id, count(*)::int as n, sum(eu_contribution) as eu_contribution, sum(total_cost) as total_cost
        from ${participations}
        where project_id in (select value::int from json_array_elements_text(${JSON.stringify(part)}::json))
        group by project_id
      ) as s
      where ${projects.id} = s.project_id and ${changed}`);
  }
}

function cordisProjectUrl(grantId: string): string {
  return `https://cordis.europa.eu/project/id/${grantId}`;
}

// ---------------------------------------------------------------------------------------------
// Project files

/** cordis_he_projects.csv — key: projectID. Creates the projects with their part, topic and money. */
async function loadHeProjects(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "HORIZON");
  for await (const batch of parsedBatches(ctx, file, tally, parseHeProject, columnsOf(heProjectColumns))) {
    const byId = new Map<string, HeProject>();
    for (const r of batch) {
      if (!r.ok) {
        tally.reject(r.rejection);
        continue;
      }
      tally.accept(r.value.projectId);
      byId.set(r.value.projectId, r.value); // a repeated project: its last row wins
    }
    const parts = new Map<string, string>();
    const topicTitles = new Map<string, string | null>();
    for (const p of byId.values()) {
      if (p.programmePart) parts.set(p.programmePart.code, p.programmePart.title);
      for (const t of p.topics) topicTitles.set(t.code, t.title ?? topicTitles.get(t.code) ?? null);
    }
    const partIds = await upsertProgrammeParts(ctx, programmeId, parts);
    const topicIds = await upsertTopics(ctx, programmeId, topicTitles);
    const rows = [...byId.values()].map((p) => ({
      sourceId: HE_SOURCE,
      externalId: p.projectId,
      acronym: p.acronym,
      title: p.title,
      programmeId,
      programmePartId: p.programmePart ? partIds.get(p.programmePart.code)! : null,
      topicId: p.topics[0] ? topicIds.get(p.topics[0].code)! : null,
      euContribution: p.euContribution,
      totalBudget: p.totalBudget,
      partnerCount: p.partnerCount,
      sourceUrl: cordisProjectUrl(p.projectId),
    }));
    await bulkUpsert(ctx.db, projects, rows, {
      target: [projects.sourceId, projects.externalId],
      set: {
        ...keepUnlessGiven(projects, ["acronym", "title", "programmePartId", "topicId", "euContribution", "totalBudget", "partnerCount", "sourceUrl"]),
        programmeId: sql`excluded.programme_id`,
        updatedAt: sql`now()`,
      },
    });
  }
}

/** cordis_h2020_sample_projects.csv — key: rcn. Projects with titles, objectives, dates, status. */
async function loadH2020SampleProjects(ctx: Context, file: string, tally: Tally): Promise<void> {
  for await (const batch of parsedBatches(ctx, file, tally, parseH2020SampleProject, columnsOf(h2020SampleProjectColumns))) {
    const byRcn = new Map<string, H2020Project>();
    for (const r of batch) {
      if (!r.ok) {
        tally.reject(r.rejection);
        continue;
      }
      tally.accept(r.value.rcn);
      byRcn.set(r.value.rcn, r.value);
    }
    const h2020 = await ensureProgramme(ctx, "H2020");
    const parts = new Map<string, string>();
    for (const p of byRcn.values()) if (p.programmePartCode) parts.set(p.programmePartCode, h2020PartTitle(p.programmePartCode));
    const partIds = await upsertProgrammeParts(ctx, h2020, parts);
    const topicIdsByProgramme = new Map<ProgrammeCode, Map<string, number>>();
    for (const code of ["H2020", "FP7"] as const) {
      const codes = [...byRcn.values()].filter((p) => p.frameworkProgramme === code && p.topicCode).map((p) => p.topicCode!);
      if (codes.length === 0) continue;
      const programmeId = await ensureProgramme(ctx, code);
      topicIdsByProgramme.set(code, await upsertTopics(ctx, programmeId, new Map(codes.map((c) => [c, null]))));
    }
    const rows = [];
    for (const p of byRcn.values()) {
      rows.push({
        sourceId: H2020_SOURCE,
        externalId: p.rcn,
        acronym: p.acronym,
        title: p.title,
        description: p.description,
        status: p.status,
        startDate: p.startDate,
        endDate: p.endDate,
        totalBudget: p.totalBudget,
        euContribution: p.euContribution,
        programmeId: await ensureProgramme(ctx, p.frameworkProgramme),
        programmePartId: p.programmePartCode && p.frameworkProgramme === "H2020" ? partIds.get(p.programmePartCode)! : null,
        topicId: p.topicCode ? (topicIdsByProgramme.get(p.frameworkProgramme)?.get(p.topicCode) ?? null) : null,
        sourceUrl: cordisProjectUrl(p.grantId),
      });
    }
    await bulkUpsert(ctx.db, projects, rows, {
      target: [projects.sourceId, projects.externalId],
      set: {
        ...keepUnlessGiven(projects, [
          "acronym",
          "title",
          "description",
          "status",
          "startDate",
          "endDate",
          "totalBudget",
          "euContribution",
          "programmePartId",
          "topicId",
          "sourceUrl",
        ]),
        programmeId: sql`excluded.programme_id`,
        updatedAt: sql`now()`,
      },
    });
    for (const p of byRcn.values()) ctx.h2020Grants.set(p.grantId, p.rcn);
  }
}

// ---------------------------------------------------------------------------------------------
// Files that describe projects already loaded

/**
 * Reads a file whose rows each attach something to a known project: rows of unknown projects are
 * rejected; `write` gets the accepted rows of each batch with their project ids.
 */
async function loadProjectAttributes<T extends { projectKey: string }>(
  ctx: Context,
  file: string,
  tally: Tally,
  options: {
    sourceId: string;
    parse: (row: CsvRow, line: number) => Parsed<T>;
    columns: string[];
    projectField: string;
    key: (value: T) => string;
    write: (rows: { value: T; projectId: number }[]) => Promise<void>;
  },
): Promise<void> {
  for await (const batch of parsedBatches(ctx, file, tally, options.parse, options.columns)) {
    const ids = await projectIds(ctx, options.sourceId, batch.flatMap((r) => (r.ok ? [r.value.projectKey] : [])));
    const rows: { value: T; projectId: number }[] = [];
    for (const r of batch) {
      if (!r.ok) {
        tally.reject(r.rejection);
        continue;
      }
      const projectId = ids.get(r.value.projectKey);
      if (projectId === undefined) {
        tally.reject({ line: r.line, field: options.projectField, reason: `no project ${r.value.projectKey} in the knowledge base` });
        continue;
      }
      tally.accept(options.key(r.value));
      rows.push({ value: r.value, projectId });
    }
    if (rows.length > 0) await options.write(rows);
  }
}

type Keyed<T> = T & { projectKey: string };

const withKey =
  <T extends { projectId: string }>(parse: (row: CsvRow, line: number) => Parsed<T>) =>
  (row: CsvRow, line: number): Parsed<Keyed<T>> => {
    const parsed = parse(row, line);
    return parsed.ok ? { ...parsed, value: { ...parsed.value, projectKey: parsed.value.projectId } } : parsed;
  };

/** cordis_he_legal_basis.csv — key: projectID + legal basis. Programme parts; the main one is the project's. */
async function loadHeLegalBasis(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "HORIZON");
  await loadProjectAttributes<Keyed<HeLegalBasis>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeLegalBasis),
    columns: columnsOf(heLegalBasisColumns),
    projectField: "projectID",
    key: (v) => `${v.projectId}|${v.code}`,
    write: async (rows) => {
      const partIds = await upsertProgrammeParts(ctx, programmeId, new Map(rows.map((r) => [r.value.code, r.value.title])));
      const main = new Map(rows.filter((r) => r.value.isMain).map((r) => [r.projectId, partIds.get(r.value.code)!]));
      await setProjectColumn(ctx, "programme_part_id", [...main]);
    },
  });
}

/** cordis_he_topics.csv — key: projectID + topic. The first topic of a project is its topic. */
async function loadHeTopics(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "HORIZON");
  const projectsWithTopic = new Set<number>();
  await loadProjectAttributes<Keyed<HeTopic>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeTopic),
    columns: columnsOf(heTopicColumns),
    projectField: "projectID",
    key: (v) => `${v.projectId}|${v.code}`,
    write: async (rows) => {
      const topicIds = await upsertTopics(ctx, programmeId, new Map(rows.map((r) => [r.value.code, r.value.title])));
      const assignments: [number, number][] = [];
      for (const r of rows) {
        if (projectsWithTopic.has(r.projectId)) continue;
        projectsWithTopic.add(r.projectId);
        assignments.push([r.projectId, topicIds.get(r.value.code)!]);
      }
      await setProjectColumn(ctx, "topic_id", assignments);
    },
  });
}

/**
 * cordis_he_euroscivoc.csv — key: projectID + concept. Creates the concept and its ancestors
 * (scheme "euroscivoc", parents before children) and links the project to the concept.
 */
async function loadHeEuroSciVoc(ctx: Context, file: string, tally: Tally): Promise<void> {
  const themeIds = new Map<string, number>();
  await loadProjectAttributes<Keyed<HeEuroSciVoc>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeEuroSciVoc),
    columns: columnsOf(heEuroSciVocColumns),
    projectField: "projectID",
    key: (v) => `${v.projectId}|${v.nodes.at(-1)!.code}`,
    write: async (rows) => {
      const nodes = new Map<string, EuroSciVocNode>();
      for (const r of rows) for (const node of r.value.nodes) if (!themeIds.has(node.code)) nodes.set(node.code, node);
      const levels = unique([...nodes.values()].map((n) => n.level)).sort((a, b) => a - b);
      for (const level of levels) {
        const atLevel = [...nodes.values()].filter((n) => n.level === level);
        for (const part of chunk(atLevel, 2_000)) {
          const written = await ctx.db
            .insert(themes)
            .values(
              part.map((n) => ({
                scheme: "euroscivoc" as const,
                code: n.code,
                label: n.label,
                path: n.path,
                level: n.level,
                parentId: n.parentCode ? themeIds.get(n.parentCode)! : null,
              })),
            )
            .onConflictDoUpdate({ target: [themes.scheme, themes.code], set: excludedSet(themes, ["label", "path", "level", "parentId"]) })
            .returning({ id: themes.id, code: themes.code });
          for (const t of written) themeIds.set(t.code, t.id);
        }
      }
      const links = rows.map((r) => ({ projectId: r.projectId, themeId: themeIds.get(r.value.nodes.at(-1)!.code)! }));
      await bulkUpsert(ctx.db, projectThemes, links, { target: [projectThemes.projectId, projectThemes.themeId] });
    },
  });
}

/**
 * cordis_he_report_summaries.csv — key: projectID. The project title recovered from a report,
 * for projects that have none (a title from the projects file wins); of several reports the latest.
 */
async function loadHeReportSummaries(ctx: Context, file: string, tally: Tally): Promise<void> {
  const latest = new Map<number, { title: string; recordTime: string | null }>();
  await loadProjectAttributes<Keyed<HeReportSummary>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeReportSummary),
    columns: columnsOf(heReportSummaryColumns),
    projectField: "projectID",
    key: (v) => v.projectId,
    write: async (rows) => {
      for (const { value, projectId } of rows) {
        const before = latest.get(projectId);
        if (!before || (value.recordTime ?? "") >= (before.recordTime ?? "")) latest.set(projectId, value);
      }
    },
  });
  await setProjectColumn(
    ctx,
    "title",
    [...latest].map(([id, r]) => [id, r.title]),
    { onlyWhereNull: true },
  );
}

/** cordis_h2020_programme_parts.csv — key: rcn + part. The first part listed is the project's. */
async function loadH2020ProgrammeParts(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "H2020");
  const projectsWithPart = new Set<number>();
  await loadProjectAttributes<Keyed<H2020ProgrammePart>>(ctx, file, tally, {
    sourceId: H2020_SOURCE,
    parse: (row, line) => {
      const parsed = parseH2020ProgrammePart(row, line);
      return parsed.ok ? { ...parsed, value: { ...parsed.value, projectKey: parsed.value.rcn } } : parsed;
    },
    columns: columnsOf(h2020ProgrammePartColumns),
    projectField: "rcn",
    key: (v) => `${v.rcn}|${v.code}`,
    write: async (rows) => {
      const partIds = await upsertProgrammeParts(ctx, programmeId, new Map(rows.map((r) => [r.value.code, r.value.title])));
      const assignments: [number, number][] = [];
      for (const r of rows) {
        if (projectsWithPart.has(r.projectId)) continue;
        projectsWithPart.add(r.projectId);
        assignments.push([r.projectId, partIds.get(r.value.code)!]);
      }
      await setProjectColumn(ctx, "programme_part_id", assignments);
    },
  });
}

// ---------------------------------------------------------------------------------------------

/**
 * Load order. Projects before what attaches to them. Organisations take the values of their most
 * recent record, and the database keeps no record dates, so sources go oldest first: the H2020
 * skeleton (export of 2020, no names; it never overwrites an organisation), the H2020 sample
 * (records 2016-2021), then Horizon Europe (2022-2024).
 */
const LOADERS: { kind: CordisFileKind; load: (ctx: Context, file: string, tally: Tally) => Promise<void> }[] = [
  { kind: "h2020Skeleton", load: (ctx, file, tally) => loadParticipationFile(ctx, file, tally, "h2020Skeleton") },
  { kind: "h2020ProgrammeParts", load: loadH2020ProgrammeParts },
  { kind: "h2020SampleProjects", load: loadH2020SampleProjects },
  { kind: "h2020SampleOrganisations", load: (ctx, file, tally) => loadParticipationFile(ctx, file, tally, "h2020SampleOrganisations") },
  { kind: "heProjects", load: loadHeProjects },
  { kind: "heOrganisations", load: (ctx, file, tally) => loadParticipationFile(ctx, file, tally, "heOrganisations") },
  { kind: "heLegalBasis", load: loadHeLegalBasis },
  { kind: "heTopics", load: loadHeTopics },
  { kind: "heEuroSciVoc", load: loadHeEuroSciVoc },
  { kind: "heReportSummaries", load: loadHeReportSummaries },
];

/**
 * Which raw rows of a file belong to an excluded project. Each file names its project by the
 * Horizon Europe projectID or the H2020 rcn, except the H2020 sample's organisation rows, which
 * name the grant: the sample projects file (read before) records the grants of excluded rcns.
 */
function exclusionTest(kind: CordisFileKind, excluded: ReadonlySet<string>, excludedGrants: Set<string>): (row: CsvRow) => boolean {
  if (excluded.size === 0) return () => false;
  const cell = (row: CsvRow, column: string) => (row[column] ?? "").trim();
  switch (kind) {
    case "h2020Skeleton":
    case "h2020ProgrammeParts":
      return (row) => excluded.has(cell(row, "rcn"));
    case "h2020SampleProjects":
      return (row) => {
        if (!excluded.has(cell(row, "rcn"))) return false;
        excludedGrants.add(cell(row, "id"));
        return true;
      };
    case "h2020SampleOrganisations":
      return (row) => excludedGrants.has(cell(row, "projectID"));
    default:
      return (row) => excluded.has(cell(row, "projectID"));
  }
}

const idList = (ids: Iterable<number>) => sql`(select value::int from json_array_elements_text(${JSON.stringify([...ids])}::json))`;

/**
 * Takes the excluded projects out of a knowledge base an earlier load filled, with everything
 * only they brought, so that loading the directory again gives what a first load with this
 * exclusion gives: their participations and themes links (by cascade); the organisations that
 * took part in them, which the load then rebuilds from their remaining rows (an organisation's
 * values merge all its records, so the excluded project's records must not linger in them);
 * topics, programme parts and EuroSciVoc themes no remaining project uses.
 * Organisations that also take part in a non-CORDIS project (KEEP) are kept as they are.
 */
export async function removeExcludedProjects(db: Db, excluded: ReadonlySet<string>): Promise<ExclusionRemoval> {
  const removal: ExclusionRemoval = { projects: 0, participations: 0, organisations: 0, topics: 0, programmeParts: 0, themes: 0 };
  if (excluded.size === 0) return removal;
  return db.transaction(async (tx) => {
    await tuneForBulkWrite(tx);
    const gone = await tx
      .select({ id: projects.id, topicId: projects.topicId, programmePartId: projects.programmePartId })
      .from(projects)
      .where(and(inArray(projects.sourceId, [HE_SOURCE, H2020_SOURCE]), inArray(projects.externalId, [...excluded])));
    if (gone.length === 0) return removal;
    const ids = gone.map((p) => p.id);
    const count = async (query: SQL) => Number(rowsOf<{ n: number | string }>(await tx.execute(query))[0]?.n ?? 0);
    const organisationIds = rowsOf<{ id: number }>(
      await tx.execute(sql`
        select distinct pa.organisation_id as id from ${participations} pa
        where pa.project_id in ${idList(ids)}
          and not exists (
            select 1 from ${participations} other join ${projects} p on p.id = other.project_id
            where other.organisation_id = pa.organisation_id and p.source_id not in (${HE_SOURCE}, ${H2020_SOURCE}))`),
    ).map((r) => Number(r.id));
    // Themes linked to the excluded projects, with their ancestors: candidates for removal.
    const themeIds = rowsOf<{ id: number }>(
      await tx.execute(sql`
        with recursive linked(id) as (
          select theme_id from ${projectThemes} where project_id in ${idList(ids)}
          union select t.parent_id from ${themes} t join linked on t.id = linked.id where t.parent_id is not null)
        select id from linked`),
    ).map((r) => Number(r.id));

    removal.participations = await count(sql`select count(*) as n from ${participations} where project_id in ${idList(ids)}`);
    await tx.delete(projects).where(inArray(projects.id, ids));
    removal.projects = ids.length;
    for (const part of chunk(organisationIds, 5_000)) {
      removal.participations += await count(sql`select count(*) as n from ${participations} where organisation_id in ${idList(part)}`);
      await tx.delete(organisations).where(inArray(organisations.id, part));
    }
    removal.organisations = organisationIds.length;

    const topicIds = unique(gone.flatMap((p) => (p.topicId === null ? [] : [p.topicId])));
    if (topicIds.length > 0) {
      const deleted = await tx
        .delete(topics)
        .where(and(inArray(topics.id, topicIds), sql`not exists (select 1 from ${projects} p where p.topic_id = ${topics.id})`))
        .returning({ id: topics.id });
      removal.topics = deleted.length;
    }
    const partIds = unique(gone.flatMap((p) => (p.programmePartId === null ? [] : [p.programmePartId])));
    if (partIds.length > 0) {
      const deleted = await tx
        .delete(programmeParts)
        .where(and(inArray(programmeParts.id, partIds), sql`not exists (select 1 from ${projects} p where p.programme_part_id = ${programmeParts.id})`))
        .returning({ id: programmeParts.id });
      removal.programmeParts = deleted.length;
    }
    if (themeIds.length > 0) {
      // A theme stays when a remaining project links to it or to one of its descendants.
      const deleted = rowsOf<{ id: number }>(
        await tx.execute(sql`
          with recursive used(id) as (
            select distinct theme_id from ${projectThemes}
            union select t.parent_id from ${themes} t join used on t.id = used.id where t.parent_id is not null)
          delete from ${themes} where id in ${idList(themeIds)} and scheme = 'euroscivoc' and id not in (select id from used where id is not null)
          returning id`),
      );
      removal.themes = deleted.length;
    }
    return removal;
  });
}

/**
 * Loads whichever CORDIS files exist in `dir` (plain or .gz), each in its own transaction, and
 * reports per file what happened to its rows. Requires the reference data (loadReferenceData).
 * With excludeProjects, what an earlier load brought of those projects is removed first.
 */
export async function loadCordisDirectory(db: Db, dir: string, options: LoadCordisOptions = {}): Promise<CordisFileReport[]> {
  if (!fs.existsSync(dir)) throw new Error(`No such directory: ${dir}`);
  const countryCodes = new Set((await db.select({ code: countries.code }).from(countries)).map((c) => c.code));
  if (countryCodes.size === 0) throw new Error("The countries are not loaded: run loadReferenceData before loading CORDIS files");
  const excluded = options.excludeProjects ?? new Set<string>();
  if (excluded.size > 0) {
    const removed = await removeExcludedProjects(db, excluded);
    if (removed.projects > 0) options.onRemoved?.(removed);
  }
  const shared = {
    batchSize: options.batchSize ?? 2_000,
    countryCodes,
    programmeIds: new Map<ProgrammeCode, number>(),
    h2020Grants: new Map<string, string>(),
    excludedGrants: new Set<string>(),
  };
  const reports: CordisFileReport[] = [];
  for (const { kind, load } of LOADERS) {
    const file = findCordisFile(dir, kind);
    if (!file) continue;
    const started = performance.now();
    const name = path.basename(file);
    const onProgress = options.onProgress;
    const tally = new Tally(
      name,
      options.onRejection,
      exclusionTest(kind, excluded, shared.excludedGrants),
      onProgress && ((progress) => onProgress(name, progress)),
    );
    const writing = () => {
      const size = fs.statSync(file).size;
      tally.onProgress?.({ rows: tally.rows, bytesRead: size, totalBytes: size, phase: "writing" });
    };
    try {
      await db.transaction(async (tx) => {
        await tuneForBulkWrite(tx);
        await load({ ...shared, db: tx, writing }, file, tally);
      });
    } catch (error) {
      // Ids cached during a rolled-back transaction would point at nothing.
      shared.programmeIds.clear();
      throw error;
    }
    reports.push(tally.report());
    options.onFileDone?.(tally.report());
    const { rows, imported, merged, rejected } = tally;
    const excludedNote = tally.excluded > 0 ? `, ${tally.excluded} excluded` : "";
    options.log?.(
      `${tally.file}: ${rows} rows, ${imported} imported, ${merged} merged, ${rejected} rejected${excludedNote} (${Math.round(performance.now() - started)} ms)`,
    );
  }
  return reports;
}
