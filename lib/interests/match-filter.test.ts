import { describe, expect, it } from "vitest";
import { applyMatchFilter, matchFilterChoices, newMatches, parseMatchFilter, parsePlaceRequest, scoreLabel, splitByReason } from "./match-filter";

const m = (type: "higher_education" | "sme", countryCode: string, dismissed = false) => ({ type, countryCode, countryName: countryCode === "AT" ? "Austria" : "Slovenia", dismissed });
const matches = [m("higher_education", "AT"), m("sme", "AT"), m("higher_education", "SI"), m("sme", "SI", true)];

describe("match filters", () => {
  it("reads type and country from the URL and ignores bad values", () => {
    expect(parseMatchFilter({ type: "sme", country: "si" })).toEqual({ type: "sme", country: "SI" });
    expect(parseMatchFilter({ type: "robot", country: "Austria" })).toEqual({});
  });

  it("keeps the matches of the type and country, never the dismissed ones", () => {
    expect(applyMatchFilter(matches, {})).toHaveLength(3);
    expect(applyMatchFilter(matches, { type: "higher_education" })).toHaveLength(2);
    expect(applyMatchFilter(matches, { type: "sme", country: "SI" })).toEqual([]);
  });

  it("counts each choice under the other filter", () => {
    const choices = matchFilterChoices(matches, { country: "AT" });
    expect(choices.types).toEqual([
      { type: "higher_education", count: 1 },
      { type: "sme", count: 1 },
    ]);
    expect(choices.countries).toEqual([
      { code: "AT", name: "Austria", count: 2 },
      { code: "SI", name: "Slovenia", count: 1 },
    ]);
  });

  it("shows a score out of 100 and a bar relative to the best match", () => {
    expect(scoreLabel(0.2, 0.2)).toEqual({ outOf100: 20, relative: 100 });
    expect(scoreLabel(0.1, 0.2)).toEqual({ outOf100: 10, relative: 50 });
    expect(scoreLabel(0.001, 0.2).relative).toBe(4); // still a visible sliver
    expect(scoreLabel(0, 0)).toEqual({ outOf100: 0, relative: 0 });
  });
});

describe("splitByReason", () => {
  const inAll = { kind: "inAll", count: 166, coordinated: 19, latestYear: 2023 };
  const match = (rank: number, explanations?: unknown) => ({ rank, evidence: explanations === undefined ? {} : { explanations } });

  it("folds the matches whose only reason is their activity, each part in the engine's order", () => {
    const list = [
      match(1, [{ kind: "pastThemes", themes: ["forestry"] }, inAll]),
      match(2, [inAll]),
      match(3, [{ kind: "closeToDescription", projects: ["SCOTT"] }, inAll]),
      match(4, [{ kind: "registered" }]),
      match(5, [inAll]),
      match(6, [{ kind: "basedIn", region: "AT22" }, inAll]),
    ];
    const { specific, activityOnly } = splitByReason(list);
    expect(specific.map((m) => m.rank)).toEqual([1, 3, 4, 6]);
    expect(activityOnly.map((m) => m.rank)).toEqual([2, 5]);
  });

  it("never folds a match stored before reasons had kinds, nor one without reasons", () => {
    const { specific, activityOnly } = splitByReason([match(1, [inAll]), match(2), match(3, [])]);
    expect(specific.map((m) => m.rank)).toEqual([2, 3]);
    expect(activityOnly.map((m) => m.rank)).toEqual([1]);
  });

  it("folds nothing when no match has a specific reason", () => {
    const { specific, activityOnly } = splitByReason([match(1, [inAll]), match(2, [inAll])]);
    expect(specific.map((m) => m.rank)).toEqual([1, 2]);
    expect(activityOnly).toEqual([]);
  });
});

describe("parsePlaceRequest", () => {
  it("reads the organisation asked about: an id from a link before a typed name", () => {
    expect(parsePlaceRequest({ placeId: "88", place: "fraunhofer" })).toEqual({ id: 88 });
    expect(parsePlaceRequest({ place: "  tu wien " })).toEqual({ q: "tu wien" });
    expect(parsePlaceRequest({ place: "x".repeat(150) })).toEqual({ q: "x".repeat(100) });
  });

  it("asks nothing of a bad id, an empty name or no parameter", () => {
    expect(parsePlaceRequest({ placeId: "abc" })).toBeNull();
    expect(parsePlaceRequest({ placeId: "0", place: "  " })).toBeNull();
    expect(parsePlaceRequest({ placeId: "12", type: "sme" })).toEqual({ id: 12 });
    expect(parsePlaceRequest({})).toBeNull();
  });
});

describe("newMatches", () => {
  const at = (iso: string) => ({ computedAt: new Date(iso) });
  it("marks those that joined after the first computation, in the last two weeks", () => {
    const first = [at("2026-11-01T10:00:00Z"), at("2026-11-01T10:00:00Z")];
    const later = at("2026-11-20T03:00:00Z");
    const recent = at("2026-12-06T03:00:00Z");
    const found = newMatches([...first, later, recent], new Date("2026-12-07T12:00:00Z"));
    expect([...found]).toEqual([recent]);
    // Within two weeks of it, the one of 20 November was new too.
    expect([...newMatches([...first, later], new Date("2026-11-25T12:00:00Z"))]).toEqual([later]);
  });

  it("marks none of a list computed once, nor of an empty one", () => {
    expect(newMatches([at("2026-12-07T10:00:00Z"), at("2026-12-07T10:00:00Z")], new Date("2026-12-07T12:00:00Z")).size).toBe(0);
    expect(newMatches([], new Date()).size).toBe(0);
  });
});
