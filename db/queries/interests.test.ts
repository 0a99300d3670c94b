// The interest form's choices: programmes, themes, fields of science and partner countries in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { loadEuroSciVocLabels } from "../load/euroscivoc-labels";
import { loadKeepThemes } from "../load/keep";
import { loadReferenceData } from "../load/reference";
import { programmes, themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { getInterestFormChoices } from "./interests";
import { listCountriesFor } from "./reference";
import { referenceProgrammes } from "@/lib/programmes/reference";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadReferenceData(handle.db);
  await loadKeepThemes(handle.db);
  // The reference data brings the current Interreg programmes; a KEEP import brought an earlier one.
  await handle.db.insert(programmes).values([
    { code: "HORIZON", name: "Horizon Europe", family: "Horizon Europe", period: "2021-2027", startYear: 2021, endYear: 2027, sourceId: "cordis-he" },
    { code: "INTERREG-IVB-CENTRAL-EUROPE", name: "CENTRAL EUROPE", family: "Interreg", period: "2007-2013", startYear: 2007, endYear: 2013, sourceId: "keep" },
  ]);
  // Two EuroSciVoc concepts, as the CORDIS loader writes them, with their shipped translations.
  const [natural] = await handle.db
    .insert(themes)
    .values({ scheme: "euroscivoc", code: "/23", label: "natural sciences", path: "/natural sciences", level: 1 })
    .returning({ id: themes.id });
  await handle.db
    .insert(themes)
    .values({ scheme: "euroscivoc", code: "/23/49", label: "biological sciences", path: "/natural sciences/biological sciences", level: 2, parentId: natural!.id });
  await loadEuroSciVocLabels(handle.db);
});
afterAll(async () => handle?.close());

describe(`interest form choices on ${testEngine}`, () => {
  it("offers the programmes by family and name, the themes and partner countries in the reader's language", async () => {
    const fr = await getInterestFormChoices(handle.db, { language: "fr", locale: "fr-BE" });
    // By family, the latest period first, then by name (in any case); an ended period is closed.
    const offered = fr.programmes.map((p) => `${p.name} ${p.period}${p.closed ? " closed" : ""}`);
    expect(offered).toEqual([
      "Horizon Europe 2021-2027",
      ...referenceProgrammes()
        .map((p) => `${p.name} ${p.period}`)
        .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
      "CENTRAL EUROPE 2007-2013 closed",
    ]);
    // Interreg's strand from the reference list (the form groups them: A, B, C), also for an earlier period's programme.
    const strand = (name: string, period: string) => fr.programmes.find((p) => p.name === name && p.period === period)?.strand;
    expect([strand("Slovenia-Austria", "2021-2027"), strand("CENTRAL EUROPE", "2021-2027"), strand("Interreg Europe", "2021-2027")]).toEqual(["cross-border", "transnational", "interregional"]);
    expect([strand("CENTRAL EUROPE", "2007-2013"), strand("Horizon Europe", "2021-2027")]).toEqual(["transnational", null]);
    // The area where an interest naming it looks for partners when it names no country (the form's hint says it).
    const area = (name: string) => fr.programmes.find((p) => p.name === name && p.period === "2021-2027")?.area;
    expect([area("Slovenia-Austria"), area("Horizon Europe")]).toEqual([["SI", "AT"], null]);
    const economy = fr.themes.find((t) => t.code === "keep/economy")!;
    expect(economy).toMatchObject({ label: "Entreprises, clusters et compétitivité", lang: "fr", level: 1, parentId: null });
    expect(fr.themes.filter((t) => t.parentId === economy.id).length).toBeGreaterThan(0);
    expect(fr.countries).toEqual(await listCountriesFor(handle.db, "fr-BE", "partners"));
    expect(fr.countries.find((c) => c.code === "DE")!.name).toBe("Allemagne");

    // English: the vocabulary's own labels; the same themes either way.
    const en = await getInterestFormChoices(handle.db, { language: "en", locale: "en-GB" });
    expect(en.themes.find((t) => t.code === "keep/economy")).toMatchObject({ label: "Business, clusters and competitiveness", lang: "en" });
    expect(en.themes.map((t) => t.id)).toEqual(fr.themes.map((t) => t.id));
    expect(en.countries[0]).toEqual({ code: "AL", name: "Albania" });
  });

  it("offers the fields of science (EuroSciVoc, not the vocabulary's themes), named in the reader's language with their English label", async () => {
    const fr = await getInterestFormChoices(handle.db, { language: "fr", locale: "fr-BE" });
    const natural = fr.fields.find((f) => f.english === "natural sciences")!;
    expect(natural).toMatchObject({ label: "sciences naturelles", parentId: null });
    expect(fr.fields.find((f) => f.english === "biological sciences")).toMatchObject({ label: "sciences biologiques", parentId: natural.id });
    expect(fr.fields).toHaveLength(2);
    const en = await getInterestFormChoices(handle.db, { language: "en", locale: "en-GB" });
    expect(en.fields.map((f) => f.label)).toEqual(["natural sciences", "biological sciences"]);
    expect(en.fields.every((f) => f.english === undefined)).toBe(true);
  });
});
