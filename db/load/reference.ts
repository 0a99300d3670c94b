// Loads the reference data every other loader relies on: data sources, countries, NUTS regions.
import path from "node:path";
import { readCsvFile } from "@/lib/importers/csv";
import { toCountry, toNutsRegion } from "@/lib/importers/reference";
import { DATA_SOURCES } from "@/lib/importers/sources";
import type { Db } from "../index";
import { countries, dataSources, nutsRegions } from "../schema";
import { upsertBatched } from "./batch";

export const referenceDir = path.join(process.cwd(), "data", "reference");

export async function loadDataSources(db: Db): Promise<void> {
  await upsertBatched(db, dataSources, Object.values(DATA_SOURCES).map((s) => ({ ...s })), {
    target: dataSources.id,
    update: ["name", "publisher", "licence", "attribution", "url"],
  });
}

/** Loads countries.csv and nuts_regions.csv from `dir` (the shipped copies by default). */
export async function loadReferenceData(db: Db, dir = referenceDir): Promise<{ countries: number; regions: number }> {
  const countryRows = readCsvFile(path.join(dir, "countries.csv")).map(toCountry);
  const regionRows = readCsvFile(path.join(dir, "nuts_regions.csv")).map(toNutsRegion);
  await db.transaction(async (tx) => {
    await loadDataSources(tx);
    await upsertBatched(tx, countries, countryRows, {
      target: countries.code,
      update: ["isoAlpha2", "isoAlpha3", "isoNumeric", "nameEn", "nameDe", "nameFr", "nameIt", "nameEs", "namePl", "nameIso", "nutsScope"],
    });
    await upsertBatched(tx, nutsRegions, regionRows, {
      target: [nutsRegions.version, nutsRegions.code],
      update: ["kind", "name", "level", "countryCode", "parentCode", "note"],
    });
  });
  return { countries: countryRows.length, regions: regionRows.length };
}
