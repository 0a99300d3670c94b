import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatKeepError,
  KEEP_LANGUAGES,
  KeepFormatError,
  keepNameKey,
  keepThemeCodes,
  keepThemeLevel,
  parseKeepFile,
  parseKeepThemes,
  TRANSLATED_LANGUAGES,
} from "./keep";

const readData = (...parts: string[]) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", ...parts), "utf8"));

function project(overrides: Record<string, unknown> = {}) {
  return {
    externalId: "p-1",
    acronym: "TEST",
    title: "A test project",
    description: "What it does.",
    startDate: "2010-01-01",
    endDate: "2012-12-31",
    status: "finished",
    totalBudget: 1000.5,
    cofinancingRate: 75,
    programme: { code: "INTERREG-IVC", name: "INTERREG IVC", family: "Interreg", period: "2007-2013", startYear: 2007, endYear: 2013 },
    partners: [
      { name: "Lead agency", country: "BE", role: "coordinator", type: "development_agency" },
      { name: "Partner university", country: "EL", city: "Athens", role: "partner", type: "higher_education" },
    ],
    themes: ["keep/economy/clusters"],
    language: "en",
    ...overrides,
  };
}

const file = (...projects: unknown[]) => ({ source: "keep", projects });

function errorsOf(run: () => unknown): KeepFormatError["errors"] {
  try {
    run();
  } catch (e) {
    if (e instanceof KeepFormatError) return e.errors;
    throw e;
  }
  throw new Error("expected a KeepFormatError");
}

function errorPaths(run: () => unknown): string[] {
  return errorsOf(run).map((x) => x.path);
}

