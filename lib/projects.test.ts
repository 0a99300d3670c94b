import { describe, expect, it } from "vitest";
import {
  externalIdKey,
  externalIdLabel,
  formatPeriod,
  isUntitledProject,
  beneficiaryCount,
  isBeneficiary,
  ledConsortium,
  tallyRoles,
  participationRoleKey,
  projectRole,
  participationRoleLabel,
  programmeLabel,
  projectSourceLink,
  projectStatus,
  websiteHref,
  websiteLabel,
} from "./projects";

describe("projectStatus", () => {
  const today = "2024-06-15";

  it("derives the status from the dates", () => {
    expect(projectStatus("2002-11-30", "2004-12-30", null, today)).toBe("Finished");
    expect(projectStatus("2023-01-01", "2026-12-31", null, today)).toBe("Ongoing");
    expect(projectStatus("2025-01-01", "2027-12-31", null, today)).toBe("Not started");
  });

  it("counts the first and the last day as running", () => {
    expect(projectStatus("2024-06-15", "2025-01-01", null, today)).toBe("Ongoing");
    expect(projectStatus("2020-01-01", "2024-06-15", null, today)).toBe("Ongoing");
    expect(projectStatus("2020-01-01", "2024-06-14", null, today)).toBe("Finished");
  });

  it("believes a final status from the source over the dates", () => {
    expect(projectStatus("2023-01-01", "2026-12-31", "CLOSED", today)).toBe("Finished");
    expect(projectStatus(null, null, "FINISHED", today)).toBe("Finished");
    expect(projectStatus(null, null, " terminated ", today)).toBe("Finished");
  });

  it("lets the dates overrule a running status that is out of date", () => {
    expect(projectStatus("2015-01-01", "2018-12-31", "SIGNED", today)).toBe("Finished");
    expect(projectStatus(null, null, "SIGNED", today)).toBe("Ongoing");
    expect(projectStatus(null, null, "ONG", today)).toBe("Ongoing");
  });

  it("is unknown when nothing tells", () => {
    expect(projectStatus(null, null, null, today)).toBeNull();
    expect(projectStatus("2020-01-01", null, null, today)).toBeNull();
    expect(projectStatus(null, "2030-01-01", null, today)).toBeNull();
    expect(projectStatus("garbage", "also garbage", "WEIRD", today)).toBeNull();
  });

  it("takes today as a Date too", () => {
    expect(projectStatus("2023-01-01", "2024-01-01", null, new Date("2024-06-15T12:00:00Z"))).toBe("Finished");
  });

  it("knows a project ended when only the end date has passed", () => {
    expect(projectStatus(null, "2004-12-30", null, today)).toBe("Finished");
    expect(projectStatus("2030-01-01", null, null, today)).toBe("Not started");
  });
});

