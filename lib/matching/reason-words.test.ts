// Every kind of reason in every interface language: a sentence with its values in it, never a
// raw key; English reads exactly as the stored sentence; old rows fall back to their text.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { render } from "@/lib/i18n/say";
import { reasonText, type Reason } from "./explain";
import { matchReasonsIn, reasonWords, type ReasonTranslator } from "./reason-words";

const examples: { reason: Reason; values: string[] }[] = [
  { reason: { kind: "registered" }, values: ["Consortia"] },
  { reason: { kind: "workedWithYou", count: 2 }, values: ["2"] },
  { reason: { kind: "workedWithYou", count: 2, inPart: 2, programme: "HORIZON.2.5" }, values: ["2", "HORIZON.2.5"] },
  { reason: { kind: "workedWithYou", count: 1, inPart: 1, programme: "HORIZON.2.5" }, values: ["1", "HORIZON.2.5"] },
  { reason: { kind: "workedWithYou", count: 5, inPart: 2, programme: "HORIZON.2.5" }, values: ["5", "2", "HORIZON.2.5"] },
  { reason: { kind: "sharedPartners", count: 4, names: ["TU Graz", "JOANNEUM", "BOKU", "AIT"] }, values: ["4", "TU Graz", "JOANNEUM", "BOKU"] },
  { reason: { kind: "coordinated", count: 2, themes: [], programme: null }, values: ["2"] },
  { reason: { kind: "coordinated", count: 1, themes: ["clusters", "wood"], programme: null }, values: ["1", "clusters", "wood"] },
  { reason: { kind: "coordinated", count: 3, themes: [], programme: "CADSES" }, values: ["3", "CADSES"] },
  { reason: { kind: "coordinated", count: 2, themes: ["clusters"], programme: "CADSES" }, values: ["2", "clusters", "CADSES"] },
  { reason: { kind: "coordinated", count: 3, themes: ["forestry"], programme: null, onThemes: 3 }, values: ["3", "forestry"] },
  { reason: { kind: "coordinated", count: 3, themes: ["forestry", "woodworking"], programme: null, onThemes: 2 }, values: ["3", "2", "forestry", "woodworking"] },
  { reason: { kind: "coordinated", count: 3, themes: [], programme: null, onThemes: 0 }, values: ["3"] },
  { reason: { kind: "coordinated", count: 3, themes: ["forestry"], programme: "HORIZON.2.6", onThemes: 1 }, values: ["3", "HORIZON.2.6", "1", "forestry"] },
  { reason: { kind: "sameTopic", count: 1, topic: null }, values: ["1"] },
  { reason: { kind: "sameTopic", count: 5, topic: "HORIZON-CL5-2022-D2-01-02" }, values: ["5", "HORIZON-CL5-2022-D2-01-02"] },
  { reason: { kind: "sameCall", count: 2, call: null }, values: ["2"] },
  { reason: { kind: "sameCall", count: 22, call: "HORIZON-CL5-2022-D2-01" }, values: ["22", "HORIZON-CL5-2022-D2-01"] },
  { reason: { kind: "programmePart", count: 3, programme: "HORIZON.2.5" }, values: ["3", "HORIZON.2.5"] },
  { reason: { kind: "programmePart", count: 1, programme: "Cadses" }, values: ["1", "Cadses"] },
  { reason: { kind: "programmeLineage", count: 2, programme: "CENTRAL EUROPE" }, values: ["2", "CENTRAL EUROPE"] },
  { reason: { kind: "pastThemes", themes: ["forestry", "wood"] }, values: ["forestry", "wood"] },
  { reason: { kind: "profileLists", themes: ["wood"] }, values: ["wood"] },
  { reason: { kind: "openInterest", themes: ["clusters", "wood"] }, values: ["clusters", "wood"] },
  { reason: { kind: "closeToDescription", projects: ["WOODCLUSTER", "A", "B", "C", "D"] }, values: ["WOODCLUSTER", "2"] },
  { reason: { kind: "closeToDescription", projects: ["WOODCLUSTER", "A"], words: [["wood", "clusters"], ["sensing"]] }, values: ["WOODCLUSTER (wood, clusters)", "A (sensing)"] },
  { reason: { kind: "basedIn", region: "AT22" }, values: ["AT22"] },
  { reason: { kind: "regions", count: 2, regions: ["AT", "SI"] }, values: ["2", "AT", "SI"] },
  { reason: { kind: "regions", count: 4, regions: ["AT", "SI", "HU", "HR", "SK"] }, values: ["4", "AT", "SI", "HU", "2"] },
  { reason: { kind: "inAll", count: 12, coordinated: 0, latestYear: null }, values: ["12"] },
  { reason: { kind: "inAll", count: 12, coordinated: 3, latestYear: null }, values: ["12", "3"] },
  { reason: { kind: "inAll", count: 1, coordinated: 0, latestYear: 2024 }, values: ["1", "2024"] },
  { reason: { kind: "inAll", count: 12, coordinated: 1, latestYear: 2024 }, values: ["12", "1", "2024"] },
  { reason: { kind: "inAll", count: 1, coordinated: 0, latestYear: 2023, latestFromCall: true }, values: ["1", "2023"] },
  { reason: { kind: "inAll", count: 12, coordinated: 1, latestYear: 2023, latestFromCall: true }, values: ["12", "1", "2023"] },
  // Large counts: grouped the same way in every number of a sentence (not "2,191 projects, coordinated 1077").
  { reason: { kind: "inAll", count: 2191, coordinated: 1077, latestYear: 2023, latestFromCall: true }, values: ["2", "191", "1", "077", "2023"] },
  { reason: { kind: "sharedPartners", count: 1204, names: ["A", "B", "C", ...Array.from({ length: 1201 }, (_, i) => `P${i}`)] }, values: ["1", "204", "201"] },
];

