import { describe, expect, it } from "vitest";
import { interestBrowseHref, parseInterestBrowse } from "./browse-params";

describe("interest browse params", () => {
  it("reads the filters and ignores bad values", () => {
    expect(parseInterestBrowse({ programme: "3", country: "si", wants: "higher_education", page: "2" })).toEqual({ programmeId: 3, country: "SI", wants: "higher_education", page: 2 });
    expect(parseInterestBrowse({ programme: "x", country: "Slovenia", wants: "robots", page: "-1" })).toEqual({ page: 1 });
  });

  it("reads words, spaces folded, and leaves out none or too many", () => {
    expect(parseInterestBrowse({ q: "  klastry   drewno " })).toEqual({ q: "klastry drewno", page: 1 });
    expect(parseInterestBrowse({ q: "   " })).toEqual({ page: 1 });
    expect(parseInterestBrowse({ q: "x".repeat(201) })).toEqual({ page: 1 });
    expect(interestBrowseHref({ q: "Holz Cluster", wants: "sme", page: 1 }, 2)).toBe("/interests?q=Holz+Cluster&wants=sme&page=2");
  });

  it("builds page links that keep the filters", () => {
    expect(interestBrowseHref({ country: "AT", wants: "sme", page: 1 }, 3)).toBe("/interests?country=AT&wants=sme&page=3");
    expect(interestBrowseHref({ page: 2 }, 1)).toBe("/interests");
  });
});
