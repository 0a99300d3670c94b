import { describe, expect, it } from "vitest";
import {
  cordisActivityTypeLabels,
  isCordisActivityType,
  isOrganisationType,
  organisationTypeFromCordis,
  organisationTypeLabel,
  organisationTypes,
} from "./organisation-types";

describe("organisationTypeFromCordis", () => {
  it.each([
    ["HES", null, "higher_education"],
    ["REC", true, "research_organisation"],
    ["PUB", false, "public_authority"],
    ["PRC", true, "sme"],
    ["PRC", false, "large_enterprise"],
    ["PRC", null, "enterprise"],
    ["PRC", undefined, "enterprise"],
    ["OTH", true, "other"],
  ] as const)("%s with SME %s is %s", (activity, sme, expected) => {
    expect(organisationTypeFromCordis(activity, sme)).toBe(expected);
  });

  it("does not let the SME flag turn a university or a public body into an SME", () => {
    expect(organisationTypeFromCordis("HES", true)).toBe("higher_education");
    expect(organisationTypeFromCordis("PUB", true)).toBe("public_authority");
  });

  it("reads codes whatever their case and spacing", () => {
    expect(organisationTypeFromCordis(" prc ", true)).toBe("sme");
  });

  it("calls an empty or unknown activity type other", () => {
    expect(organisationTypeFromCordis("", true)).toBe("other");
    expect(organisationTypeFromCordis(null, null)).toBe("other");
    expect(organisationTypeFromCordis("PRC;PUB", false)).toBe("other");
  });
});

describe("labels", () => {
  it("labels every type of the schema's enum", () => {
    expect(organisationTypes).toContain("cluster_organisation");
    for (const type of organisationTypes) expect(organisationTypeLabel(type)).toMatch(/^[A-Z]/);
    expect(organisationTypeLabel("sme")).toBe("SME");
  });

  it("tells types and CORDIS codes from other strings", () => {
    expect(isOrganisationType("higher_education")).toBe(true);
    expect(isOrganisationType("university")).toBe(false);
    expect(isCordisActivityType("HES")).toBe(true);
    expect(isCordisActivityType("toString")).toBe(false);
    expect(Object.keys(cordisActivityTypeLabels)).toEqual(["HES", "PRC", "REC", "PUB", "OTH"]);
  });
});
