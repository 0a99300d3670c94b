// Loads the shipped translations of the EuroSciVoc fields of science (data/themes/euroscivoc-labels.json)
// into theme_labels, for the EuroSciVoc themes the knowledge base has: the CORDIS import creates
// those themes (the ones its projects use), so this runs after it. A code the database does not
// have is left out; a later import that brings the theme loads its labels then. Every write is an
// upsert: a re-run changes nothing, an edited file updates its labels.
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, notExists } from "drizzle-orm";
import { euroSciVocLabelRows, parseEuroSciVocLabels } from "@/lib/importers/euroscivoc-labels";
import type { Db } from "../index";
import { themeLabels, themes } from "../schema";
import { bulkUpsert, excludedSet } from "./batch";
import { wholeFileReport, type CordisFileReport } from "./cordis";

export const euroSciVocLabelsFile = path.join(process.cwd(), "data", "themes", "euroscivoc-labels.json");

export interface EuroSciVocLabelCounts {
  /** Themes the file names. */
  inFile: number;
  /** Those the database has, each given its labels. */
  themes: number;
  /** theme_labels rows written or confirmed: five per theme. */
  labels: number;
}

function readFile(file: string) {
  return parseEuroSciVocLabels(JSON.parse(fs.readFileSync(file, "utf8")), file);
}

/** Upserts a label (and synonyms) per language for each theme of the file the database has. */
export async function loadEuroSciVocLabels(db: Db, file = euroSciVocLabelsFile): Promise<EuroSciVocLabelCounts> {
  const entries = readFile(file);
  return db.transaction(async (tx) => {
    // A few hundred codes: one lookup.
    const found = await tx
      .select({ id: themes.id, code: themes.code })
      .from(themes)
      .where(and(eq(themes.scheme, "euroscivoc"), inArray(themes.code, entries.map((t) => t.code))));
    const idByCode = new Map(found.map((r) => [r.code, r.id]));
    const rows = entries.flatMap((t) => {
      const themeId = idByCode.get(t.code);
      return themeId === undefined ? [] : euroSciVocLabelRows(t).map((l) => ({ themeId, ...l }));
    });
    await bulkUpsert(tx, themeLabels, rows, {
      target: [themeLabels.themeId, themeLabels.lang],
      set: excludedSet(themeLabels, ["label", "synonyms"]),
    });
    return { inFile: entries.length, themes: idByCode.size, labels: rows.length };
  });
}

/**
 * Whether a theme of the file is in the database without its labels: a knowledge base imported
 * before the labels shipped (the app then loads them at start).
 */
export async function euroSciVocLabelsMissing(db: Db, file = euroSciVocLabelsFile): Promise<boolean> {
  const codes = readFile(file).map((t) => t.code);
  const [row] = await db
    .select({ id: themes.id })
    .from(themes)
    .where(
      and(
        eq(themes.scheme, "euroscivoc"),
        inArray(themes.code, codes),
        notExists(db.select({ one: themeLabels.themeId }).from(themeLabels).where(eq(themeLabels.themeId, themes.id))),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * The labels as one file of an import's summary: its rows are the themes of the file the knowledge
 * base has (a sample has fewer than the file names), each imported with its five labels.
 */
export async function loadEuroSciVocLabelsFile(db: Db, file = euroSciVocLabelsFile): Promise<CordisFileReport> {
  return wholeFileReport(file, (await loadEuroSciVocLabels(db, file)).themes);
}
