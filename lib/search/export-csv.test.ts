import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { organisationsCsv, projectsCsv, searchExportFileName, type OrganisationExportItem, type ProjectExportItem } from "./export-csv";

const words = { link: (path: string) => `https://consortia.example${path}`, attribution: ["Source: CORDIS, © European Union, CC BY 4.0", "Source: KEEP"] };
const read = (csv: string) => {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parse(csv.slice(1), { relax_column_count: true, skip_empty_lines: false }) as string[][];
};

describe("projectsCsv", () => {
  const project: ProjectExportItem = {
    id: 12,
    acronym: "CLUSTERS-CORD",
    title: "Clusters, cooperation; \"coordination\"",
    topicTitle: null,
    programme: { name: "Cadses", period: "2000-2006" },
    startDate: "2004-01-01",
    endDate: "2006-12-31",
    callYear: null,
    coordinatorName: "=HYPERLINK(\"x\")",
    partnerCount: null,
    knownPartners: 7,
    countryCodes: ["PL", "CZ"],
  };

  it("writes the header, one record per project in order, then the attribution under a blank line", () => {
    const rows = read(projectsCsv([project, { ...project, id: 13, acronym: "HE1", title: null, topicTitle: "Forest value chains", programme: { name: "Horizon Europe", period: "2021-2027" }, callYear: 2022, partnerCount: 9, startDate: null, endDate: null }], ["Acronym", "Title", "Call topic", "Programme", "Start", "End", "Call year", "Coordinator", "Participants", "Countries", "Link"], words));
    expect(rows[0]).toEqual(["Acronym", "Title", "Call topic", "Programme", "Start", "End", "Call year", "Coordinator", "Participants", "Countries", "Link"]);
    expect(rows[1]).toEqual([
      "CLUSTERS-CORD",
      "Clusters, cooperation; \"coordination\"",
      "",
      "2000 - 2006 Cadses",
      "2004-01-01",
      "2006-12-31",
      "",
      "'=HYPERLINK(\"x\")",
      "7",
      "PL CZ",
      "https://consortia.example/projects/12",
    ]);
    expect(rows[2]).toEqual(["HE1", "", "Forest value chains", "2021 - 2027 Horizon Europe", "", "", "2022", "'=HYPERLINK(\"x\")", "9", "PL CZ", "https://consortia.example/projects/13"]);
    expect(rows.slice(3)).toEqual([[""], ["Source: CORDIS, © European Union, CC BY 4.0"], ["Source: KEEP"]]);
  });

  it("is the header and the attribution alone for no project", () => {
    expect(read(projectsCsv([], ["Acronym"], words))).toEqual([["Acronym"], [""], ["Source: CORDIS, © European Union, CC BY 4.0"], ["Source: KEEP"]]);
  });
});

describe("organisationsCsv", () => {
  const org: OrganisationExportItem = {
    id: 88,
    name: "Fraunhofer-Gesellschaft",
    shortName: "Fraunhofer",
    pic: "999984059",
    type: "research_organisation",
    isSme: false,
    countryCode: "DE",
    countryName: "Germany",
    city: "München",
    projectCount: 1450,
    coordinatorCount: 173,
    matchingProjects: null,
  };
  const orgWords = { ...words, attribution: [], type: (t: string) => `type:${t}`, country: (code: string | null, name: string | null) => `${name} (${code})`, yes: "yes", no: "no" };

  it("names the type and country in the reader's words, SME yes, no or unknown, the matching projects when counted", () => {
    const rows = read(organisationsCsv([org, { ...org, id: 89, isSme: true, matchingProjects: 3 }, { ...org, id: 90, isSme: null, shortName: null, pic: null }], ["h"], orgWords));
    expect(rows[1]).toEqual(["Fraunhofer-Gesellschaft", "Fraunhofer", "999984059", "type:research_organisation", "no", "Germany (DE)", "München", "1450", "173", "", "https://consortia.example/organisations/88"]);
    expect(rows[2]!.slice(4, 5).concat(rows[2]!.slice(9))).toEqual(["yes", "3", "https://consortia.example/organisations/89"]);
    expect(rows[3]!.slice(1, 5)).toEqual(["", "", "type:research_organisation", ""]);
    expect(rows).toHaveLength(4);
  });
});

describe("searchExportFileName", () => {
  it("names the kind, the query and the day", () => {
    expect(searchExportFileName("organisations", "przemysł drzewny", "2026-12-07")).toBe("consortia-organisations-przemysl-drzewny-2026-12-07.csv");
    expect(searchExportFileName("projects", "", "2026-12-07")).toBe("consortia-projects-2026-12-07.csv");
    expect(searchExportFileName("projects", "«»", "2026-12-07")).toBe("consortia-projects-2026-12-07.csv");
  });
});
