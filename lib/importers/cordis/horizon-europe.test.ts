import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv";
import {
  euroSciVocNodes,
  parseHeEuroSciVoc,
  parseHeLegalBasis,
  parseHeProject,
  parseHeReportSummary,
  parseHeTopic,
  projectTitleFromReportTitle,
} from "./horizon-europe";

function rows(csv: string) {
  return parseCsv(csv);
}

// Real rows of the files in ../shared/data (the sample in data/demo/cordis has the same layout).
const PROJECTS = rows(`projectID,acronym,frameworkProgramme,title,titleSource,topicCode,topicTitle,programmePartCode,programmePart,legalBasisCodes,euroSciVocPaths,nParticipations,nOrganisations,nCountries,countries,coordinatorName,coordinatorCountry,coordinatorNutsCode,coordinatorActivityType,ecContributionSum,totalCostSum,lastContentUpdateDate
101113151,Strategic Synergies,HORIZON,Strategic Synergies Cluster XKIC BP 23-25 Proposal,reportSummaries,HORIZON-EIT-2023-25-Cross-KIC-Strategic-Synergies,EIT Cross-KIC Strategic Synergies,HORIZON.3.3,The European Institute of Innovation and Technology (EIT),HORIZON.3.3,/social sciences/economics and business/business and management/entrepreneurship|/natural sciences/biological sciences/ecology/ecosystems,13,13,5,BE|DE|ES|FR|NL,EIT FOOD,BE,BE242,OTH,11609368.73,16669301.23,2023-07-11 15:47:47
101039060,PalaeOrigins,HORIZON,,,ERC-2021-STG,ERC STARTING GRANTS,HORIZON.1.1,European Research Council (ERC),HORIZON.1.1,/humanities/history and archaeology/history/prehistory,3,3,1,ES,UNIVERSIDAD DEL PAIS VASCO/ EUSKAL HERRIKO UNIBERTSITATEA,ES,ES213,HES,1499150,1499150,2022-09-02 15:58:55
`);

describe("parseHeProject", () => {
  it("reads title, topic, main programme part, money and consortium size", () => {
    const parsed = parseHeProject(PROJECTS[0]!, 2);
    expect(parsed).toEqual({
      ok: true,
      line: 2,
      value: {
        projectId: "101113151",
        acronym: "Strategic Synergies",
        title: "Strategic Synergies Cluster XKIC BP 23-25 Proposal",
        topics: [{ code: "HORIZON-EIT-2023-25-Cross-KIC-Strategic-Synergies", title: "EIT Cross-KIC Strategic Synergies" }],
        programmePart: { code: "HORIZON.3.3", title: "The European Institute of Innovation and Technology (EIT)" },
        euContribution: "11609368.73",
        totalBudget: "16669301.23",
        partnerCount: 13,
      },
    });
  });

  it("takes a total cost summed to 0 (no participant publishes one) as not published", () => {
    const parsed = parseHeProject({ ...PROJECTS[1]!, ecContributionSum: "2605392", totalCostSum: "0" }, 3);
    expect(parsed.ok && parsed.value).toMatchObject({ euContribution: "2605392", totalBudget: null });
    const published = parseHeProject({ ...PROJECTS[1]!, totalCostSum: "2605392.5" }, 3);
    expect(published.ok && published.value.totalBudget).toBe("2605392.5");
  });

  it("leaves the title empty where none was recovered", () => {
    const parsed = parseHeProject(PROJECTS[1]!, 3);
    expect(parsed.ok && parsed.value.title).toBeNull();
  });

  it("splits several topics and rejects rows of another programme or with bad numbers", () => {
    const several = parseHeProject({ ...PROJECTS[1]!, topicCode: "A-1|B-2", topicTitle: "First|Second" }, 3);
    expect(several.ok && several.value.topics).toEqual([{ code: "A-1", title: "First" }, { code: "B-2", title: "Second" }]);
    expect(parseHeProject({ ...PROJECTS[1]!, frameworkProgramme: "H2020" }, 4)).toMatchObject({ ok: false, rejection: { line: 4, field: "frameworkProgramme" } });
    expect(parseHeProject({ ...PROJECTS[1]!, nOrganisations: "three" }, 5)).toMatchObject({ ok: false, rejection: { field: "nOrganisations" } });
    expect(parseHeProject({ ...PROJECTS[1]!, ecContributionSum: "1,499,150" }, 6)).toMatchObject({ ok: false, rejection: { field: "ecContributionSum" } });
  });
});

