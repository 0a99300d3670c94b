import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { euroSciVocLabelRows, parseEuroSciVocLabels } from "@/lib/importers/euroscivoc-labels";
import { KEEP_LANGUAGES, keepThemeTerms, shippedKeepThemes } from "@/lib/importers/keep";
import { compileVocabulary, expandQuery, wordSimilarity, type ThemeTerms } from "./expand";
import { contentWords, foldText } from "./text";

// The vocabulary as the repository ships it (data/themes/keep-themes.json), theme codes as ids.
const themes = shippedKeepThemes();
const idOf = new Map(themes.map((t, i) => [t.code, i + 1]));
const codeOf = new Map([...idOf].map(([code, id]) => [id, code]));
const terms: ThemeTerms[] = themes.flatMap((t) => keepThemeTerms(t, idOf.get(t.code)!));
const vocabulary = compileVocabulary(terms);

const themeCodes = (query: string) => expandQuery(vocabulary, query).themes.map((t) => codeOf.get(t.themeId));

describe("foldText and contentWords", () => {
  it("lower-cases and removes accents as unaccent does, spelling out ł and ß", () => {
    expect(foldText("Współpraca Gospodarcza")).toBe("wspolpraca gospodarcza");
    expect(foldText("Straße Klastrów Développement")).toBe("strasse klastrow developpement");
  });

  it("keeps the words that carry meaning", () => {
    expect(contentWords("grappes d'entreprises")).toEqual(["grappes", "entreprises"]);
    expect(contentWords("Klastry i współpraca")).toEqual(["klastry", "wspolpraca"]);
    expect(contentWords("Horizon 2 5")).toEqual(["horizon", "2", "5"]);
  });
});

describe("wordSimilarity", () => {
  it("matches inflected forms of one word", () => {
    expect(wordSimilarity("klastry", "klastry")).toBe(1);
    expect(wordSimilarity("klastrow", "klastry")).toBeGreaterThan(0.8);
    expect(wordSimilarity("klaster", "klastry")).toBeGreaterThan(0.8);
    expect(wordSimilarity("regionale", "regional")).toBeGreaterThan(0.8);
    expect(wordSimilarity("entreprise", "entreprises")).toBeGreaterThan(0.8);
  });

  it("keeps different words apart", () => {
    expect(wordSimilarity("pme", "pmi")).toBe(0);
    expect(wordSimilarity("mediation", "media")).toBe(0);
    expect(wordSimilarity("klasa", "klastry")).toBe(0);
    expect(wordSimilarity("innovazione", "innovation")).toBe(0);
  });
});

