import { describe, expect, it } from "vitest";
import { digestPeriod, dueBefore, isAlertDue, isNewSince, newKeys } from "./alerts";
import { matchKey, savedSearchHref, savedTargetOf, shownMatchKeys } from "./target";

const at = (iso: string) => new Date(iso);

describe("when an alert is due", () => {
  const since = at("2026-12-01T08:00:00Z");
  it("never without an alert", () => expect(isAlertDue("none", since, at("2027-06-01T00:00:00Z"))).toBe(false));
  it("daily: a day later, with an hour's slack so a job every few minutes does not drift", () => {
    expect(isAlertDue("daily", since, at("2026-12-02T06:59:00Z"))).toBe(false);
    expect(isAlertDue("daily", since, at("2026-12-02T07:00:00Z"))).toBe(true);
  });
  it("weekly: not after one or six days, after seven", () => {
    expect(isAlertDue("weekly", since, at("2026-12-02T09:00:00Z"))).toBe(false);
    expect(isAlertDue("weekly", since, at("2026-12-07T09:00:00Z"))).toBe(false);
    expect(isAlertDue("weekly", since, at("2026-12-08T08:00:00Z"))).toBe(true);
  });
  it("dueBefore is the cutoff isAlertDue uses", () => {
    const now = at("2026-12-10T10:00:00Z");
    for (const alert of ["daily", "weekly"] as const) {
      const edge = dueBefore(alert, now);
      expect(isAlertDue(alert, edge, now)).toBe(true);
      expect(isAlertDue(alert, new Date(edge.getTime() + 1), now)).toBe(false);
    }
  });
  it("one period per UTC day", () => {
    expect(digestPeriod(at("2026-12-02T23:59:59Z"))).toBe("2026-12-02");
    expect(digestPeriod(at("2026-12-03T00:00:00Z"))).toBe("2026-12-03");
  });
});

describe("what counts as new", () => {
  it("rows first loaded after the cutoff, not at it, and not after the end", () => {
    const since = at("2026-12-01T08:00:00Z");
    expect(isNewSince(since, since)).toBe(false);
    expect(isNewSince(at("2026-12-01T08:00:01Z"), since)).toBe(true);
    expect(isNewSince(at("2026-11-30T08:00:00Z"), since)).toBe(false);
    expect(isNewSince(at("2026-12-05T00:00:00Z"), since, at("2026-12-04T00:00:00Z"))).toBe(false);
  });
  it("matches whose key was not known, in the list's order", () => {
    expect(newKeys(["o:3", "p:9", "o:1"], ["o:1", "o:2"])).toEqual(["o:3", "p:9"]);
    expect(newKeys(["o:1"], ["o:1"])).toEqual([]);
  });
  it("a match is known by its record, else its registered organisation", () => {
    expect(matchKey({ organisationId: 4, profileId: 7 })).toBe("o:4");
    expect(matchKey({ organisationId: null, profileId: 7 })).toBe("p:7");
  });
  it("a saved match list counts only the matches it shows (filters, no dismissed ones)", () => {
    const m = (organisationId: number, type: "sme" | "higher_education", countryCode: string, dismissed = false) => ({
      organisationId,
      profileId: null,
      type,
      countryCode,
      countryName: countryCode,
      dismissed,
    });
    const matches = [m(1, "sme", "AT"), m(2, "sme", "DE"), m(3, "higher_education", "AT"), m(4, "sme", "AT", true)];
    expect(shownMatchKeys(matches, "type=sme&country=AT")).toEqual(["o:1"]);
    expect(shownMatchKeys(matches, "")).toEqual(["o:1", "o:2", "o:3"]);
  });
});

describe("what a saved search points at", () => {
  it("keeps a project search's canonical query, without the page", () => {
    const t = savedTargetOf("/search", "?page=3&country=de&q=wood++cluster&type=sme");
    expect(t).toEqual({ kind: "projects", path: "/search", query: "q=wood+cluster&country=DE&type=sme", interestId: null });
    expect(savedSearchHref(t!)).toBe("/search?q=wood+cluster&country=DE&type=sme");
  });
  it("drops what the search does not know, and a bad value", () => {
    expect(savedTargetOf("/organisations", "q=tu+wien&coordinated=1&evil=1&type=spy")?.query).toBe("q=tu+wien&coordinated=1");
    expect(savedTargetOf("/projects", "")?.query).toBe("");
  });
  it("an interest's match list keeps its type and country filters", () => {
    expect(savedTargetOf("/interests/42", "type=sme&country=at&page=2")).toEqual({ kind: "interest", path: "/interests/42", query: "type=sme&country=AT", interestId: 42 });
  });
  it("the open interests to browse keep their filters", () => {
    expect(savedTargetOf("/interests", "wants=sme&country=si&programme=4&page=3&x=1")).toEqual({ kind: "interests", path: "/interests", query: "programme=4&country=SI&wants=sme", interestId: null });
  });
  it("refuses anything else", () => {
    for (const path of ["/interests/new", "/interests/0", "/interests/1/edit", "/admin", "https://evil.example/search", "/search/../admin", ""]) {
      expect(savedTargetOf(path, "")).toBeNull();
    }
  });
});
