import { describe, expect, it } from "vitest";
import { keepThemeTerms, shippedKeepThemes } from "@/lib/importers/keep";
import { compileVocabulary, type ThemeTerms } from "@/lib/search/expand";
import { distinctNames, readEnglish, readingWords, textLanguage } from "./english-reading";

/** The reading as the prelude's query words. */
const englishReading = (...args: Parameters<typeof readEnglish>) => readingWords(readEnglish(...args));

const CLUSTERS = 1;
const WOOD = 2;
const BUSINESS = 3; // a top-level theme: its label lists several subjects
const terms: ThemeTerms[] = [
  { themeId: CLUSTERS, lang: "en", label: "Clusters and economic cooperation", synonyms: ["clusters", "cluster", "meta-clusters"] },
  { themeId: CLUSTERS, lang: "pl", label: "Klastry i współpraca gospodarcza", synonyms: ["klastry"], english: { klastry: "clusters" } },
  { themeId: CLUSTERS, lang: "fr", label: "Clusters et coopération économique", synonyms: ["grappes d'entreprises"], english: { "grappes d'entreprises": "business clusters" } },
  { themeId: WOOD, lang: "en", label: "Wood and furniture industry", synonyms: ["wood industry", "timber", "wood processing"] },
  { themeId: WOOD, lang: "pl", label: "Przemysł drzewny i meblarski", synonyms: [] },
  { themeId: WOOD, lang: "fr", label: "Bois et ameublement", synonyms: ["filière bois"], english: { "filière bois": "wood industry" } },
  { themeId: BUSINESS, lang: "en", label: "Business, clusters and competitiveness", synonyms: ["economic development"] },
  { themeId: BUSINESS, lang: "pl", label: "Biznes, klastry i konkurencyjność", synonyms: ["rozwój gospodarczy"] },
  { themeId: 4, lang: "en", label: "Interreg", synonyms: ["Interreg", "territorial cooperation"] },
  { themeId: 5, lang: "en", label: "Higher education and universities", synonyms: ["universities", "higher education institutions"] },
  { themeId: 5, lang: "pl", label: "Szkolnictwo wyższe i uczelnie", synonyms: ["uczelnie", "szkoły wyższe"], english: { uczelnie: "universities", "szkoły wyższe": "higher education institutions" } },
  { themeId: 5, lang: "fr", label: "Enseignement supérieur et universités", synonyms: ["universités"] },
];
const vocabulary = compileVocabulary(terms);

// The vocabulary as the repository ships it (data/themes/keep-themes.json), theme codes as ids.
const shippedThemes = shippedKeepThemes();
const shipped = compileVocabulary(shippedThemes.flatMap((t, id) => keepThemeTerms(t, id)));
const topLevel = new Set(shippedThemes.flatMap((t, id) => (t.parent === null ? [id] : [])));

describe("textLanguage", () => {
  it("tells the six languages apart by their function words", () => {
    expect(textLanguage("We look for a university in the wood industry and for clusters")).toBe("en");
    expect(textLanguage("Szukamy partnerów do projektu o współpracy klastrów i MŚP dla regionu")).toBe("pl");
    expect(textLanguage("Coopération des grappes d'entreprises de la filière bois pour les PME")).toBe("fr");
    expect(textLanguage("Wir suchen Partner für die Clusterentwicklung in der Holzindustrie und von KMU")).toBe("de");
    expect(textLanguage("Progetto sull'innovazione delle PMI e dei distretti industriali del mobile")).toBe("it");
    // "de", "la", "en", "un" are Spanish as much as French: "para", "y", "el" tell.
    expect(textLanguage("Buscamos socios para un proyecto de desarrollo regional y agrupaciones en el sector de la madera")).toBe("es");
  });

  it("reads a text without function words (keywords) as English", () => {
    expect(textLanguage("klastry drzewne")).toBe("en");
  });
});

describe("englishReading", () => {
  it("reads each phrase of a text in another language as what it means in English, a label as the English label", () => {
    const text = "Szukamy partnerów do współpracy klastrów przemysłu drzewnego i meblarskiego dla regionu";
    expect(englishReading(vocabulary, text)).toBe("clusters. wood and furniture industry");
    expect(englishReading(vocabulary, "Coopération des grappes d'entreprises de la filière bois")).toBe("business clusters. wood industry");
  });

  it("reads a synonym the vocabulary gives no English for as its theme's first English names", () => {
    const unmapped = compileVocabulary(terms.map((t) => ({ ...t, english: undefined })));
    expect(englishReading(unmapped, "Coopération des grappes d'entreprises de la filière bois")).toBe("clusters. cluster. wood industry. timber");
  });

  it("reads the shipped vocabulary's words as the subject they name, not their theme's other subjects", () => {
    const broad = (id: number) => topLevel.has(id);
    // Aviation and railways share their themes with the car industry and road infrastructure.
    expect(readEnglish(shipped, "Wir suchen Partner für ein Projekt über Luftfahrt und die Bahn in der Region", broad)?.names).toEqual(["aviation", "rail"]);
    expect(readEnglish(shipped, "Szukamy partnerów: meble, drewno i lotnictwo dla regionu", broad)?.names).toEqual(["furniture", "wood", "aviation"]);
    expect(readEnglish(shipped, "Coopération sur les inondations et la sécheresse dans les zones de montagne", broad)?.names).toEqual(["floods", "drought", "mountain areas"]);
    expect(readEnglish(shipped, "Proyecto de turismo rural y patrimonio inmaterial para la región", broad)?.names).toEqual(["rural tourism", "intangible heritage"]);
    // A label is its English label, in running text: "Gospodarka wodna" (Water management).
    expect(readEnglish(shipped, "Projekt o gospodarce wodnej i MŚP dla regionu", broad)?.names).toEqual(["water management", "SMEs"]);
  });

  it("reads nothing in an English text, nor the English phrases of another language's text", () => {
    expect(englishReading(vocabulary, "Cooperation of clusters in the wood industry")).toBeNull();
    expect(englishReading(vocabulary, "Projekt Interreg dla regionu i miasta")).toBeNull();
  });

  it("leaves out the broad themes", () => {
    const text = "Rozwój gospodarczy i klastry dla regionu";
    expect(englishReading(vocabulary, text)).toBe("economic development. clusters");
    expect(englishReading(vocabulary, text, (id) => id === BUSINESS)).toBe("clusters");
  });

  it("does not read the kind of partner asked for as a subject", () => {
    // "We look for a university": its "university" is set aside in English, and is not read as "higher education institutions" in Polish or French.
    expect(englishReading(vocabulary, "Szukamy uczelni i szkoły wyższej oraz klastrów dla projektu")).toBe("clusters");
    expect(englishReading(vocabulary, "Nous recherchons une université pour la filière bois")).toBe("wood industry");
  });

  it("tells the text's language and the names read, each named once for a reader", () => {
    const reading = readEnglish(vocabulary, "Współpraca klastrów i klastry przemysłu drzewnego i meblarskiego dla regionu");
    expect(reading).toEqual({ language: "pl", names: ["clusters", "clusters", "wood and furniture industry"] });
    expect(distinctNames(reading!)).toEqual(["clusters", "wood and furniture industry"]);
    expect(distinctNames({ language: "pl", names: ["SME", "SMEs", "sme", "wood industry"] })).toEqual(["SME", "wood industry"]);
    expect(readEnglish(vocabulary, "Cooperation of clusters in the wood industry")).toBeNull();
  });
});
