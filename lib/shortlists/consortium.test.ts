import { describe, expect, it } from "vitest";
import { checkConsortium } from "@/lib/consortium/checks";
import { renderParts } from "@/lib/consortium/phrases";
import { consortiumContextOf, consortiumMembersOf, type ShortlistEntryFacts } from "./consortium";

const entry = (over: Partial<ShortlistEntryFacts>): ShortlistEntryFacts => ({
  id: 1,
  kind: "organisation",
  name: "TU Wien",
  type: "higher_education",
  countryCode: "AT",
  nutsCode: "AT130",
  status: "candidate",
  isRequester: false,
  coordinatedInProgramme: 0,
  ...over,
});

describe("shortlist → consortium checks", () => {
  it("counts organisations and registered organisations, never projects", () => {
    const members = consortiumMembersOf([entry({ id: 1 }), entry({ id: 2, kind: "profile", name: "Agency", type: "development_agency", countryCode: "SI", isRequester: true }), entry({ id: 3, kind: "project", type: null, countryCode: null })]);
    expect(members.map((m) => [m.key, m.countryCode, m.isRequester])).toEqual([
      ["organisation:1", "AT", false],
      ["profile:2", "SI", true],
    ]);
  });

  it("gives the interest's programme and target regions, with the regions' names, to the checks", () => {
    const context = consortiumContextOf({ programme: { code: "HORIZON", family: "Horizon Europe", name: "Horizon Europe" }, targetRegions: [{ code: "AT22", name: "Steiermark" }, { code: "HU", name: "Hungary" }] });
    const checks = checkConsortium(consortiumMembersOf([entry({})]), context);
    const regions = checks.find((c) => c.id === "regions")!;
    expect(regions.status).toBe("fail");
    expect(regions.parts).toEqual([{ key: "regions.some", values: { covered: 0, total: 2, missing: ["Steiermark", "Hungary"] } }]);
    const eligibility = checks.find((c) => c.id === "eligibility")!;
    expect(eligibility.parts[0]!.key).toBe("eligibility.heNot");
    expect(renderParts(eligibility.parts, (key) => key, (items) => items.join("+"))).toContain("eligibility.heEntities");
  });

  it("changes as the list changes: a second country and type make the checks pass", () => {
    const context = consortiumContextOf({ programme: null, targetRegions: [] });
    const one = checkConsortium(consortiumMembersOf([entry({})]), context);
    const two = checkConsortium(consortiumMembersOf([entry({}), entry({ id: 2, kind: "profile", name: "Agency", type: "development_agency", countryCode: "SI", isRequester: true })]), context);
    expect(one.find((c) => c.id === "countries")!.status).toBe("warn");
    expect(two.find((c) => c.id === "countries")!.status).toBe("pass");
    expect(two.find((c) => c.id === "type-mix")!.status).toBe("pass");
    expect(two.find((c) => c.id === "requester")!.status).toBe("pass");
  });
});