async function translator(locale: (typeof LOCALES)[number]): Promise<ReasonTranslator> {
  const messages = await loadMessages(locale);
  return (key, values) => render(messages, locale, { key: `matching.reason.${key}`, values }) ?? `matching.reason.${key}`;
}

describe("reasonWords", () => {
  it("covers every kind of reason", () => {
    const kinds = new Set(examples.map((e) => e.reason.kind));
    expect(kinds.size).toBe(15);
  });

  for (const locale of LOCALES) {
    it(`${locale}: says every reason with its values and no key`, async () => {
      const t = await translator(locale);
      for (const { reason, values } of examples) {
        const text = reasonWords(reason, locale, t);
        expect(text, JSON.stringify(reason)).not.toMatch(/matching\.reason|[{}]/);
        for (const value of values) expect(text, `${locale} ${reason.kind}`).toContain(value);
      }
    });
  }

  it("reads in English exactly as the stored sentence", async () => {
    const t = await translator("en");
    for (const { reason } of examples) expect(reasonWords(reason, "en", t)).toBe(reasonText(reason));
  });

  it("speaks French, German and Polish", async () => {
    const reason: Reason = { kind: "coordinated", count: 2, themes: ["clusters", "bois"], programme: "CADSES" };
    expect(reasonWords(reason, "fr", await translator("fr"))).toBe("a coordonné 2 projets pertinents sur clusters et bois dans CADSES");
    expect(reasonWords({ kind: "workedWithYou", count: 1 }, "de", await translator("de"))).toBe("hat mit Ihnen an 1 Projekt gearbeitet");
    expect(reasonWords({ kind: "inAll", count: 5, coordinated: 0, latestYear: null }, "pl", await translator("pl"))).toBe("łącznie 5 projektów");
    expect(reasonWords({ kind: "inAll", count: 3, coordinated: 0, latestYear: null }, "pl", await translator("pl"))).toBe("łącznie 3 projekty");
  });

  it("groups the thousands of every count alike", async () => {
    const reason: Reason = { kind: "inAll", count: 2191, coordinated: 1077, latestYear: 2023, latestFromCall: true };
    expect(reasonText(reason)).toBe("2,191 projects in all, coordinated 1,077, latest from a 2023 call");
    expect(reasonWords(reason, "en", await translator("en"))).toBe("2,191 projects in all, coordinated 1,077, latest from a 2023 call");
    expect(reasonWords(reason, "de", await translator("de"))).toBe("insgesamt 2.191 Projekte, davon 1.077 koordiniert, das jüngste aus einem Aufruf von 2023");
  });

  it("names the region an organisation is based in", async () => {
    const placeName = (code: string) => ({ AT22: "Steiermark" })[code] ?? code;
    expect(reasonWords({ kind: "basedIn", region: "AT22" }, "en", await translator("en"), undefined, placeName)).toBe("based in Steiermark");
    expect(reasonWords({ kind: "basedIn", region: "AT22" }, "de", await translator("de"), undefined, placeName)).toBe("mit Sitz in Steiermark");
  });

  it("names the target regions as alternatives: a project involves any of them", async () => {
    const reason: Reason = { kind: "regions", count: 4, regions: ["AT", "SI", "HU"] };
    expect(reasonWords(reason, "en", await translator("en"))).toBe("4 projects involving AT, SI or HU");
    expect(reasonWords(reason, "fr", await translator("fr"))).toBe("4 projets concernant AT, SI ou HU");
    expect(reasonWords(reason, "de", await translator("de"))).toBe("4 Projekte mit Bezug zu AT, SI oder HU");
    expect(reasonWords({ ...reason, regions: ["AT", "SI", "HU", "HR", "SK"] }, "en", await translator("en"))).toBe("4 projects involving AT, SI, HU or 2 more");
    // By their names when the page knows them (the interest's chosen places); an unknown code stays a code.
    const names: Record<string, string> = { AT22: "Steiermark", SI: "Slowenien" };
    const placeName = (code: string) => names[code] ?? code;
    expect(reasonWords({ ...reason, regions: ["AT22", "SI", "HU"] }, "de", await translator("de"), undefined, placeName)).toBe("4 Projekte mit Bezug zu Steiermark, Slowenien oder HU");
  });

  it("says a call year as a call's, never as a start", async () => {
    const fromCall: Reason = { kind: "inAll", count: 4, coordinated: 1, latestYear: 2023, latestFromCall: true };
    expect(reasonWords(fromCall, "en", await translator("en"))).toBe("4 projects in all, coordinated 1, latest from a 2023 call");
    expect(reasonWords(fromCall, "fr", await translator("fr"))).toBe("4 projets au total, dont 1 coordonné, le dernier issu d'un appel de 2023");
    expect(reasonWords(fromCall, "de", await translator("de"))).toBe("insgesamt 4 Projekte, davon 1 koordiniert, das jüngste aus einem Aufruf von 2023");
    expect(reasonWords({ ...fromCall, coordinated: 0 }, "pl", await translator("pl"))).toBe("łącznie 4 projekty, ostatni z naboru z 2023 r.");
    for (const locale of LOCALES) {
      expect(reasonWords(fromCall, locale, await translator(locale))).not.toBe(reasonWords({ ...fromCall, latestFromCall: false }, locale, await translator(locale)));
    }
    // Reasons stored before the flag existed read as before.
    expect(reasonWords({ kind: "inAll", count: 4, coordinated: 0, latestYear: 2019 }, "en", await translator("en"))).toBe("4 projects in all, latest started 2019");
  });
});