describe("expandQuery", () => {
  it("takes a query in each of the six languages to the cluster theme and its English terms", () => {
    for (const query of ["clusters", "grappes d'entreprises", "Cluster Entwicklung", "klastry", "distretti industriali", "agrupaciones empresariales"]) {
      expect(themeCodes(query), query).toContain("keep/economy/clusters");
    }
    const [segment] = expandQuery(vocabulary, "klastry").segments;
    expect(segment!.englishTerms[0]).toBe("clusters");
    expect(segment!.englishTerms).toContain("Clusters and economic cooperation");
    expect(segment!.englishTerms).toContain("cluster policy");
    expect(segment!.themes[0]).toMatchObject({ score: 1, matched: "klastry", lang: "pl", english: "clusters" });
  });

  it("searches a synonym of another language for what it means in English, not for its theme's other subjects", () => {
    const termsOf = (query: string) => expandQuery(vocabulary, query).segments[0]!.englishTerms;
    // Its English equivalent and the theme's English names that share a word with it.
    expect(termsOf("Bahn")).toEqual(["rail", "railways", "rail transport"]);
    expect(termsOf("Luftfahrt")).toEqual(["aviation", "Automotive and aviation"]);
    expect(termsOf("klastry")).not.toContain("business networks");
    expect(termsOf("turystyka wiejska")).toEqual(["rural tourism", "Tourism", "sustainable tourism", "cultural tourism", "tourist destinations", "tourism marketing"]);
    // A label names the whole theme, and an English phrase searches as before: every English name.
    expect(termsOf("Motoryzacja i lotnictwo")).toEqual(["Automotive and aviation", "automotive industry", "automotive", "car industry", "aviation", "aerospace", "aeronautics"]);
    expect(termsOf("aviation")).toEqual(termsOf("Motoryzacja i lotnictwo"));
  });

  it("matches Polish inflections through the shared stem", () => {
    expect(themeCodes("klastrów")).toContain("keep/economy/clusters");
    expect(themeCodes("klastrami")).toContain("keep/economy/clusters");
    expect(expandQuery(vocabulary, "klastrów").themes[0]!.score).toBeLessThan(1);
  });

  it("finds wood and furniture by their everyday words: an adjective in Polish, the plain noun in German", () => {
    // "klastry drzewne" (wood clusters) is two themes: the adjective's inflections reach "drzewny".
    const wood = expandQuery(vocabulary, "klastry drzewne");
    expect(wood.segments.map((s) => s.themes.map((t) => codeOf.get(t.themeId)))).toEqual([["keep/economy/clusters"], ["keep/industry/wood"]]);
    for (const query of ["budownictwo drewniane", "meble", "Holz", "Möbel", "Holzbau"]) expect(themeCodes(query)).toContain("keep/industry/wood");
  });

  it("finds everyday subjects by their plain nouns: water, research, droughts, nature, food, roads, police, languages…", () => {
    const plain: [string, string[]][] = [
      ["keep/environment/water", ["eau", "Wasser", "woda", "acqua", "agua"]],
      ["keep/innovation", ["recherche", "Forschung", "badania", "ricerca", "investigación"]],
      ["keep/environment/climate-risks", ["inondations", "Dürre", "susza", "siccità", "sequía"]],
      ["keep/territory/rural", ["wieś", "ländliche", "rurale"]],
      ["keep/transport/sustainable-mobility", ["Fahrrad", "rower", "bicicletta"]],
      ["keep/transport/infrastructure", ["Bahn", "drogi", "Straßen", "strade", "carreteras"]],
      // A label that lists subjects ("Biodiversität, Natur und Landschaft") names each on its own too.
      ["keep/environment/biodiversity", ["biodiversité", "Biodiversität", "bioróżnorodność", "przyroda", "Natur", "naturaleza"]],
      ["keep/agrifood/food", ["alimentation", "Lebensmittel", "żywność", "alimenti", "alimentos"]],
      ["keep/energy/renewable", ["éolien", "Windkraft", "eolico", "eólica"]],
      ["keep/territory/public-administration", ["Verwaltung", "administracja", "amministrazione", "administración"]],
      ["keep/territory/security", ["Polizei", "policja", "polizia", "policía"]],
      ["keep/people/education", ["langues", "Sprachen", "języki", "lingue", "idiomas"]],
      ["keep/people/youth", ["Jugendliche"]],
      ["keep/health/ageing", ["mayores"]],
      ["keep/tourism-culture/heritage", ["Denkmäler"]],
      ["keep/economy/sme", ["startupy", "Startups"]],
      // Each subject of a label that lists two ("Marché du travail et emploi"), on its own.
      ["keep/people/labour-market", ["marché du travail", "Arbeitsmarkt", "rynek pracy", "mercato del lavoro", "mercado laboral"]],
      ["keep/people/vocational-training", ["lebenslanges Lernen", "apprendimento permanente", "aprendizaje permanente", "kształcenie zawodowe"]],
      ["keep/energy/networks", ["Energiespeicherung", "Energienetze", "réseaux énergétiques"]],
      ["keep/environment/circular-economy", ["gospodarka o obiegu zamkniętym"]],
      ["keep/transport/infrastructure", ["Verkehrsinfrastruktur", "infrastruktura transportowa"]],
      ["keep/digital/digital-inclusion", ["inclusion numérique", "inclusión digital"]],
      ["keep/environment/climate-risks", ["prévention des risques", "Risikovorsorge"]],
      ["keep/health/ageing", ["aktives Altern", "envejecimiento activo"]],
    ];
    for (const [code, queries] of plain) for (const query of queries) expect(themeCodes(query), query).toContain(code);
  });

  it("prefers the longest phrase: grappes d'entreprises is clusters, not business", () => {
    const expansion = expandQuery(vocabulary, "grappes d'entreprises");
    expect(expansion.segments).toHaveLength(1);
    expect(expansion.segments[0]!.words).toEqual(["grappes", "entreprises"]);
    expect(themeCodes("grappes d'entreprises")).not.toContain("keep/economy");
    // Alone, "entreprises" is the business theme.
    expect(themeCodes("entreprises")).toContain("keep/economy");
  });

  it("joins words written apart into a compound (German)", () => {
    const expansion = expandQuery(vocabulary, "Cluster Entwicklung");
    expect(expansion.segments.map((s) => s.words)).toEqual([["cluster", "entwicklung"]]);
    expect(expansion.segments[0]!.themes[0]).toMatchObject({ matched: "Clusterentwicklung", lang: "de" });
  });

  it("reads a German compound it does not have as the two words it has, or as the first before a generic head", () => {
    const codes = (segment: { themes: { themeId: number }[] }) => segment.themes.map((t) => codeOf.get(t.themeId));
    const wood = expandQuery(vocabulary, "Holzcluster");
    expect(wood.segments.map((s) => s.words)).toEqual([["holz"], ["cluster"]]);
    expect(codes(wood.segments[0]!)).toContain("keep/industry/wood");
    expect(codes(wood.segments[1]!)).toContain("keep/economy/clusters");
    expect(wood.segments[1]!.themes[0]).toMatchObject({ matched: "Cluster", lang: "de", score: 0.95 });
    // Each part knows its compound: text that has "Holzcluster" as written matches both.
    expect(wood.segments.map((s) => s.compound)).toEqual(["holzcluster", "holzcluster"]);
    // A linking s, and a first part that dropped its e.
    expect(expandQuery(vocabulary, "Innovationscluster").segments.map((s) => s.words)).toEqual([["innovation"], ["cluster"]]);
    expect(expandQuery(vocabulary, "Möbelcluster").segments.map((s) => s.words)).toEqual([["mobel"], ["cluster"]]);
    // A head that names no subject of its own: the compound is about its first part.
    const tourism = expandQuery(vocabulary, "Tourismusentwicklung");
    expect(tourism.segments.map((s) => s.words)).toEqual([["tourismus"]]);
    expect(codes(tourism.segments[0]!)).toContain("keep/tourism-culture/tourism");
    expect(tourism.segments[0]!.englishTerms).toContain("Tourism");
    // Inflected: "Möbelherstellern" (furniture makers, dative plural) is about furniture.
    expect(expandQuery(vocabulary, "Möbelherstellern").segments.map((s) => s.words)).toEqual([["mobel"]]);
    // Only when both parts read: "Bahnhof" (a part under four letters), an unknown head, English words.
    for (const word of ["Bahnhof", "Holzspeicher", "stakeholder", "breakthrough"]) {
      expect(expandQuery(vocabulary, word).segments, word).toEqual([{ words: [foldText(word)], themes: [], englishTerms: [] }]);
    }
    // A word the vocabulary has is never cut: "Holzindustrie" is one phrase, not Holz + Industrie.
    expect(expandQuery(vocabulary, "Holzindustrie").segments.map((s) => s.words)).toEqual([["holzindustrie"]]);
  });

  it("cuts a query into one segment per concept (Italian, Spanish)", () => {
    const pmi = expandQuery(vocabulary, "innovazione PMI");
    expect(pmi.segments.map((s) => s.words)).toEqual([["innovazione"], ["pmi"]]);
    expect(pmi.segments[0]!.themes.map((t) => codeOf.get(t.themeId))).toContain("keep/innovation");
    expect(pmi.segments[1]!.themes.map((t) => codeOf.get(t.themeId))).toEqual(["keep/economy/sme"]);
    expect(pmi.segments[1]!.englishTerms).toContain("SMEs");

    const regional = expandQuery(vocabulary, "desarrollo regional");
    expect(regional.segments).toHaveLength(1);
    expect(regional.segments[0]!.themes.map((t) => codeOf.get(t.themeId))).toContain("keep/territory/regional-development");
    expect(regional.segments[0]!.englishTerms).toContain("regional development");
  });

  it("leaves words outside the vocabulary as literal segments", () => {
    const expansion = expandQuery(vocabulary, "klastry Namur");
    expect(expansion.segments.map((s) => [s.words, s.themes.length > 0])).toEqual([
      [["klastry"], true],
      [["namur"], false],
    ]);
    expect(expandQuery(vocabulary, "INCLUD").themes).toEqual([]);
    expect(expandQuery(vocabulary, "").segments).toEqual([]);
    expect(expandQuery(vocabulary, "%_'").segments).toEqual([]);
  });

  it("works on any vocabulary, not only the shipped one", () => {
    const tiny = compileVocabulary([
      { themeId: 7, lang: "en", label: "Water management", synonyms: ["flood risk"] },
      { themeId: 7, lang: "pl", label: "Gospodarka wodna", synonyms: ["ryzyko powodziowe"] },
    ]);
    const expansion = expandQuery(tiny, "Gospodarki wodnej");
    expect(expansion.themes.map((t) => t.themeId)).toEqual([7]);
    expect(expansion.segments[0]!.englishTerms).toEqual(["Water management", "flood risk"]);
  });

  it("names a word two languages write alike by its English phrase", () => {
    const tiny = compileVocabulary([
      { themeId: 2, lang: "fr", label: "apprentissage automatique", synonyms: ["machine learning"] },
      { themeId: 2, lang: "en", label: "machine learning", synonyms: [] },
    ]);
    expect(expandQuery(tiny, "machine learning").themes).toMatchObject([{ themeId: 2, lang: "en", matched: "machine learning" }]);
  });
});