describe("parseHeLegalBasis and parseHeTopic", () => {
  const legal = rows(`projectID,legalBasis,title,uniqueProgrammePart
101072693,EURATOM2027,Euratom Research and Training Programme (EURATOM),true
101072693,EURATOM.1.2.2,"Promotion of innovation, knowledge management, dissemination and exploitation of nuclear science and technology, in particular for nuclear safety, security, safeguards and radiation protection",
`);

  it("marks the main programme part", () => {
    expect(parseHeLegalBasis(legal[0]!, 2)).toMatchObject({ ok: true, value: { projectId: "101072693", code: "EURATOM2027", isMain: true } });
    expect(parseHeLegalBasis(legal[1]!, 3)).toMatchObject({ ok: true, value: { code: "EURATOM.1.2.2", isMain: false } });
    expect(parseHeLegalBasis({ ...legal[1]!, title: "" }, 3)).toMatchObject({ ok: false, rejection: { field: "title" } });
    expect(parseHeLegalBasis({ ...legal[0]!, uniqueProgrammePart: "yes" }, 2)).toMatchObject({ ok: false, rejection: { field: "uniqueProgrammePart" } });
  });

  it("reads a call topic", () => {
    const [topic] = rows(`projectID,topic,title
101114128,HORIZON-EIE-2022-SCALEUP-02-02,Women TechEU
`);
    expect(parseHeTopic(topic!, 2)).toEqual({ ok: true, line: 2, value: { projectId: "101114128", code: "HORIZON-EIE-2022-SCALEUP-02-02", title: "Women TechEU" } });
    expect(parseHeTopic({ ...topic!, topic: "" }, 2)).toMatchObject({ ok: false, rejection: { field: "topic" } });
  });
});

describe("EuroSciVoc", () => {
  const [row] = rows(`projectID,euroSciVocCode,euroSciVocPath,euroSciVocTitle,euroSciVocDescription
101114412,/21/35/159/649/1435,/medical and health sciences/basic medicine/pharmacology and pharmacy/drug resistance/multidrug resistance,multidrug resistance,
`);

  it("builds the concept and every ancestor from the two paths", () => {
    const parsed = parseHeEuroSciVoc(row!, 2);
    if (!parsed.ok) throw new Error("rejected");
    expect(parsed.value.projectId).toBe("101114412");
    expect(parsed.value.nodes.map((n) => [n.code, n.label, n.level, n.parentCode])).toEqual([
      ["/21", "medical and health sciences", 1, null],
      ["/21/35", "basic medicine", 2, "/21"],
      ["/21/35/159", "pharmacology and pharmacy", 3, "/21/35"],
      ["/21/35/159/649", "drug resistance", 4, "/21/35/159"],
      ["/21/35/159/649/1435", "multidrug resistance", 5, "/21/35/159/649"],
    ]);
    expect(parsed.value.nodes[2]!.path).toBe("/medical and health sciences/basic medicine/pharmacology and pharmacy");
  });

  it("rejects paths of different depths or a malformed code", () => {
    expect(parseHeEuroSciVoc({ ...row!, euroSciVocCode: "/21/35" }, 7)).toMatchObject({ ok: false, rejection: { line: 7, field: "euroSciVocPath" } });
    expect(euroSciVocNodes("21/35", "/a/b")).toBeNull();
    expect(euroSciVocNodes("/21/x", "/a/b")).toBeNull();
    expect(euroSciVocNodes("/21/35", "/a//")).toBeNull();
  });
});

describe("report summaries", () => {
  const reports = rows(`id,title,projectID,projectAcronym,attachment,contentUpdateDate,rcn
101113088_PSHORIZON,"Periodic Reporting for period 1 - QSTACK (Low-power consumption, heavy-metal-free wide-spectrum image sensors for mass-market computer visionapplications)",101113088,QSTACK,,2024-09-16 11:31:42,1166553
101086355_PSHORIZON,Periodic Reporting for period 1 - ScaleAgData (ScaleAgData\u2002\u2002\u2002\u2002),101086355,ScaleAgData,/docs/results/horizon/101086/101086355_PS/scale-ag-data-visual-pos.jpg;/docs/results/horizon/101086/101086355_PS/scale-ag-data-pos.jpg,2025-02-24 17:22:36,1257190
`);

  it("takes the project title from inside the outer parentheses, trimmed", () => {
    expect(parseHeReportSummary(reports[0]!, 2)).toEqual({
      ok: true,
      line: 2,
      value: {
        projectId: "101113088",
        title: "Low-power consumption, heavy-metal-free wide-spectrum image sensors for mass-market computer visionapplications",
        recordTime: "2024-09-16 11:31:42",
      },
    });
    expect(parseHeReportSummary(reports[1]!, 3)).toMatchObject({ ok: true, value: { title: "ScaleAgData" } });
  });

  it("skips an acronym that has parentheses of its own", () => {
    expect(projectTitleFromReportTitle("Periodic Reporting for period 2 - X(Y) (A (nested) title)", "X(Y)")).toBe("A (nested) title");
    expect(projectTitleFromReportTitle("Periodic Reporting for period 2 - X (A (nested) title)", null)).toBe("A (nested) title");
  });

  it("rejects a report title without a project title", () => {
    expect(parseHeReportSummary({ ...reports[0]!, title: "Periodic Reporting for period 1 - QSTACK" }, 2)).toMatchObject({
      ok: false,
      rejection: { field: "title", reason: "no project title in parentheses" },
    });
    expect(projectTitleFromReportTitle("Periodic Reporting for period 1 - QSTACK ( )", "QSTACK")).toBeNull();
  });
});
