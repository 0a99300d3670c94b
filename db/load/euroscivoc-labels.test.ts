// The EuroSciVoc labels loader: labels for the themes the database has, none for the others,
// nothing duplicated on a re-run, an edited file applied, the KEEP labels left alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { themeLabels, themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { euroSciVocLabelsFile, euroSciVocLabelsMissing, loadEuroSciVocLabels, loadEuroSciVocLabelsFile } from "./euroscivoc-labels";
import { loadKeepThemes } from "./keep";

let handle: DatabaseHandle;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "euroscivoc-labels-"));
const ids = new Map<string, number>();

/** EuroSciVoc themes as the CORDIS loader writes them: parents first, English labels. */
async function addThemes(rows: [code: string, label: string][]) {
  for (const [code, label] of rows) {
    const parent = code.split("/").length > 2 ? ids.get(code.slice(0, code.lastIndexOf("/")))! : null;
    const [row] = await handle.db
      .insert(themes)
      .values({ scheme: "euroscivoc", code, label, path: `/${label}`, level: code.split("/").length - 1, parentId: parent })
      .returning({ id: themes.id });
    ids.set(code, row!.id);
  }
}

async function labelsOf(code: string) {
  return handle.db
    .select({ lang: themeLabels.lang, label: themeLabels.label, synonyms: themeLabels.synonyms })
    .from(themeLabels)
    .where(eq(themeLabels.themeId, ids.get(code)!))
    .orderBy(asc(themeLabels.lang));
}

const keepLabelCount = async () =>
  (await handle.db.select({ n: count() }).from(themeLabels).innerJoin(themes, eq(themes.id, themeLabels.themeId)).where(eq(themes.scheme, "keep")))[0]!.n;

beforeAll(async () => {
  handle = await createTestDatabase();
  await loadKeepThemes(handle.db);
  await addThemes([
    ["/29", "social sciences"],
    ["/29/101", "sociology"],
    ["/29/101/1365", "social work"],
    ["/23", "natural sciences"],
    ["/23/47", "computer and information sciences"],
    ["/23/47/297", "artificial intelligence"],
    // A code the file does not name (the CORDIS data has no such concept).
    ["/23/47/297/321", "machine learning"],
  ]);
}, 120_000);
afterAll(async () => {
  await handle?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`EuroSciVoc labels on ${testEngine}`, () => {
  it("says labels are missing before the first load", async () => {
    expect(await euroSciVocLabelsMissing(handle.db)).toBe(true);
  });

  it("labels the themes of the file the database has, in five languages, and only those", async () => {
    const keepBefore = await keepLabelCount();
    expect(await loadEuroSciVocLabels(handle.db)).toEqual({ inFile: 975, themes: 6, labels: 30 });
    expect(await labelsOf("/29")).toEqual([
      { lang: "de", label: "Sozialwissenschaften", synonyms: [] },
      { lang: "es", label: "ciencias sociales", synonyms: [] },
      { lang: "fr", label: "sciences sociales", synonyms: [] },
      { lang: "it", label: "scienze sociali", synonyms: [] },
      { lang: "pl", label: "nauki społeczne", synonyms: [] },
    ]);
    expect((await labelsOf("/23/47")).find((l) => l.lang === "pl")).toEqual({
      lang: "pl",
      label: "informatyka i nauki o informacji",
      synonyms: ["informatyka"],
    });
    expect((await labelsOf("/29/101/1365")).find((l) => l.lang === "fr")!.label).toBe("travail social");
    expect(await labelsOf("/23/47/297/321")).toEqual([]);
    // No theme was created for the codes of the file the database lacks.
    const [euroscivoc] = await handle.db.select({ n: count() }).from(themes).where(eq(themes.scheme, "euroscivoc"));
    expect(euroscivoc!.n).toBe(7);
    expect(await keepLabelCount()).toBe(keepBefore);
    expect(await euroSciVocLabelsMissing(handle.db)).toBe(false);
  });

  it("changes nothing on a second load", async () => {
    const all = () => handle.db.select().from(themeLabels).orderBy(asc(themeLabels.themeId), asc(themeLabels.lang));
    const before = await all();
    expect(await loadEuroSciVocLabels(handle.db)).toEqual({ inFile: 975, themes: 6, labels: 30 });
    expect(await all()).toEqual(before);
  });

  it("applies an edited file", async () => {
    const json = JSON.parse(fs.readFileSync(euroSciVocLabelsFile, "utf8")) as { themes: { code: string; labels: Record<string, string>; synonyms?: Record<string, string[]> }[] };
    const sociology = json.themes.find((t) => t.code === "/29/101")!;
    sociology.labels.fr = "sociologie générale";
    sociology.synonyms = { fr: ["études sociologiques"] };
    const edited = path.join(dir, "edited.json");
    fs.writeFileSync(edited, JSON.stringify(json));
    await loadEuroSciVocLabels(handle.db, edited);
    expect((await labelsOf("/29/101")).find((l) => l.lang === "fr")).toEqual({ lang: "fr", label: "sociologie générale", synonyms: ["études sociologiques"] });
    await loadEuroSciVocLabels(handle.db);
    expect((await labelsOf("/29/101")).find((l) => l.lang === "fr")).toEqual({ lang: "fr", label: "sociologie", synonyms: [] });
  });

  it("notices a theme an import brought since, and labels it on the next load", async () => {
    await addThemes([["/31", "humanities"]]);
    expect(await euroSciVocLabelsMissing(handle.db)).toBe(true);
    expect(await loadEuroSciVocLabelsFile(handle.db)).toEqual({ file: "euroscivoc-labels.json", rows: 7, imported: 7, merged: 0, rejected: 0, excluded: 0 });
    expect((await labelsOf("/31")).find((l) => l.lang === "pl")!.label).toBe("nauki humanistyczne");
    expect(await euroSciVocLabelsMissing(handle.db)).toBe(false);
  });

  it("refuses an invalid file and writes nothing", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ scheme: "euroscivoc", themes: [{ code: "/29", en: "social sciences", labels: { fr: "x" } }] }));
    const before = await handle.db.select().from(themeLabels).where(inArray(themeLabels.themeId, [ids.get("/29")!]));
    await expect(loadEuroSciVocLabels(handle.db, bad)).rejects.toThrow(/themes\[0\]\.labels\.de/);
    expect(await handle.db.select().from(themeLabels).where(and(eq(themeLabels.themeId, ids.get("/29")!)))).toEqual(before);
  });
});
