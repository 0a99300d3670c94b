// prepareDatabase brings any database to a usable state: the demo sample only into an empty
// knowledge base, the shipped theme vocabulary into every one (an import alone does not bring it),
// and the EuroSciVoc translations into one imported before they shipped.
import { and, count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./index";
import { euroSciVocLabelsMissing } from "./load/euroscivoc-labels";
import { loadReferenceData } from "./load/reference";
import { projects, programmes, themeLabels, themes } from "./schema";
import { prepareDatabase } from "./setup";
import { createTestDatabase, testEngine } from "./testing";
import { referenceProgrammes } from "@/lib/programmes/reference";

/** Whether the KEEP vocabulary has been loaded (search needs it to carry a query across languages). */
async function hasKeepThemes(db: DatabaseHandle["db"]): Promise<boolean> {
  const [row] = await db.select({ id: themes.id }).from(themes).where(eq(themes.scheme, "keep")).limit(1);
  return row !== undefined;
}

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

describe(`prepareDatabase on ${testEngine}`, { timeout: 120_000 }, () => {
  it("loads the theme vocabulary into a knowledge base that has projects but no vocabulary, and no demo data", async () => {
    handle = await createTestDatabase();
    await loadReferenceData(handle.db);
    const [programme] = await handle.db.insert(programmes).values({ code: "HORIZON", name: "Horizon Europe", family: "Horizon" }).returning();
    await handle.db.insert(projects).values({ sourceId: "cordis-he", externalId: "101000001", programmeId: programme!.id, acronym: "ONE", title: "One project" });
    expect(await hasKeepThemes(handle.db)).toBe(false);

    const report = await prepareDatabase(handle, { loadDemo: true });

    expect(report.demo).toBeNull();
    expect(await hasKeepThemes(handle.db)).toBe(true);
    const [n] = await handle.db.select({ n: count() }).from(projects);
    expect(n!.n).toBe(1);
  });

  it("adds the current Interreg programmes to a knowledge base loaded before the list shipped", async () => {
    handle = await createTestDatabase();
    await prepareDatabase(handle, { loadDemo: false });
    await handle.db.delete(programmes);
    await prepareDatabase(handle, { loadDemo: false });
    const codes = (await handle.db.select({ code: programmes.code }).from(programmes)).map((p) => p.code);
    expect(codes.sort()).toEqual(referenceProgrammes().map((p) => p.code).sort());
  });

  it("leaves the vocabulary as it is on a second start", async () => {
    handle = await createTestDatabase();
    await prepareDatabase(handle, { loadDemo: false });
    const before = await handle.db.select({ id: themes.id, code: themes.code }).from(themes).where(eq(themes.scheme, "keep")).orderBy(themes.id);
    expect(before.length).toBeGreaterThan(10);
    await prepareDatabase(handle, { loadDemo: false });
    const after = await handle.db.select({ id: themes.id, code: themes.code }).from(themes).where(eq(themes.scheme, "keep")).orderBy(themes.id);
    expect(after).toEqual(before);
  });

  it("brings the vocabulary as shipped to a database that holds an older one", async () => {
    handle = await createTestDatabase();
    await prepareDatabase(handle, { loadDemo: false });
    const [wood] = await handle.db.select({ id: themes.id }).from(themes).where(and(eq(themes.scheme, "keep"), eq(themes.code, "keep/industry/wood")));
    const polish = and(eq(themeLabels.themeId, wood!.id), eq(themeLabels.lang, "pl"));
    const [shipped] = await handle.db.select({ synonyms: themeLabels.synonyms, english: themeLabels.synonymEnglish }).from(themeLabels).where(polish);
    expect(shipped!.synonyms).toContain("drzewny");
    expect(shipped!.english).toMatchObject({ drzewny: "wood", meble: "furniture" });
    // As a database loaded before "drzewny" was a synonym and synonyms had their English, with an older English label.
    await handle.db.update(themeLabels).set({ synonyms: ["drewno"], synonymEnglish: {} }).where(polish);
    await handle.db.update(themes).set({ label: "Wood industry" }).where(eq(themes.id, wood!.id));

    await prepareDatabase(handle, { loadDemo: false });

    const [now] = await handle.db.select({ synonyms: themeLabels.synonyms, english: themeLabels.synonymEnglish }).from(themeLabels).where(polish);
    expect(now!.synonyms).toEqual(shipped!.synonyms);
    expect(now!.english).toEqual(shipped!.english);
    const [theme] = await handle.db.select({ label: themes.label }).from(themes).where(eq(themes.id, wood!.id));
    expect(theme!.label).toBe("Wood and furniture industry");
  });

  it("labels the EuroSciVoc themes of a knowledge base imported before their translations shipped", async () => {
    handle = await createTestDatabase();
    await prepareDatabase(handle, { loadDemo: false });
    const [field] = await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/23", label: "natural sciences", path: "/natural sciences", level: 1 }).returning();
    expect(await euroSciVocLabelsMissing(handle.db)).toBe(true);

    await prepareDatabase(handle, { loadDemo: false });
    const labels = await handle.db.select({ lang: themeLabels.lang, label: themeLabels.label }).from(themeLabels).where(eq(themeLabels.themeId, field!.id));
    expect(labels).toHaveLength(5);
    expect(labels.find((l) => l.lang === "fr")!.label).toBe("sciences naturelles");
    expect(await euroSciVocLabelsMissing(handle.db)).toBe(false);
  });
});
