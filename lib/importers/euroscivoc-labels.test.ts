// The shipped EuroSciVoc translations: every concept the full CORDIS data uses, keyed by the codes CORDIS gives
// (checked against the demo sample's and the import fixture's EuroSciVoc paths), in each
// language's field names; and the parser refuses what would load wrong.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { euroSciVocNodes } from "./cordis/horizon-europe";
import { readCsvFile } from "./csv";
import {
  EUROSCIVOC_LABEL_LANGUAGES,
  EuroSciVocLabelsFormatError,
  euroSciVocLabelRows,
  parseEuroSciVocLabels,
} from "./euroscivoc-labels";

const file = path.join(process.cwd(), "data", "themes", "euroscivoc-labels.json");
const json = JSON.parse(fs.readFileSync(file, "utf8")) as { themes: Record<string, unknown>[] } & Record<string, unknown>;
const shipped = parseEuroSciVocLabels(json, file);
const byCode = new Map(shipped.map((t) => [t.code, t]));
const levelOf = (code: string) => code.split("/").length - 1;

describe("the shipped EuroSciVoc labels", () => {
  it("name the 975 concepts of levels 1 to 7 that the full CORDIS data tags projects with, each in five languages", () => {
    const perLevel = [1, 2, 3, 4, 5, 6, 7].map((level) => shipped.filter((t) => levelOf(t.code) === level).length);
    expect(perLevel).toEqual([6, 41, 244, 428, 214, 34, 8]);
    expect(shipped).toHaveLength(975);
    // Every theme's parent is in the file too.
    for (const t of shipped) if (levelOf(t.code) > 1) expect(byCode.has(t.code.slice(0, t.code.lastIndexOf("/"))), t.code).toBe(true);
    for (const t of shipped) expect(euroSciVocLabelRows(t).map((r) => r.lang)).toEqual([...EUROSCIVOC_LABEL_LANGUAGES]);
  });

  it("are keyed by the codes CORDIS gives, with its English labels (demo sample and import fixture)", () => {
    const csvs = [
      path.join(process.cwd(), "data", "demo", "cordis", "cordis_he_euroscivoc.csv"),
      path.join(process.cwd(), "db", "load", "fixtures", "cordis-small", "cordis_he_euroscivoc.csv"),
    ];
    let checked = 0;
    for (const csv of csvs) {
      for (const row of readCsvFile(csv)) {
        for (const node of euroSciVocNodes(row.euroSciVocCode ?? "", row.euroSciVocPath ?? "") ?? []) {
          expect(byCode.get(node.code)?.en, `${node.code} ${node.label}`).toBe(node.label);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("use each language's names for the fields of science, lower case but for German nouns", () => {
    const label = (code: string, lang: (typeof EUROSCIVOC_LABEL_LANGUAGES)[number]) => byCode.get(code)!.labels[lang];
    expect(EUROSCIVOC_LABEL_LANGUAGES.map((lang) => label("/23", lang))).toEqual([
      "sciences naturelles",
      "Naturwissenschaften",
      "nauki przyrodnicze",
      "scienze naturali",
      "ciencias naturales",
    ]);
    expect(EUROSCIVOC_LABEL_LANGUAGES.map((lang) => label("/29", lang))).toEqual([
      "sciences sociales",
      "Sozialwissenschaften",
      "nauki społeczne",
      "scienze sociali",
      "ciencias sociales",
    ]);
    expect(label("/23/49/335", "pl")).toBe("ekologia");
    expect(label("/21/39/225", "de")).toBe("Onkologie");
    // Proper names and acronyms keep their capitals in every language (VIH, ADN, World Wide Web, El Niño).
    const properNames = new Set(["LiFi", "WiFi", "HIV", "DNA", "RNA", "internet of things", "world wide web", "el niño", "big bang"]);
    for (const t of shipped) {
      for (const lang of ["fr", "pl", "it", "es"] as const) {
        if (properNames.has(t.en)) continue;
        // Lower case as the English labels are.
        expect(t.labels[lang][0], `${t.code} ${lang}`).toBe(t.labels[lang][0]!.toLowerCase());
      }
      expect(t.labels.de[0], `${t.code} de`).toMatch(/^[\p{L}\p{N}]/u); // a word, or 4G / 5G
      for (const lang of EUROSCIVOC_LABEL_LANGUAGES) expect(t.labels[lang], `${t.code} ${lang}`).toBe(t.labels[lang].trim());
    }
  });

  it("never give two themes the same label in one language", () => {
    for (const lang of EUROSCIVOC_LABEL_LANGUAGES) {
      const seen = new Map<string, string>();
      for (const t of shipped) {
        const key = t.labels[lang].toLowerCase();
        expect(seen.get(key), `${lang} "${t.labels[lang]}": ${seen.get(key)} and ${t.code}`).toBeUndefined();
        seen.set(key, t.code);
      }
    }
  });
});

describe("parseEuroSciVocLabels", () => {
  const theme = { code: "/23", en: "natural sciences", labels: { fr: "sciences naturelles", de: "Naturwissenschaften", pl: "nauki przyrodnicze", it: "scienze naturali", es: "ciencias naturales" } };
  const problems = (value: unknown): string[] => {
    try {
      parseEuroSciVocLabels(value, "labels.json");
    } catch (error) {
      expect(error).toBeInstanceOf(EuroSciVocLabelsFormatError);
      expect((error as Error).message).toMatch(/^labels\.json is not a valid EuroSciVoc labels file/);
      return (error as EuroSciVocLabelsFormatError).problems;
    }
    return [];
  };

  it("reads a minimal file, synonyms optional", () => {
    expect(problems({ scheme: "euroscivoc", themes: [theme] })).toEqual([]);
    const [parsed] = parseEuroSciVocLabels({ scheme: "euroscivoc", themes: [{ ...theme, synonyms: { de: ["Naturkunde"] } }] });
    expect(euroSciVocLabelRows(parsed!).find((r) => r.lang === "de")).toEqual({ lang: "de", label: "Naturwissenschaften", synonyms: ["Naturkunde"] });
    expect(euroSciVocLabelRows(parsed!).find((r) => r.lang === "fr")!.synonyms).toEqual([]);
  });

  it("names each problem: a missing language, a bad code, an unknown field, a repeated code or synonym", () => {
    const withoutPolish = Object.fromEntries(Object.entries(theme.labels).filter(([lang]) => lang !== "pl"));
    expect(problems({ scheme: "euroscivoc", themes: [{ ...theme, labels: withoutPolish }] })).toEqual([
      expect.stringMatching(/^themes\[0\]\.labels\.pl: /),
    ]);
    expect(problems({ scheme: "euroscivoc", themes: [{ ...theme, code: "23/49" }] })).toEqual([
      'themes[0].code: expected a EuroSciVoc code path such as "/23/49/335"',
    ]);
    expect(problems({ scheme: "euroscivoc", themes: [{ ...theme, labels: { ...theme.labels, en: "x" } }] })).toEqual(["themes[0].labels.en: unknown field"]);
    expect(problems({ scheme: "euroscivoc", themes: [theme, theme] })).toEqual(['themes[1].code: "/23" is listed twice']);
    expect(problems({ scheme: "euroscivoc", themes: [{ ...theme, synonyms: { fr: ["Sciences naturelles"] } }] })).toEqual([
      'themes[0].synonyms.fr[0]: "Sciences naturelles" repeats the label or another synonym',
    ]);
    expect(problems({ scheme: "keep", themes: [theme] })).toEqual([expect.stringMatching(/^scheme: /)]);
    expect(problems({ scheme: "euroscivoc", themes: [{ ...theme, labels: { ...theme.labels, it: "  " } }] })).toEqual([
      "themes[0].labels.it: must not be empty",
    ]);
  });
});
