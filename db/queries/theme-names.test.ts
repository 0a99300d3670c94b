// Theme names in the reader's language from the KEEP vocabulary's labels, in one query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { loadKeepThemes } from "@/db/load/keep";
import { themes } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { themeName } from "@/lib/search/theme-names";
import { getThemeNames } from "./theme-names";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadKeepThemes(handle.db);
});
afterAll(async () => handle?.close());

describe(`theme names on ${testEngine}`, () => {
  it("names KEEP themes in French, German and Polish, and reads nothing for English", async () => {
    const all = await handle.db.select({ id: themes.id, code: themes.code, label: themes.label }).from(themes);
    const economy = all.find((t) => t.code === "keep/economy")!;
    expect(economy.label).toBe("Business, clusters and competitiveness");
    expect(themeName(await getThemeNames(handle.db, "fr"), economy)).toBe("Entreprises, clusters et compétitivité");
    expect(themeName(await getThemeNames(handle.db, "de"), economy)).toBe("Wirtschaft, Cluster und Wettbewerbsfähigkeit");
    const pl = await getThemeNames(handle.db, "pl");
    expect(themeName(pl, economy)).not.toBe(economy.label);
    expect(pl.byId.size).toBe(all.length); // every KEEP theme has a Polish label
    expect((await getThemeNames(handle.db, "en")).byId.size).toBe(0);
    expect(themeName(pl, { id: -1, label: "ecology" })).toBe("ecology");
  });
});
