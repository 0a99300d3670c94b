import { describe, expect, it } from "vitest";
import {
  isNarrowed,
  organisationSearchUrl,
  parentRegion,
  parseOrganisationSearchState,
  parseOrganisationSearchStrict,
  parseProjectSearchState,
  parseProjectSearchStrict,
  projectSearchUrl,
  SearchParamsError,
  serialiseOrganisationSearchState,
  serialiseProjectSearchState,
} from "./params";

const strictIssues = (params: Record<string, string | string[]>, kind: "project" | "organisation" = "project") => {
  try {
    (kind === "project" ? parseProjectSearchStrict : parseOrganisationSearchStrict)(params);
  } catch (error) {
    if (error instanceof SearchParamsError) return error.issues;
    throw error;
  }
  return [];
};

describe("project search params", () => {
  it("parses every filter and defaults the rest", () => {
    expect(parseProjectSearchState({})).toEqual({ q: "", page: 1, pageSize: 20 });
    expect(
      parseProjectSearchState({ q: "  klastry   i  ", programme: "HORIZON", part: "12", country: "de", region: "de11", theme: "7", type: "sme", sort: "budget", page: "3" }),
    ).toEqual({ q: "klastry i", programme: "HORIZON", part: 12, country: "DE", region: "DE11", theme: 7, type: "sme", sort: "budget", page: 3, pageSize: 20 });
  });

  it("drops bad values on pages instead of failing", () => {
    expect(parseProjectSearchState({ page: "0", part: "x", country: "Deutschland", type: "spy", sort: "random", region: "D" })).toEqual({ q: "", page: 1, pageSize: 20 });
    // A region outside the chosen country means nothing; the default sort is left out.
    expect(parseProjectSearchState({ country: "FR", region: "DE1", q: "x", sort: "relevance" })).toEqual({ q: "x", country: "FR", page: 1, pageSize: 20 });
    expect(parseProjectSearchState({ sort: "relevance" })).toEqual({ q: "", page: 1, pageSize: 20 });
    // Pages show 20 rows whatever the URL says.
    expect(parseProjectSearchState({ pageSize: "5" }).pageSize).toBe(20);
  });

  it("serialises to one canonical string that parses back to the same state", () => {
    const state = parseProjectSearchState({ page: "2", type: "sme", q: "cluster", country: "DE", sort: "recent" });
    const qs = serialiseProjectSearchState(state);
    expect(qs).toBe("q=cluster&country=DE&type=sme&sort=recent&page=2");
    expect(parseProjectSearchState(new URLSearchParams(qs))).toEqual(state);
  });

  it("builds links that go back to page 1 when a filter changes, and drop the region with its country", () => {
    const state = parseProjectSearchState({ q: "x", country: "DE", region: "DE1", page: "4" });
    expect(projectSearchUrl("/search", state, { page: 5 })).toBe("/search?q=x&country=DE&region=DE1&page=5");
    expect(projectSearchUrl("/search", state, { type: "sme" })).toBe("/search?q=x&country=DE&region=DE1&type=sme");
    expect(projectSearchUrl("/search", state, { country: undefined })).toBe("/search?q=x");
    expect(projectSearchUrl("/projects", state, { country: "FR" })).toBe("/projects?q=x&country=FR");
    expect(projectSearchUrl("/projects", parseProjectSearchState({}))).toBe("/projects");
  });

  it("keeps match=any with a query only, and leaves the default (all) out of URLs", () => {
    const state = parseProjectSearchState({ q: "wood industry clusters", match: "any", page: "2" });
    expect(state).toEqual({ q: "wood industry clusters", match: "any", page: 2, pageSize: 20 });
    expect(serialiseProjectSearchState(state)).toBe("q=wood+industry+clusters&match=any&page=2");
    expect(parseProjectSearchState({ q: "x", match: "all" })).toEqual({ q: "x", page: 1, pageSize: 20 });
    expect(parseProjectSearchState({ match: "any" })).toEqual({ q: "", page: 1, pageSize: 20 });
    expect(parseProjectSearchState({ q: "x", match: "some" })).toEqual({ q: "x", page: 1, pageSize: 20 });
    // The way back to every part, and a filter keeping the choice.
    expect(projectSearchUrl("/search", state, { match: undefined })).toBe("/search?q=wood+industry+clusters");
    expect(projectSearchUrl("/search", state, { country: "AT" })).toBe("/search?q=wood+industry+clusters&country=AT&match=any");
    expect(organisationSearchUrl("/organisations", parseOrganisationSearchState({ q: "wood", match: "any", coordinated: "1" }))).toBe("/organisations?q=wood&coordinated=1&match=any");
    expect(strictIssues({ q: "x", match: "some" })).toEqual([{ field: "match", reason: "must be all or any" }]);
  });

  it("is strict for the API: each bad field named with its reason", () => {
    expect(parseProjectSearchStrict({ q: "cluster", pageSize: "50" })).toMatchObject({ q: "cluster", pageSize: 50, page: 1 });
    expect(strictIssues({ page: "0" })).toEqual([{ field: "page", reason: "must be from 1 to 10000" }]);
    expect(strictIssues({ page: "two" })).toEqual([{ field: "page", reason: "must be a whole number" }]);
    expect(strictIssues({ pageSize: "500" })).toEqual([{ field: "pageSize", reason: "must be from 1 to 100" }]);
    expect(strictIssues({ country: "Germany" })[0]).toMatchObject({ field: "country" });
    expect(strictIssues({ type: "spy" })[0]!.reason).toMatch(/must be one of public_authority/);
    expect(strictIssues({ sort: "projects" })[0]!.reason).toBe("must be one of relevance, recent, budget");
    expect(strictIssues({ contry: "DE" })).toEqual([{ field: "contry", reason: expect.stringMatching(/^is not a parameter/) }]);
    expect(strictIssues({ country: ["DE", "FR"] })).toEqual([{ field: "country", reason: "must be given once" }]);
    expect(strictIssues({ country: "FR", region: "DE1" })).toEqual([{ field: "region", reason: "DE1 is not in country FR" }]);
    expect(strictIssues({ q: "x".repeat(201) })).toEqual([{ field: "q", reason: "must be at most 200 characters" }]);
    expect(strictIssues({ theme: "99999999999" })[0]).toMatchObject({ field: "theme" });
    expect(strictIssues({ page: "0", type: "spy" }).map((i) => i.field)).toEqual(["type", "page"]);
  });
});

