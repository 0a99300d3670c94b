// Loads the reference data every other loader relies on: data sources, countries, NUTS regions,
// and the current Interreg programmes (db/load/programmes.ts).
import path from "node:path";
import type { z } from "zod";
import { parseWith, readCsvBatches, type Rejection } from "@/lib/importers/cordis";
import { readCsvFile, type CsvRow } from "@/lib/importers/csv";
import { countryRow, nutsRow, toCountry, toNutsRegion } from "@/lib/importers/reference";
import { DATA_SOURCES } from "@/lib/importers/sources";
import type { Db } from "../index";
import { countries, dataSources, nutsRegions } from "../schema";
import { bulkUpsert, excludedSet } from "./batch";
import { loadReferenceProgrammes } from "./programmes";
import type { CordisFileReport } from "./cordis";

export const referenceDir = path.join(process.cwd(), "data", "reference");

const COUNTRY_UPDATE = ["isoAlpha2", "isoAlpha3", "isoNumeric", "nameEn", "nameDe", "nameFr", "nameIt", "nameEs", "namePl", "nameIso", "nutsScope"] as const;
const REGION_UPDATE = ["kind", "name", "level", "countryCode", "parentCode", "note"] as const;

export async function loadDataSources(db: Db): Promise<void> {
  await bulkUpsert(db, dataSources, Object.values(DATA_SOURCES).map((s) => ({ ...s })), {
    target: [dataSources.id],
    set: excludedSet(dataSources, ["name", "publisher", "licence", "attribution", "url"]),
  });
}

/** Loads countries.csv and nuts_regions.csv from `dir` (the shipped copies by default). */
export async function loadReferenceData(db: Db, dir = referenceDir): Promise<{ countries: number; regions: number }> {
  const countryRows = readCsvFile(path.join(dir, "countries.csv")).map(toCountry);
  const regionRows = readCsvFile(path.join(dir, "nuts_regions.csv")).map(toNutsRegion);
  await db.transaction(async (tx) => {
    await loadDataSources(tx);
    await bulkUpsert(tx, countries, countryRows, {
      target: [countries.code],
      set: excludedSet(countries, [...COUNTRY_UPDATE]),
    });
    await bulkUpsert(tx, nutsRegions, regionRows, {
      target: [nutsRegions.version, nutsRegions.code],
      set: excludedSet(nutsRegions, [...REGION_UPDATE]),
    });
    await loadReferenceProgrammes(tx);
  });
  return { countries: countryRows.length, regions: regionRows.length };
}

/**
 * Reads a reference file row by row: a row that does not validate is rejected (with its line),
 * a repeated key is merged (the last row wins), so the report accounts for every row.
 */
async function readReferenceFile<S extends z.ZodType, R>(
  file: string,
  schema: S,
  convert: (row: CsvRow) => R,
  key: (row: R) => string,
  onRejection?: (file: string, rejection: Rejection) => void,
): Promise<{ rows: R[]; report: CordisFileReport }> {
  const name = path.basename(file);
  const report: CordisFileReport = { file: name, rows: 0, imported: 0, merged: 0, rejected: 0, excluded: 0 };
  const byKey = new Map<string, R>();
  for await (const { records } of readCsvBatches(file, 2_000)) {
    for (const { line, row } of records) {
      report.rows += 1;
      const parsed = parseWith(schema, row, line);
      if (!parsed.ok) {
        report.rejected += 1;
        onRejection?.(name, parsed.rejection);
        continue;
      }
      const value = convert(row);
      const k = key(value);
      if (byKey.has(k)) report.merged += 1;
      else report.imported += 1;
      byKey.set(k, value);
    }
  }
  return { rows: [...byKey.values()], report };
}

/**
 * The reference data for an import: data sources, then the given countries and NUTS files, with
 * a report per file like the CORDIS loader's. Bad rows are rejected, not thrown; one transaction.
 */
export async function loadReferenceFiles(
  db: Db,
  files: { countries: string; nutsRegions: string },
  options: { onRejection?: (file: string, rejection: Rejection) => void; onFileDone?: (report: CordisFileReport) => void } = {},
): Promise<CordisFileReport[]> {
  return db.transaction(async (tx) => {
    await loadDataSources(tx);
    const c = await readReferenceFile(files.countries, countryRow, toCountry, (r) => r.code, options.onRejection);
    await bulkUpsert(tx, countries, c.rows, {
      target: [countries.code],
      set: excludedSet(countries, [...COUNTRY_UPDATE]),
    });
    options.onFileDone?.(c.report);
    const r = await readReferenceFile(files.nutsRegions, nutsRow, toNutsRegion, (n) => `${n.version}|${n.code}`, options.onRejection);
    await bulkUpsert(tx, nutsRegions, r.rows, {
      target: [nutsRegions.version, nutsRegions.code],
      set: excludedSet(nutsRegions, [...REGION_UPDATE]),
    });
    options.onFileDone?.(r.report);
    await loadReferenceProgrammes(tx);
    return [c.report, r.report];
  });
}