describe("programme labels", () => {
  it("writes the period as KEEP does", () => {
    expect(formatPeriod("2000-2006")).toBe("2000 - 2006");
    expect(formatPeriod("2007 – 2013")).toBe("2007 - 2013");
    expect(formatPeriod(null)).toBeNull();
    expect(formatPeriod("FP7")).toBe("FP7");
    expect(programmeLabel({ name: "Cadses", period: "2000-2006" })).toBe("2000 - 2006 Cadses");
    expect(programmeLabel({ name: "Horizon Europe", period: null })).toBe("Horizon Europe");
  });

  it("names the coordinator lead partner in Interreg", () => {
    expect(participationRoleLabel("coordinator", "Interreg")).toBe("Lead partner");
    expect(participationRoleLabel("coordinator", "Horizon Europe")).toBe("Coordinator");
    expect(participationRoleLabel("associated_partner")).toBe("Associated partner");
    expect(participationRoleLabel("third_party")).toBe("Linked third party");
    expect(participationRoleLabel("partner", "Interreg")).toBe("Partner");
  });

  it("gives the catalogue key of a role, lead partner for an Interreg coordinator", () => {
    expect(participationRoleKey("coordinator", "Interreg Europe")).toBe("leadPartner");
    expect(participationRoleKey("coordinator", "Horizon 2020")).toBe("coordinator");
    expect(participationRoleKey("coordinator")).toBe("coordinator");
    expect(participationRoleKey("associated_partner", "Interreg")).toBe("associatedPartner");
    expect(participationRoleKey("third_party")).toBe("linkedThirdParty");
  });

  it("calls a coordinator without another beneficiary the sole beneficiary, outside Interreg, when they are known", () => {
    expect(participationRoleKey("coordinator", "Horizon Europe", 1)).toBe("soleBeneficiary");
    expect(participationRoleLabel("coordinator", "Horizon 2020", 1)).toBe("Sole beneficiary");
    expect(participationRoleKey("coordinator", "Horizon Europe", 2)).toBe("coordinator");
    // A KEEP record may list an Interreg project's lead partner only: it still led a partnership.
    expect(participationRoleKey("coordinator", "Interreg", 1)).toBe("leadPartner");
    expect(participationRoleKey("partner", "Horizon Europe", 1)).toBe("partner");
  });

  it("tallies an organisation's roles, its sole beneficiaries apart from the consortia it led", () => {
    expect(
      tallyRoles([
        { role: "coordinator", family: "Horizon Europe", beneficiaries: 1, n: 4 },
        { role: "coordinator", family: "Horizon 2020", beneficiaries: 2, n: 3 },
        { role: "coordinator", family: "Horizon 2020", beneficiaries: 1, n: 2 },
        { role: "coordinator", family: "Interreg", beneficiaries: 1, n: 1 },
        { role: "partner", family: "Horizon Europe", beneficiaries: 2, n: 7 },
        { role: "third_party", family: null, beneficiaries: 2, n: 1 },
      ]),
    ).toEqual({ coordinator: 4, soleBeneficiary: 6, partner: 7, associated_partner: 0, third_party: 1 });
  });

  it("counts the beneficiaries the partners known tell, or the source's count when they are not all known", () => {
    expect(beneficiaryCount(2, 2, 1)).toBe(1); // a fellowship and its secondment host
    expect(beneficiaryCount(null, 1, 1)).toBe(1);
    expect(beneficiaryCount(11, 1, 1)).toBe(11); // a KEEP record listing one of its eleven partners
  });

  it("gives an organisation's role in a project as its lists show it", () => {
    const row = (role: "coordinator" | "partner", family: string, otherBeneficiary: boolean) => projectRole({ role, programme: { family }, otherBeneficiary });
    expect(row("coordinator", "Horizon Europe", false)).toEqual({ key: "soleBeneficiary", led: false });
    expect(row("coordinator", "Horizon Europe", true)).toEqual({ key: "coordinator", led: true });
    expect(row("coordinator", "Interreg", false)).toEqual({ key: "leadPartner", led: true });
    expect(row("partner", "Horizon Europe", true)).toEqual({ key: "partner", led: false });
  });

  it("counts a consortium led when another beneficiary took part, or in Interreg", () => {
    expect(ledConsortium("coordinator", "Horizon Europe", 5)).toBe(true);
    expect(ledConsortium("coordinator", "Horizon Europe", 1)).toBe(false);
    expect(ledConsortium("coordinator", null, 1)).toBe(false);
    expect(ledConsortium("coordinator", "Interreg", 1)).toBe(true);
    expect(ledConsortium("partner", "Horizon Europe", 5)).toBe(false);
    // A fellowship's secondment host is an associated partner, not a beneficiary.
    expect(["coordinator", "partner", "associated_partner", "third_party"].map((r) => isBeneficiary(r as never))).toEqual([true, true, false, false]);
  });
});

describe("project identity and links", () => {
  it("recognises record skeletons without acronym or title", () => {
    expect(isUntitledProject({ acronym: null, title: null })).toBe(true);
    expect(isUntitledProject({ acronym: "  ", title: "" })).toBe(true);
    expect(isUntitledProject({ acronym: "INCLUD", title: null })).toBe(false);
    expect(externalIdLabel("cordis-h2020", "212345")).toBe("CORDIS record 212345");
    expect(externalIdLabel("cordis-he", "101051386")).toBe("CORDIS grant 101051386");
    expect(externalIdKey("cordis-he")).toBe("cordisGrant");
    expect(externalIdKey("cordis-h2020")).toBe("cordisRecord");
    expect(externalIdKey("keep")).toBe("keepProject");
    expect(externalIdKey("other-source")).toBe("other");
  });

  it("links to the source page", () => {
    expect(projectSourceLink({ sourceId: "keep", externalId: "1", sourceUrl: "https://keep.eu/projects/1/" })).toEqual({
      href: "https://keep.eu/projects/1/",
      label: "Project on KEEP Platform",
      kind: "keep",
    });
    expect(projectSourceLink({ sourceId: "cordis-he", externalId: "101051386", sourceUrl: null })).toEqual({
      href: "https://cordis.europa.eu/project/id/101051386",
      label: "Project on CORDIS",
      kind: "cordis",
    });
    expect(projectSourceLink({ sourceId: "cordis-h2020", externalId: "212345", sourceUrl: null })).toBeNull();
    expect(projectSourceLink({ sourceId: "keep", externalId: "1", sourceUrl: "javascript:alert(1)" })).toBeNull();
  });

  it("makes websites safe absolute links", () => {
    expect(websiteHref("www.clusterscord.eu")).toBe("https://www.clusterscord.eu");
    expect(websiteHref("http://clusterscord.eu")).toBe("http://clusterscord.eu");
    expect(websiteHref("javascript:alert(1)")).toBeNull();
    expect(websiteHref("not a site")).toBeNull();
    expect(websiteHref(null)).toBeNull();
    expect(websiteLabel("https://www.keep.eu/")).toBe("www.keep.eu");
  });
});
