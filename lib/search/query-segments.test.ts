import { describe, expect, it } from "vitest";
import { segmentPhrases } from "./query-segments";

describe("segmentPhrases", () => {
  it("gives each segment's words back as the user wrote them", () => {
    expect(segmentPhrases("Wood industry, cluster", [{ words: ["wood", "industry"] }, { words: ["cluster"] }])).toEqual(["Wood industry", "cluster"]);
  });

  it("keeps accents and letters that folding spells out", () => {
    expect(segmentPhrases("klastry przemysłu drzewnego", [{ words: ["klastry"] }, { words: ["przemyslu", "drzewnego"] }])).toEqual([
      "klastry",
      "przemysłu drzewnego",
    ]);
    expect(segmentPhrases("Straße Gießerei", [{ words: ["strasse"] }, { words: ["giesserei"] }])).toEqual(["Straße", "Gießerei"]);
  });

  it("leaves out the function words the segments dropped, and falls back to the folded word", () => {
    expect(segmentPhrases("grappes d'entreprises du bois", [{ words: ["grappes", "entreprises"] }, { words: ["bois"] }])).toEqual([
      "grappes entreprises",
      "bois",
    ]);
    expect(segmentPhrases("", [{ words: ["forest"] }])).toEqual(["forest"]);
  });

  it("gives the parts of a compound back as written", () => {
    expect(segmentPhrases("Holzcluster Möbelcluster", [{ words: ["holz"] }, { words: ["cluster"] }, { words: ["mobel"] }])).toEqual(["Holz", "cluster", "Möbel"]);
  });

  it("reads a decomposed accent as the composed one", () => {
    expect(segmentPhrases("e\u0301nergie solaire", [{ words: ["energie"] }, { words: ["solaire"] }])).toEqual(["énergie", "solaire"]);
  });
});
