// The forms' country lists: every country or the partner countries, named and sorted per language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { loadReferenceData } from "../load/reference";
import { createTestDatabase, testEngine } from "../testing";
import { listCountriesFor } from "./reference";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadReferenceData(handle.db);
});
afterAll(async () => handle?.close());

const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe(`country lists on ${testEngine}`, () => {
  it("lists every country, or only the partner countries (those with NUTS regions)", async () => {
    const all = await listCountriesFor(handle.db, "en-GB");
    const partners = await listCountriesFor(handle.db, "en-GB", "partners");
    expect(all).toHaveLength(251);
    expect(partners).toHaveLength(38);
    expect(codes(all)).toEqual(expect.arrayContaining(codes(partners)));
    expect(codes(all)).toContain("AE");
    expect(codes(partners)).not.toContain("AE");
    expect(codes(partners)).toEqual(expect.arrayContaining(["AT", "DE", "PL", "UK", "CH", "NO", "AL"]));
    expect(partners.slice(0, 3)).toEqual([
      { code: "AL", name: "Albania" },
      { code: "AT", name: "Austria" },
      { code: "BE", name: "Belgium" },
    ]);
  });

  it("names the countries in the reader's language and sorts them the way it sorts", async () => {
    const de = await listCountriesFor(handle.db, "de-AT", "partners");
    expect(de.find((c) => c.code === "DE")!.name).toBe("Deutschland");
    // Ö sorts with O in German: Österreich between Norwegen and Polen, not after Zypern.
    expect(codes(de).slice(codes(de).indexOf("NO"), codes(de).indexOf("NO") + 3)).toEqual(["NO", "AT", "PL"]);
    expect(de.at(-1)).toEqual({ code: "CY", name: "Zypern" });
    // Ł sorts after L in Polish: Łotwa after Luksemburg.
    const pl = await listCountriesFor(handle.db, "pl-PL", "partners");
    expect(codes(pl).indexOf("LV")).toBe(codes(pl).indexOf("LU") + 1);
    expect(pl.find((c) => c.code === "LV")!.name).toBe("Łotwa");
    // The same countries in every language.
    expect([...codes(pl)].sort()).toEqual([...codes(de)].sort());
    const fr = await listCountriesFor(handle.db, "fr-FR");
    expect(fr).toHaveLength(251);
    expect(fr.find((c) => c.code === "AE")!.name).toBe("Émirats arabes unis");
  });
});
