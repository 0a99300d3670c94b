// A text in another language looks for the knowledge base's English projects through the English
// words of the themes it names (lib/matching/english-reading.ts), on the demo data as a fresh
// install loads it (the theme vocabulary in six languages, the cluster seeds, CORDIS projects).
import { describe, expect, it } from "vitest";
import { demoDatabase } from "../test-databases";
import { testEngine } from "../testing";
import { readInEnglish } from "./english-reading";
import { findMatches } from "./find-matches";

const demo = demoDatabase();

const polish = "Szukamy partnerów do projektu o współpracy klastrów dla regionu";

describe(`a text in another language on ${testEngine}`, () => {
  it("is read as what its words mean in English, as the vocabulary stored with the themes says", async () => {
    expect(await readInEnglish(demo.db, polish)).toBe("clusters");
    // Not "automotive industry" nor "road infrastructure", their themes' other subjects.
    expect(await readInEnglish(demo.db, "Wir suchen Partner für die Luftfahrt und die Bahn")).toBe("aviation. rail");
    expect(await readInEnglish(demo.db, "We look for clusters in the region")).toBeNull();
  });

  it("finds the English projects on what it names, and says which word they share", async () => {
    const matches = await findMatches(demo.db, { text: polish });
    expect(matches.length).toBeGreaterThan(0);
    expect(matches[0]!.signals.text).toBeGreaterThan(0);
    expect(matches[0]!.reasons.find((r) => r.startsWith("past projects close to your description"))).toMatch(/\(clusters\)/);
  });
});
