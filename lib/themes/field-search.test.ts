import { describe, expect, it } from "vitest";
import { themeNamesFrom } from "@/lib/search/theme-names";
import { fieldOptions, fieldTrail, searchFields, type FieldOption } from "./field-search";

const fields: FieldOption[] = [
  { id: 1, label: "sciences naturelles", english: "natural sciences", parentId: null },
  { id: 2, label: "sciences de la Terre et de l'environnement", english: "earth and related environmental sciences", parentId: 1 },
  { id: 3, label: "changements climatiques", english: "climatic changes", parentId: 2 },
  { id: 4, label: "sciences de l'ingénieur et technologies", english: "engineering and technology", parentId: null },
  { id: 5, label: "énergie solaire", english: "solar energy", parentId: 4 },
  { id: 6, label: "énergie", english: "energy", parentId: 4 },
  { id: 7, label: "énergie éolienne", english: "wind power", parentId: 6 },
  { id: 8, label: "machine learning", parentId: 4 },
];
const byId = new Map(fields.map((f) => [f.id, f]));
const ids = (query: string, options?: Parameters<typeof searchFields>[2]) => searchFields(fields, query, options).map((f) => f.id);

describe("searchFields", () => {
  it("finds a field by the beginnings of its words, in the reader's language or in English, accents aside", () => {
    expect(ids("climat")).toEqual([3]);
    expect(ids("climatic")).toEqual([3]);
    expect(ids("energie sol")).toEqual([5]);
    expect(ids("solar")).toEqual([5]);
    expect(ids("ENVIRONNEMENT")).toEqual([2]);
  });

  it("puts the field named by the query first, then those starting with it, then the shorter", () => {
    expect(ids("énergie")).toEqual([6, 5, 7]);
    expect(ids("sciences")).toEqual([1, 4, 2]);
  });

  it("needs every word, finds nothing for an empty query, and stops at the limit", () => {
    expect(ids("énergie lune")).toEqual([]);
    expect(ids("   ")).toEqual([]);
    expect(ids("sciences", { limit: 2 })).toEqual([1, 4]);
  });
});

describe("fieldTrail", () => {
  it("names the fields above an option, from the top", () => {
    expect(fieldTrail(byId, byId.get(3)!)).toEqual(["sciences naturelles", "sciences de la Terre et de l'environnement"]);
    expect(fieldTrail(byId, byId.get(1)!)).toEqual([]);
  });

  it("stops at a missing or looping parent", () => {
    const loop = new Map<number, FieldOption>([
      [1, { id: 1, label: "a", parentId: 2 }],
      [2, { id: 2, label: "b", parentId: 1 }],
    ]);
    expect(fieldTrail(loop, loop.get(1)!)).toEqual(["b"]);
    expect(fieldTrail(byId, { id: 9, label: "x", parentId: 99 })).toEqual([]);
  });
});

describe("fieldOptions", () => {
  it("names each field in the reader's language and keeps the English label to search by", () => {
    const names = themeNamesFrom("fr", [{ themeId: 3, english: "climatic changes", label: "changements climatiques" }]);
    expect(fieldOptions(names, [{ id: 3, label: "climatic changes", parentId: 2 }, { id: 8, label: "machine learning", parentId: 4 }])).toEqual([
      { id: 3, label: "changements climatiques", english: "climatic changes", parentId: 2 },
      { id: 8, label: "machine learning", parentId: 4 },
    ]);
  });
});