describe("organisation search params", () => {
  it("parses has-coordinated and its own sorts", () => {
    expect(parseOrganisationSearchState({ coordinated: "1", sort: "name", programme: "H2020" })).toEqual({
      q: "",
      coordinated: true,
      sort: "name",
      programme: "H2020",
      page: 1,
      pageSize: 20,
    });
    expect(parseOrganisationSearchState({ sort: "projects" })).toEqual({ q: "", page: 1, pageSize: 20 });
    expect(serialiseOrganisationSearchState(parseOrganisationSearchState({ coordinated: "true", q: "agency" }))).toBe("q=agency&coordinated=1");
    expect(organisationSearchUrl("/organisations", parseOrganisationSearchState({ coordinated: "1" }), { coordinated: undefined })).toBe("/organisations");
    expect(strictIssues({ coordinated: "yes" }, "organisation")).toEqual([{ field: "coordinated", reason: "must be 1, true, 0 or false" }]);
    expect(strictIssues({ part: "1" }, "organisation")[0]).toMatchObject({ field: "part" });
  });

  it("tells whether anything narrows the list", () => {
    expect(isNarrowed(parseOrganisationSearchState({ page: "3", sort: "name" }))).toBe(false);
    expect(isNarrowed(parseOrganisationSearchState({ coordinated: "1" }))).toBe(true);
    expect(isNarrowed(parseProjectSearchState({ q: "x" }))).toBe(true);
  });

  it("knows the NUTS region one level up", () => {
    expect(parentRegion("DE111")).toBe("DE11");
    expect(parentRegion("DE1")).toBeUndefined();
  });
});
