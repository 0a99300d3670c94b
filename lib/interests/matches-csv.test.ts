import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { matchesCsv, matchesFileName } from "./matches-csv";

describe("matchesCsv", () => {
  it("writes one record per match: the reasons joined, the projects listed, nothing run as a formula", () => {
    const csv = matchesCsv(
      [
        { rank: 1, name: "UNIVERZA V LJUBLJANI", type: "Higher education", country: "Slovenia", city: "Ljubljana", website: "https://www.uni-lj.si", score: 51, reasons: ["past projects on entrepreneurship", "10 projects involving Steiermark or Slovenia"], projects: ["TrustChain", "MAESTRI"], link: "https://x/organisations/1" },
        { rank: 2, name: "=cmd", type: "Other", country: null, city: null, website: null, score: 7, reasons: [], projects: [], link: "https://x/profiles/4" },
      ],
      ["Rank", "Organisation", "Type", "Country", "City", "Website", "Score (of 100)", "Why", "Past projects", "Link"],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parse(csv.slice(1))).toEqual([
      ["Rank", "Organisation", "Type", "Country", "City", "Website", "Score (of 100)", "Why", "Past projects", "Link"],
      ["1", "UNIVERZA V LJUBLJANI", "Higher education", "Slovenia", "Ljubljana", "https://www.uni-lj.si", "51", "past projects on entrepreneurship; 10 projects involving Steiermark or Slovenia", "TrustChain, MAESTRI", "https://x/organisations/1"],
      ["2", "'=cmd", "Other", "", "", "", "7", "", "", "https://x/profiles/4"],
    ]);
  });

  it("names the file after the interest and the day", () => {
    expect(matchesFileName("Interreg wood-industry cluster project", "2026-12-07")).toBe("consortia-matches-interreg-wood-industry-cluster-project-2026-12-07.csv");
    expect(matchesFileName("«»", "2026-12-07")).toBe("consortia-matches-2026-12-07.csv");
  });
});