describe("parseKeepFile", () => {
  it("accepts a valid file and returns typed projects", () => {
    const { projects, errors } = parseKeepFile(file(project()));
    expect(errors).toEqual([]);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ externalId: "p-1", totalBudget: 1000.5, partners: [{ role: "coordinator" }, { country: "EL" }] });
  });

  it("accepts the shipped seed projects", () => {
    const { projects, errors } = parseKeepFile(readData("demo", "keep-projects.json"));
    expect(errors.map(formatKeepError)).toEqual([]);
    expect(projects.map((p) => p.acronym)).toEqual(["INCLUD", "CLOUD", "POOLING4CLUSTERS", "CLUSTERS-CORD", "InterregCluster"]);
  });

  it("reports a bad date on its field and keeps the other projects", () => {
    const { projects, errors } = parseKeepFile(
      file(project({ externalId: "ok-1" }), project({ externalId: "bad", startDate: "2010-02-30" }), project({ externalId: "ok-2", endDate: "30/12/2012" })),
    );
    expect(projects.map((p) => p.externalId)).toEqual(["ok-1"]);
    expect(errors).toEqual([
      expect.objectContaining({ project: 1, externalId: "bad", path: "startDate", message: expect.stringContaining("yyyy-mm-dd") }),
      expect.objectContaining({ project: 2, externalId: "ok-2", path: "endDate" }),
    ]);
  });

  it("rejects an end date before the start date", () => {
    const { errors } = parseKeepFile(file(project({ startDate: "2012-01-01", endDate: "2011-01-01" })));
    expect(errors).toEqual([expect.objectContaining({ path: "endDate", message: expect.stringContaining("before startDate") })]);
  });

  it("rejects an unknown role, naming the partner", () => {
    const partners = [{ name: "X", country: "BE", role: "lead", type: "sme" }];
    const { projects, errors } = parseKeepFile(file(project({ partners })));
    expect(projects).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ project: 0, path: "partners[0].role" });
    expect(formatKeepError(errors[0]!)).toMatch(/^projects\[0\] \(p-1\)\.partners\[0\]\.role: Invalid option: expected one of "coordinator"/);
  });

  it("rejects an unknown organisation type", () => {
    const partners = [{ name: "X", country: "BE", role: "partner", type: "university" }];
    expect(parseKeepFile(file(project({ partners }))).errors[0]).toMatchObject({ path: "partners[0].type" });
  });

  it("rejects a co-financing rate above 100 and below 0", () => {
    expect(parseKeepFile(file(project({ cofinancingRate: 143.8 }))).errors).toEqual([
      expect.objectContaining({ path: "cofinancingRate", message: "must be a percentage between 0 and 100" }),
    ]);
    expect(parseKeepFile(file(project({ cofinancingRate: -1 }))).errors[0]).toMatchObject({ path: "cofinancingRate" });
  });

  it("rejects amounts finer than cents and negative amounts", () => {
    expect(parseKeepFile(file(project({ totalBudget: 1.234 }))).errors[0]).toMatchObject({ path: "totalBudget", message: expect.stringContaining("two decimals") });
    expect(parseKeepFile(file(project({ euContribution: -5 }))).errors[0]).toMatchObject({ path: "euContribution" });
  });

  it("rejects a theme code that is not in the vocabulary", () => {
    const { errors } = parseKeepFile(file(project({ themes: ["keep/economy/clusters", "keep/economy/blockchain"] })));
    expect(errors).toEqual([
      expect.objectContaining({ path: "themes[1]", message: 'unknown theme code "keep/economy/blockchain" (not in the KEEP theme vocabulary)' }),
    ]);
  });

  it("checks themes against a given vocabulary instead of the shipped one", () => {
    const themeCodes = new Set(["keep/x"]);
    expect(parseKeepFile(file(project({ themes: ["keep/x"] })), { themeCodes }).errors).toEqual([]);
    expect(parseKeepFile(file(project()), { themeCodes }).errors[0]).toMatchObject({ path: "themes[0]" });
  });

  it("rejects a theme listed twice", () => {
    const { errors } = parseKeepFile(file(project({ themes: ["keep/economy/sme", "keep/economy/sme"] })));
    expect(errors[0]).toMatchObject({ path: "themes[1]", message: expect.stringContaining("twice") });
  });

  it("names unknown fields, so that a misspelt key is not silently dropped", () => {
    const { errors } = parseKeepFile(file(project({ enddate: "2012-12-31" })));
    expect(errors).toEqual([expect.objectContaining({ path: "enddate", message: "unknown field" })]);
  });

  it("points to the Eurostat code when given an ISO code for Greece or the United Kingdom", () => {
    const partners = [{ name: "X", country: "GR", role: "partner", type: "sme" }];
    expect(parseKeepFile(file(project({ partners }))).errors[0]).toMatchObject({
      path: "partners[0].country",
      message: "use the Eurostat code EL, not the ISO code GR",
    });
  });

  it("rejects two coordinators and the same organisation twice in one project", () => {
    const partners = [
      { name: "Agency A", country: "PL", role: "coordinator", type: "development_agency" },
      { name: "AGENCY  a", country: "PL", role: "partner", type: "development_agency" },
      { name: "Agency B", country: "PL", role: "coordinator", type: "development_agency" },
    ];
    const { errors } = parseKeepFile(file(project({ partners })));
    expect(errors.map((e) => e.path).sort()).toEqual(["partners[1].name", "partners[2].role"]);
  });

  it("rejects a duplicate externalId and a programme code described two ways", () => {
    const other = { code: "INTERREG-IVC", name: "Interreg 4C", family: "Interreg", period: "2007-2013", startYear: 2007, endYear: 2013 };
    const { projects, errors } = parseKeepFile(file(project(), project(), project({ externalId: "p-2", programme: other })));
    expect(projects).toHaveLength(1);
    expect(errors).toEqual([
      expect.objectContaining({ project: 1, path: "externalId", message: "same externalId as projects[0]" }),
      expect.objectContaining({ project: 2, path: "programme.name" }),
    ]);
  });

  it("checks that the programme period agrees with its years", () => {
    const programme = { code: "INTERREG-IIIB-CADSES", name: "Cadses", family: "Interreg", period: "2000-2006", startYear: 2000, endYear: 2007 };
    expect(parseKeepFile(file(project({ programme }))).errors[0]).toMatchObject({ path: "programme.period" });
  });

  it("reports a file that is not a KEEP file at all", () => {
    expect(parseKeepFile(null).errors[0]).toMatchObject({ project: null });
    const wrongSource = parseKeepFile({ source: "cordis", projects: [] });
    expect(wrongSource.errors).toEqual([expect.objectContaining({ project: null, path: "source" })]);
    expect(formatKeepError(wrongSource.errors[0]!)).toMatch(/^source: /);
  });
});

describe("keepNameKey", () => {
  it("ignores case, accents, spacing and punctuation but keeps the country apart", () => {
    expect(keepNameKey("PL", "Agencja Rozwoju Regionalnego S.A")).toBe(keepNameKey("PL", "agencja  rozwoju regionalnego s.a."));
    expect(keepNameKey("HU", "Dél-Alföldi Regionális")).toBe("HU:del alfoldi regionalis");
    expect(keepNameKey("CZ", "Agency")).not.toBe(keepNameKey("SK", "Agency"));
  });
});

