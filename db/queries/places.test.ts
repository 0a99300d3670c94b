import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { loadReferenceData } from "../load/reference";
import { createTestDatabase, testEngine } from "../testing";
import { searchPlaces } from "@/lib/places/search";
import { listPlaces } from "./places";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadReferenceData(handle.db);
});
afterAll(async () => handle?.close());

describe(`listPlaces on ${testEngine}`, () => {
  it("lists every country, named in the reader's language and found by its other names", async () => {
    const de = await listPlaces(handle.db, "de");
    const austria = de.find((p) => p.code === "AT")!;
    expect(austria).toMatchObject({ name: "Österreich", level: 0, countryCode: "AT" });
    expect(austria.aliases).toContain("Austria");
    expect(searchPlaces(await listPlaces(handle.db, "en"), "Österreich").map((p) => p.code)).toEqual(["AT"]);
  });

  it("names a renamed country as pages do, and finds it by the reference list's old name", async () => {
    const en = await listPlaces(handle.db, "en");
    expect(en.find((p) => p.code === "MK")).toMatchObject({ name: "North Macedonia", level: 0 });
    expect(en.find((p) => p.code === "TR")!.name).toBe("Türkiye");
    expect(en.find((p) => p.code === "SS")!.name).toBe("South Sudan"); // the list's has a trailing space
    expect(searchPlaces(en, "turkey").map((p) => p.code)).toEqual(["TR"]);
    expect(searchPlaces(en, "czech republic").map((p) => p.code)).toContain("CZ");
    expect(searchPlaces(en, "czechia").map((p) => p.code)).toContain("CZ");
    // Every language names it as its pages do (lib/format: the locale's own names).
    expect((await listPlaces(handle.db, "de")).find((p) => p.code === "MK")!.name).toBe("Nordmazedonien");
  });

  it("lists the NUTS regions of levels 1 to 3 of each country's newest version, once each", async () => {
    const places = await listPlaces(handle.db, "en");
    const regions = places.filter((p) => p.level > 0);
    expect(new Set(regions.map((p) => p.code)).size).toBe(regions.length);
    expect(regions.every((p) => p.level <= 3)).toBe(true);
    expect(places.find((p) => p.code === "AT22")).toMatchObject({ name: "Steiermark", level: 2, countryCode: "AT" });
    expect(searchPlaces(places, "vzhod slov").map((p) => p.code)).toEqual(["SI03"]);
    // Île-de-France, found without its accent and hyphens.
    expect(searchPlaces(places, "ile de france")[0]!.code).toBe("FR1");
  });
});