describe("expandQuery with the EuroSciVoc translations beside the KEEP vocabulary", () => {
  // As the database gives the vocabulary: EuroSciVoc themes by their English label, and their
  // labels and synonyms in five languages from data/themes/euroscivoc-labels.json.
  const fields = parseEuroSciVocLabels(JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", "themes", "euroscivoc-labels.json"), "utf8")));
  const fieldId = new Map(fields.map((t, i) => [t.code, 10_000 + i]));
  const codeOfField = new Map([...fieldId].map(([code, id]) => [id, code]));
  const english: ThemeTerms[] = fields.map((t) => ({ themeId: fieldId.get(t.code)!, lang: "en", label: t.en, synonyms: [] }));
  const translated: ThemeTerms[] = fields.flatMap((t) => euroSciVocLabelRows(t).map((r) => ({ themeId: fieldId.get(t.code)!, ...r })));
  const before = compileVocabulary([...terms, ...english]);
  const after = compileVocabulary([...terms, ...english, ...translated]);
  const codes = (expansion: ReturnType<typeof expandQuery>) => expansion.themes.map((t) => codeOf.get(t.themeId) ?? codeOfField.get(t.themeId));

  it("takes a query in any of the five languages to its field of science", () => {
    for (const query of ["sciences sociales", "nauki społeczne", "Sozialwissenschaften", "scienze sociali", "ciencias sociales"]) {
      expect(codes(expandQuery(after, query)), query).toEqual(["/29"]);
      expect(expandQuery(before, query).themes, query).toEqual([]);
    }
    expect(codes(expandQuery(after, "nauk społecznych"))).toEqual(["/29"]); // inflected
    expect(codes(expandQuery(after, "sztuczna inteligencja"))).toEqual(["/23/47/297"]);
    const [segment] = expandQuery(after, "intelligence artificielle").segments;
    expect(segment!.englishTerms).toEqual(["artificial intelligence"]);
    expect(codes(expandQuery(after, "informatyka"))).toEqual(expect.arrayContaining(["/23/47", "keep/digital/ict"]));
  });

  it("leaves every KEEP label and synonym, in every language, expanded to the same KEEP themes and segments", () => {
    const queries = new Set(themes.flatMap((t) => KEEP_LANGUAGES.flatMap((lang) => [t.labels[lang], ...t.synonyms[lang]])));
    expect(queries.size).toBeGreaterThan(1_000);
    const keepPart = (expansion: ReturnType<typeof expandQuery>) => ({
      segments: expansion.segments.map((s) => s.words),
      keep: expansion.themes.filter((t) => codeOf.has(t.themeId)).map((t) => t.themeId).sort((a, b) => a - b),
    });
    for (const query of queries) expect(keepPart(expandQuery(after, query)), query).toEqual(keepPart(expandQuery(before, query)));
    for (const query of ["grappes d'entreprises", "klastry", "Cluster Entwicklung", "distretti industriali", "agrupaciones empresariales", "innovazione PMI", "desarrollo regional"]) {
      expect(expandQuery(after, query), query).toEqual(expandQuery(before, query));
    }
  });
});
