// Theme names in the reader's language from the KEEP vocabulary's labels and the EuroSciVoc
// translations, in one query.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { loadEuroSciVocLabels } from "@/db/load/euroscivoc-labels";
import { loadKeepThemes } from "@/db/load/keep";
import { themes } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { themeName, themeNameOfEnglish } from "@/lib/search/theme-names";
import { getThemeNames } from "./theme-names";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadKeepThemes(handle.db);
  // Two EuroSciVoc themes as the CORDIS import writes them: a field the translations cover, and a
  // concept below their three levels.
  const [social] = await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/29", label: "social sciences", path: "/social sciences", level: 1 }).returning();
  await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/29/101/1365/9", label: "child welfare", path: "/social sciences/x/y/child welfare", level: 4, parentId: social!.id });
  await loadEuroSciVocLabels(handle.db);
});
afterAll(async () => handle?.close());

describe(`theme names on ${testEngine}`, () => {
  it("names KEEP themes in French, German and Polish, and reads nothing for English", async () => {
    const all = await handle.db.select({ id: themes.id, code: themes.code, label: themes.label }).from(themes).where(eq(themes.scheme, "keep"));
    const economy = all.find((t) => t.code === "keep/economy")!;
    expect(economy.label).toBe("Business, clusters and competitiveness");
    expect(themeName(await getThemeNames(handle.db, "fr"), economy)).toBe("Entreprises, clusters et compétitivité");
    expect(themeName(await getThemeNames(handle.db, "de"), economy)).toBe("Wirtschaft, Cluster und Wettbewerbsfähigkeit");
    const pl = await getThemeNames(handle.db, "pl");
    expect(themeName(pl, economy)).not.toBe(economy.label);
    expect(all.every((t) => pl.byId.has(t.id))).toBe(true); // every KEEP theme has a Polish label
    expect((await getThemeNames(handle.db, "en")).byId.size).toBe(0);
    expect(themeName(pl, { id: -1, label: "ecology" })).toBe("ecology");
  });

  it("names a EuroSciVoc field in French and Polish, and a concept below the translated levels in English", async () => {
    const rows = await handle.db.select({ id: themes.id, code: themes.code, label: themes.label }).from(themes).where(eq(themes.scheme, "euroscivoc"));
    const social = rows.find((t) => t.code === "/29")!;
    const deep = rows.find((t) => t.code === "/29/101/1365/9")!;
    const fr = await getThemeNames(handle.db, "fr");
    expect(themeName(fr, social)).toBe("sciences sociales");
    expect(themeName(await getThemeNames(handle.db, "pl"), social)).toBe("nauki społeczne");
    expect(themeName(await getThemeNames(handle.db, "de"), social)).toBe("Sozialwissenschaften");
    expect(themeName(fr, deep)).toBe("child welfare");
    // Match reasons name themes by their English label.
    expect(themeNameOfEnglish(fr, "social sciences")).toBe("sciences sociales");
    expect(themeName(await getThemeNames(handle.db, "en"), social)).toBe("social sciences");
  });
});
