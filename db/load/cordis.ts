// Loads CORDIS files (the demo sample in data/demo/cordis, or the full open data in
// ../shared/data) into the knowledge base: programmes, programme parts, topics, projects,
// organisations (one per PIC), participations and EuroSciVoc themes.
//
// Every write is an upsert on a natural key, so a second run changes nothing. Each file is read
// as a stream in batches and written in its own transaction; a bad row is rejected (counted and
// handed to onRejection), never thrown. The reference data (data sources, countries) must be
// loaded first: see loadReferenceData.
//
// The loaders, one module each: cordis-participations.ts (participation files, with
// cordis-organisations.ts), cordis-projects.ts (project files), cordis-attributes.ts (files that
// describe projects already loaded), cordis-exclusion.ts (--exclude-projects); what they share in
// cordis-context.ts.
import fs from "node:fs";
import path from "node:path";
import { findCordisFile, type CordisFileKind, type Rejection } from "@/lib/importers/cordis";
import type { Db } from "../index";
import { countries } from "../schema";
import { tuneForBulkWrite } from "./batch";
import {
  loadH2020ProgrammeParts,
  loadHeEuroSciVoc,
  loadHeLegalBasis,
  loadHeReportSummaries,
  loadHeTopics,
} from "./cordis-attributes";
import { Tally, type Context, type ProgrammeCode } from "./cordis-context";
import { exclusionTest, removeExcludedProjects } from "./cordis-exclusion";
import { loadParticipationFile } from "./cordis-participations";
import { loadH2020SampleProjects, loadHeProjects } from "./cordis-projects";

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
