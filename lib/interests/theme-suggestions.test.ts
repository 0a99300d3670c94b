import { describe, expect, it } from "vitest";
import { keepThemeTerms, shippedKeepThemes } from "@/lib/importers/keep";
import { compileVocabulary } from "@/lib/search/expand";
import { suggestThemes } from "./theme-suggestions";

// The vocabulary as the repository ships it (data/themes/keep-themes.json), theme codes as ids.
const themes = shippedKeepThemes();
const vocabulary = compileVocabulary(themes.flatMap((t, id) => keepThemeTerms(t, id)));
const subThemes = (id: number) => themes[id]!.parent !== null;
const suggested = (text: string, offered = subThemes) => suggestThemes(vocabulary, text, offered).map((s) => themes[s.themeId]!.code);

describe("suggestThemes", () => {
  it("names the themes of the issue's interest, in the order the text names them", () => {
    const text =
      "Cooperation of wood-industry clusters on timber construction and furniture: innovation support for SMEs and technology transfer from research. We look for a university and an SME support agency in Austria, Slovenia or Hungary.";
    expect(suggested(text)).toEqual([
      "keep/industry/wood",
      "keep/economy/clusters",
      "keep/innovation/innovation-capacity",
      "keep/economy/sme",
      "keep/innovation/technology-transfer",
    ]);
  });

  it("reads the text's own language, and English words only as written", () => {
    expect(suggested("Szukamy partnerów do współpracy klastrów przemysłu drzewnego: innowacje w MŚP i gospodarka o obiegu zamkniętym")).toEqual([
      "keep/economy/clusters",
      "keep/industry/wood",
      "keep/economy/sme",
      "keep/environment/circular-economy",
    ]);
    // "mobilier" is not the English "mobility", nor the Italian "mobili"; "clusters" is written as in English.
    expect(suggested("Coopération de clusters de la filière bois sur le mobilier")).toEqual(["keep/economy/clusters", "keep/industry/wood"]);
  });

  it("takes a word another language writes the same way, not another language's inflected one", () => {
    const tiny = compileVocabulary([
      { themeId: 1, lang: "en", label: "Alzheimer's disease", synonyms: [] },
      { themeId: 1, lang: "fr", label: "maladie d'Alzheimer", synonyms: ["Alzheimer"] },
      { themeId: 2, lang: "en", label: "machine learning", synonyms: [] },
      { themeId: 2, lang: "fr", label: "apprentissage automatique", synonyms: ["machine learning"] },
      { themeId: 3, lang: "en", label: "mobility", synonyms: [] },
    ]);
    const ids = (text: string) => suggestThemes(tiny, text, () => true).map((s) => s.themeId);
    expect(ids("Machine learning for the early detection of Alzheimer from images")).toEqual([2, 1]);
    expect(ids("Les meubles et le mobilier de bureau")).toEqual([]);
  });

  it("does not take the kind of partner asked for, nor a pronoun, for a subject", () => {
    expect(suggested("We look for a university to lead it on circular economy")).toEqual(["keep/environment/circular-economy"]);
    expect(suggested("Szukamy uczelni do projektu o recyklingu")).toEqual(["keep/environment/circular-economy"]);
    expect(suggested("R&D in IT for rural areas")).toEqual(["keep/digital/ict", "keep/territory/rural"]);
  });

  it("reads each sentence and clause apart, a phrase not running over", () => {
    // "Innovation" ends the name, "support" begins the description: not "innovation support".
    expect(suggested("Zentrum für Soziale Innovation\nWe support SMEs in Vienna")).toEqual(["keep/economy/sme"]);
    expect(suggested("Our aim is innovation. Support for SMEs")).toEqual(["keep/economy/sme"]);
    expect(suggested("Industry 4.0 for SMEs")).toEqual(["keep/industry/production-technologies", "keep/economy/sme"]);
  });

  it("offers only the themes the form lists, each once, at most six", () => {
    expect(suggested("Clusters, clusters and more clusters")).toEqual(["keep/economy/clusters"]);
    expect(suggested("clusters and SMEs", (id) => themes[id]!.code === "keep/economy/sme")).toEqual(["keep/economy/sme"]);
    const many = "clusters, SMEs, tourism, forests, water, waste, energy efficiency, logistics, hospitals";
    expect(suggested(many)).toHaveLength(6);
    expect(suggested("")).toEqual([]);
  });
});