describe("matchReasonsIn", () => {
  it("uses the kinds when they agree with the stored sentences", async () => {
    const reasons: Reason[] = [{ kind: "workedWithYou", count: 2 }];
    expect(matchReasonsIn({ reasons: reasons.map(reasonText), explanations: reasons }, "fr", await translator("fr"))).toEqual([
      "a travaillé avec vous sur 2 projets",
    ]);
  });

  it("names the themes of the reasons in the reader's language when it has a name for them", async () => {
    const reasons: Reason[] = [{ kind: "pastThemes", themes: ["Wood and furniture industry", "ecology"] }];
    const names: Record<string, string> = { "Wood and furniture industry": "Industrie du bois et de l’ameublement" };
    expect(matchReasonsIn({ reasons: reasons.map(reasonText), explanations: reasons }, "fr", await translator("fr"), (english) => names[english] ?? english)).toEqual([
      "projets passés sur Industrie du bois et de l’ameublement et ecology",
    ]);
  });

  it("falls back to the stored English for rows without kinds, or with kinds it does not know", async () => {
    const t = await translator("fr");
    expect(matchReasonsIn({ reasons: ["coordinated 2 projects"] }, "fr", t)).toEqual(["coordinated 2 projects"]);
    expect(matchReasonsIn({ reasons: ["x"], explanations: [{ kind: "fromTheFuture" }] }, "fr", t)).toEqual(["x"]);
    expect(matchReasonsIn({ reasons: ["x", "y"], explanations: [{ kind: "registered" }] }, "fr", t)).toEqual(["x", "y"]);
  });
});
