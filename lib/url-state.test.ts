import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  isFiltered,
  organisationSearchHref,
  parseId,
  parseOrganisationSearch,
  parsePage,
  pageCountOf,
  pageWindow,
  parseProjectSearch,
  projectSearchHref,
  queryStringOf,
  serialiseOrganisationSearch,
  serialiseProjectSearch,
} from "./url-state";

describe("parseProjectSearch", () => {
  it("reads every field", () => {
    expect(parseProjectSearch({ q: " cluster  policy ", programme: "INTERREG-IIIB-CADSES", country: "de", type: "sme", page: "3" })).toEqual({
      q: "cluster policy",
      programme: "INTERREG-IIIB-CADSES",
      country: "DE",
      type: "sme",
      page: 3,
    });
  });

  it("defaults to an empty first page", () => {
    expect(parseProjectSearch({})).toEqual({ q: "", page: 1 });
    expect(parseProjectSearch(new URLSearchParams(""))).toEqual({ q: "", page: 1 });
  });

  it("ignores bad values one by one", () => {
    expect(
      parseProjectSearch({ q: "ok", programme: "'; drop table", country: "Germany", type: "pirate", page: "-2" }),
    ).toEqual({ q: "ok", page: 1 });
    for (const bad of ["0", "1.5", "abc", "1e9", "99999999", ""]) {
      expect(parseProjectSearch({ page: bad }).page).toBe(1);
    }
  });

  it("takes the first of repeated params", () => {
    expect(parseProjectSearch({ q: ["first", "second"], country: ["FR", "DE"] })).toEqual({ q: "first", country: "FR", page: 1 });
    expect(parseProjectSearch(new URLSearchParams("q=a&q=b&page=2&page=5"))).toEqual({ q: "a", page: 2 });
  });

  it("bounds the query length", () => {
    expect(parseProjectSearch({ q: "x".repeat(5000) }).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("parseOrganisationSearch", () => {
  it("reads q, country, type and page, and nothing else", () => {
    expect(parseOrganisationSearch({ q: "agency", country: "si", type: "development_agency", page: "2", programme: "HORIZON" })).toEqual({
      q: "agency",
      country: "SI",
      type: "development_agency",
      page: 2,
    });
  });
});

describe("serialising", () => {
  it("leaves out defaults and keeps a stable order", () => {
    expect(serialiseProjectSearch({ q: "", page: 1 })).toBe("");
    expect(serialiseProjectSearch({ page: 2, country: "DE", q: "cluster dev" })).toBe("q=cluster+dev&country=DE&page=2");
    expect(serialiseOrganisationSearch({ q: "a&b", type: "sme", page: 1 })).toBe("q=a%26b&type=sme");
  });

  it("round-trips through parse", () => {
    const search = { q: "ö & ü", programme: "HORIZON", country: "EL", type: "higher_education" as const, page: 4 };
    expect(parseProjectSearch(new URLSearchParams(serialiseProjectSearch(search)))).toEqual(search);
  });

  it("builds hrefs that reset the page when a filter changes", () => {
    const search = parseProjectSearch({ q: "cluster", country: "DE", page: "3" });
    expect(projectSearchHref(search)).toBe("/projects?q=cluster&country=DE&page=3");
    expect(projectSearchHref(search, { page: 4 })).toBe("/projects?q=cluster&country=DE&page=4");
    expect(projectSearchHref(search, { country: undefined })).toBe("/projects?q=cluster");
    expect(projectSearchHref({ q: "", page: 1 })).toBe("/projects");
    expect(organisationSearchHref(parseOrganisationSearch({ type: "sme" }), { page: 2 })).toBe("/organisations?type=sme&page=2");
  });

  it("knows whether a search is filtered", () => {
    expect(isFiltered({ q: "" })).toBe(false);
    expect(isFiltered({ q: "", country: "DE" })).toBe(true);
  });
});

describe("parseId", () => {
  it("accepts plain positive integers in range", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(2147483647);
  });

  it("rejects everything else", () => {
    for (const bad of ["abc", "1.5", "-1", "0", "01", "1e3", " 1", "2147483648", "99999999999", "", "0x10"]) {
      expect(parseId(bad), bad).toBeNull();
    }
    expect(parseId(undefined)).toBeNull();
  });

  it("reads page numbers leniently", () => {
    expect(parsePage("2")).toBe(2);
    expect(parsePage(["3", "4"])).toBe(3);
    expect(parsePage("nope")).toBe(1);
    expect(parsePage(undefined)).toBe(1);
  });
});

describe("pageWindow", () => {
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(5, 12)).toEqual([1, "gap", 4, 5, 6, "gap", 12]);
    expect(pageWindow(1, 12)).toEqual([1, 2, "gap", 12]);
    expect(pageWindow(12, 12)).toEqual([1, "gap", 11, 12]);
  });

  it("fills a gap of one page with the page", () => {
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, "gap", 7]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("handles few pages and out-of-range pages", () => {
    expect(pageWindow(1, 0)).toEqual([]);
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(99, 5)).toEqual([1, "gap", 4, 5]);
  });

  it("counts pages", () => {
    expect(pageCountOf(0)).toBe(1);
    expect(pageCountOf(20)).toBe(1);
    expect(pageCountOf(21)).toBe(2);
    expect(pageCountOf(45, 10)).toBe(5);
  });
});

describe("queryStringOf", () => {
  it("writes params back in their order, repeated ones included", () => {
    expect(queryStringOf({ q: "a b", country: ["DE", "FR"], type: undefined })).toBe("q=a+b&country=DE&country=FR");
    expect(queryStringOf(new URLSearchParams("x=1&y="))).toBe("x=1&y=");
    expect(queryStringOf({})).toBe("");
  });

  it("tells a canonical URL from one a GET form leaves behind", () => {
    const messy = { q: "", programme: "", country: "DE", type: "" };
    expect(serialiseProjectSearch(parseProjectSearch(messy))).toBe("country=DE");
    expect(queryStringOf(messy)).not.toBe("country=DE");
    const clean = { country: "DE" };
    expect(queryStringOf(clean)).toBe(serialiseProjectSearch(parseProjectSearch(clean)));
  });
});