describe("the KEEP theme vocabulary", () => {
  const vocabulary = parseKeepThemes(readData("themes", "keep-themes.json"));

  it("has two levels: about twelve themes and sixty sub-themes", () => {
    const top = vocabulary.filter((t) => t.parent === null);
    expect(top.length).toBeGreaterThanOrEqual(12);
    expect(vocabulary.length - top.length).toBeGreaterThanOrEqual(55);
    expect(new Set(vocabulary.map((t) => keepThemeLevel(t.code)))).toEqual(new Set([1, 2]));
    expect(keepThemeCodes().size).toBe(vocabulary.length);
  });

  it("labels every theme in every language, with synonyms", () => {
    for (const theme of vocabulary) {
      for (const lang of KEEP_LANGUAGES) {
        expect(theme.labels[lang], `${theme.code} ${lang}`).not.toBe("");
        expect(theme.synonyms[lang].length, `${theme.code} ${lang} synonyms`).toBeGreaterThan(0);
      }
    }
    const clusters = vocabulary.find((t) => t.code === "keep/economy/clusters")!;
    expect(clusters.synonyms.pl).toEqual(expect.arrayContaining(["klastry", "klaster"]));
    expect(clusters.synonyms.fr).toEqual(expect.arrayContaining(["grappes d'entreprises", "pôles de compétitivité"]));
    expect(clusters.synonyms.de).toEqual(expect.arrayContaining(["Cluster", "Clusterentwicklung"]));
    expect(clusters.synonyms.it).toContain("distretti industriali");
    expect(clusters.synonyms.es).toEqual(expect.arrayContaining(["clústeres", "agrupaciones empresariales"]));
  });

  it("covers every sector CLUSTERS-CORD names", () => {
    const codes = new Set(vocabulary.map((t) => t.code));
    for (const code of [
      "keep/transport/logistics", "keep/transport/sustainable-mobility", "keep/health/health-care",
      "keep/economy/professional-services", "keep/energy", "keep/environment", "keep/digital/ict",
      "keep/industry/production-technologies", "keep/industry/automotive-aviation", "keep/industry/wood",
      "keep/tourism-culture/tourism", "keep/agrifood/food",
    ]) expect(codes.has(code), code).toBe(true);
  });

  it("gives every synonym in another language its English equivalent", () => {
    for (const theme of vocabulary) {
      for (const lang of TRANSLATED_LANGUAGES) {
        for (const synonym of theme.synonyms[lang]) expect(theme.english[lang][synonym], `${theme.code} ${lang} ${synonym}`).toBeTruthy();
      }
    }
    const aviation = vocabulary.find((t) => t.code === "keep/industry/automotive-aviation")!;
    expect(aviation.english.de.Luftfahrt).toBe("aviation");
    expect(aviation.english.pl.motoryzacja).toBe("automotive");
  });

  it("refuses a synonym without its English equivalent, and an equivalent of no synonym", () => {
    const labels = Object.fromEntries(KEEP_LANGUAGES.map((l) => [l, "x"]));
    const synonyms = { ...Object.fromEntries(KEEP_LANGUAGES.map((l) => [l, []])), de: ["Holz", "Möbel"] };
    const english = { ...Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, {}])), de: { Holz: "wood", Moebel: "furniture" } };
    const bad = { scheme: "keep", themes: [{ code: "keep/a", parent: null, labels, synonyms, english }] };
    expect(errorsOf(() => parseKeepThemes(bad)).map(formatKeepError)).toEqual([
      'themes[0].english.de: "Möbel" has no English equivalent',
      'themes[0].english.de.Moebel: "Moebel" is not a synonym in "de"',
    ]);
  });

  it("refuses a child before its parent and a parent that is not the code's prefix", () => {
    const labels = Object.fromEntries(KEEP_LANGUAGES.map((l) => [l, "x"]));
    const synonyms = Object.fromEntries(KEEP_LANGUAGES.map((l) => [l, []]));
    const english = Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, {}]));
    const bad = {
      scheme: "keep",
      themes: [
        { code: "keep/a/b", parent: "keep/a", labels, synonyms, english },
        { code: "keep/a", parent: null, labels, synonyms, english },
        { code: "keep/c/d", parent: "keep/a", labels, synonyms, english },
      ],
    };
    expect(() => parseKeepThemes(bad)).toThrow(KeepFormatError);
    expect(errorPaths(() => parseKeepThemes(bad))).toEqual(["themes[0].parent", "themes[2].parent"]);
  });

  it("refuses a theme without a label in each language", () => {
    const synonyms = Object.fromEntries(KEEP_LANGUAGES.map((l) => [l, []]));
    const english = Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, {}]));
    const bad = { scheme: "keep", themes: [{ code: "keep/e", parent: null, labels: { en: "e", fr: "e", de: "e", pl: "e", it: "e" }, synonyms, english }] };
    expect(errorPaths(() => parseKeepThemes(bad))).toEqual(["themes[0].labels.es"]);
  });
});
