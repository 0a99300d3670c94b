import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv";
import { h2020PartFromLegalBasis, parseH2020ProgrammePart, parseH2020SampleProject, parseH2020SkeletonRow } from "./h2020";

// Real rows of cordis_h2020_sample_projects.csv, objectives cut short (the first keeps its line break).
const SAMPLE = parseCsv(`id,acronym,status,title,startDate,endDate,totalCost,ecMaxContribution,legalBasis,topics,ecSignatureDate,frameworkProgramme,masterCall,subCall,fundingScheme,nature,objective,contentUpdateDate,rcn
737459,Productive4.0,SIGNED,Electronics and ICT as enabler for digital industry and optimized supply chain management covering the entire product lifecycle,2017-05-01,2020-10-31,106445748.55,26033148.48,H2020-EU.2.1.1.,ECSEL-2016-2,2017-05-15,H2020,H2020-ECSEL-2016-2-IA-two-stage,H2020-ECSEL-2016-2-IA-two-stage,ECSEL-IA,,"PRODUCTIVE4.0 - AMBITIOUS PROJECT WITH A UNIQUE MAIN OBJECTIVE
The main objective of Productive4.0 is to achieve improvement of digitising the Europea",2021-10-04 21:15:12,210800
324284,ESEE,ONG,Environmental Sensors for Energy Efficiency,2013-04-01,2016-03-31,29122435,4368364,FP7-JTI,SP1-JTI-ENIAC-2012-3;SP1-JTI-ENIAC-2012-7,,FP7,,ENIAC-2012-1,JTI-CP-ENIAC,,"ESEE – Environment Sensors for Energy Efficiency targets the markets, were with highly reliable information regarding environmental conditions measure",2016-04-12 12:11:52,201970
`);

describe("parseH2020SampleProject", () => {
  it("reads an H2020 project with its dates, money, programme part and multi-line objective", () => {
    const parsed = parseH2020SampleProject(SAMPLE[0]!, 2);
    expect(parsed.ok && parsed.value.description).toMatch(/^PRODUCTIVE4.0 - AMBITIOUS PROJECT WITH A UNIQUE MAIN OBJECTIVE\nThe main objective/);
    expect(parsed).toMatchObject({
      ok: true,
      line: 2,
      value: {
        grantId: "737459",
        rcn: "210800",
        frameworkProgramme: "H2020",
        acronym: "Productive4.0",
        title: "Electronics and ICT as enabler for digital industry and optimized supply chain management covering the entire product lifecycle",
        status: "SIGNED",
        startDate: "2017-05-01",
        endDate: "2020-10-31",
        totalBudget: "106445748.55",
        euContribution: "26033148.48",
        topicCode: "ECSEL-2016-2",
        programmePartCode: "LEIT",
      },
    });
  });

  it("reads the FP7 project and the first of its topics", () => {
    expect(parseH2020SampleProject(SAMPLE[1]!, 4)).toMatchObject({
      ok: true,
      line: 4,
      value: { frameworkProgramme: "FP7", status: "ONG", topicCode: "SP1-JTI-ENIAC-2012-3", programmePartCode: null },
    });
  });

  it("rejects impossible dates and other programmes", () => {
    expect(parseH2020SampleProject({ ...SAMPLE[0]!, startDate: "2017-02-30" }, 2)).toMatchObject({ ok: false, rejection: { field: "startDate" } });
    expect(parseH2020SampleProject({ ...SAMPLE[0]!, endDate: "2016-10-31" }, 2)).toMatchObject({ ok: false, rejection: { field: "endDate" } });
    expect(parseH2020SampleProject({ ...SAMPLE[0]!, frameworkProgramme: "HORIZON" }, 2)).toMatchObject({ ok: false, rejection: { field: "frameworkProgramme" } });
    expect(parseH2020SampleProject({ ...SAMPLE[0]!, rcn: "" }, 2)).toMatchObject({ ok: false, rejection: { field: "rcn" } });
  });
});

describe("h2020PartFromLegalBasis", () => {
  it.each([
    ["H2020-EU.2.1.1.", "LEIT"],
    ["H2020-EU.3.4.", "SC4"],
    ["H2020-EU.1.2.", "FET"],
    ["H2020-EU.2.3.", "Innovation in SMEs"],
    ["H2020-EU.4.a.", "SEWP"],
    ["FP7-JTI", null],
    [null, null],
  ])("%s → %s", (code, part) => expect(h2020PartFromLegalBasis(code)).toBe(part));
});

describe("parseH2020SkeletonRow", () => {
  const SKELETON = parseCsv(`rcn,role,pic,type,contribution,country,start_date,end_date,max_contribution,total_cost,start_year,end_year,duration,group,nunique
221856,coordinator,984516342,PRC,376750,ES,2019-05-01,2022-04-30,2927875,2928125,2019,2022,36,eu15,4
194378,partner,915949564,HES,NA,NA,2015-02-01,2019-01-31,945000,945000,2015,2019,48,tc,6
194830,coordinator,999841275,HES,183454.8,UK,NA,NA,183454.8,183454.8,NA,NA,NA,eu15,1
`);

  it("reads a participation known only by PIC, with the project's dates and money", () => {
    expect(parseH2020SkeletonRow(SKELETON[0]!, 2)).toMatchObject({
      ok: true,
      value: {
        project: { rcn: "221856", startDate: "2019-05-01", endDate: "2022-04-30", euContribution: "2927875", totalBudget: "2928125" },
        participation: {
          projectKey: "221856",
          role: "coordinator",
          euContribution: "376750",
          organisation: { pic: "984516342", name: null, activityType: "PRC", type: "enterprise", countryCode: "ES", isSme: null },
        },
      },
    });
  });

  it("reads R's NA as empty, except as a country code (Namibia)", () => {
    expect(parseH2020SkeletonRow(SKELETON[1]!, 3)).toMatchObject({
      ok: true,
      value: { participation: { role: "associated_partner", euContribution: null, organisation: { countryCode: "NA", type: "higher_education" } } },
    });
    expect(parseH2020SkeletonRow(SKELETON[2]!, 4)).toMatchObject({ ok: true, value: { project: { startDate: null, endDate: null } } });
  });

  it("rejects a bad PIC or amount", () => {
    expect(parseH2020SkeletonRow({ ...SKELETON[0]!, pic: "98451634X" }, 2)).toMatchObject({ ok: false, rejection: { field: "pic" } });
    expect(parseH2020SkeletonRow({ ...SKELETON[0]!, contribution: "n/a" }, 2)).toMatchObject({ ok: false, rejection: { field: "contribution" } });
  });
});

describe("parseH2020ProgrammePart", () => {
  it("titles the short part names", () => {
    expect(parseH2020ProgrammePart({ rcn: "221856", programme_part: "SC4" }, 2)).toEqual({
      ok: true,
      line: 2,
      value: { rcn: "221856", code: "SC4", title: "Smart, green and integrated transport" },
    });
    expect(parseH2020ProgrammePart({ rcn: "1", programme_part: "NEW" }, 2)).toMatchObject({ ok: true, value: { title: "NEW" } });
    expect(parseH2020ProgrammePart({ rcn: "1", programme_part: "" }, 2)).toMatchObject({ ok: false, rejection: { field: "programme_part" } });
  });
});
