import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkKeepCsvHeader, KEEP_CSV_COLUMNS, KeepCsvFileError, parseKeepCsv } from "./keep-csv";
import { parseKeepFile } from "./keep";

const demo = (name: string) => fs.readFileSync(path.join(process.cwd(), "data", "demo", name), "utf8");

const HEADER = "externalId,acronym,title,description,startDate,totalBudget,programmeCode,programmeName,programmeFamily,themes,language,partnerName,partnerCountry,partnerRole,partnerType";
const PROGRAMME = "INTERREG-IVC,INTERREG IVC,Interreg";

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n") + "\n";
}

describe("parseKeepCsv", () => {
  it("reads the shipped CSV example as exactly the projects of the shipped JSON file", () => {
    const fromCsv = parseKeepCsv(demo("keep-projects.csv"));
    const fromJson = parseKeepFile(JSON.parse(demo("keep-projects.json")));
    expect(fromCsv.rejections).toEqual([]);
    expect(fromJson.errors).toEqual([]);
    expect(fromCsv.projects.map((p) => p.project)).toEqual(fromJson.projects);
    // One row per named partner, one for a project that names none: 1 + 1 + 1 + 10 + 2.
    expect(fromCsv.rows).toBe(15);
    expect(fromCsv.projects.map((p) => p.lines.length)).toEqual([1, 1, 1, 10, 2]);
  });

  it("builds a project from its rows: project columns on the first row, one partner per row, themes split", () => {
    const result = parseKeepCsv(
      csv(
        `p-1,TEST,A test project,"What it does, in one line.",2010-01-01,1000.5,${PROGRAMME},keep/economy/clusters;keep/economy/sme,en,Lead agency,BE,coordinator,development_agency`,
        `p-1,,,,,,,,,,,Partner university,EL,partner,higher_education`,
      ),
    );
    expect(result.rejections).toEqual([]);
    expect(result.rows).toBe(2);
    expect(result.projects).toHaveLength(1);
    const { project, lines } = result.projects[0]!;
    expect(lines).toEqual([2, 3]);
    expect(project).toMatchObject({
      externalId: "p-1",
      description: "What it does, in one line.",
      startDate: "2010-01-01",
      totalBudget: 1000.5,
      programme: { code: "INTERREG-IVC", name: "INTERREG IVC", family: "Interreg" },
      themes: ["keep/economy/clusters", "keep/economy/sme"],
      partners: [
        { name: "Lead agency", country: "BE", role: "coordinator", type: "development_agency" },
        { name: "Partner university", country: "EL", role: "partner", type: "higher_education" },
      ],
    });
  });

  it("rejects a bad project with every one of its rows, naming the line and the column, and keeps the others", () => {
    const result = parseKeepCsv(
      csv(
        `p-1,TEST,A test project,Text,2010-01-01,1000.5,${PROGRAMME},keep/economy/clusters,en,Lead agency,BE,coordinator,development_agency`,
        `p-2,BAD,A bad project,Text,2010-13-01,12.345,${PROGRAMME},keep/economy/clusters,en,Lead agency,GR,coordinator,development_agency`,
        `p-2,,,,,,,,,,,Other partner,BE,boss,sme`,
        `p-3,OK,Another project,Text,,,${PROGRAMME},,en,,,,`,
      ),
    );
    expect(result.rows).toBe(4);
    expect(result.projects.map((p) => p.project.externalId)).toEqual(["p-1", "p-3"]);
    expect(result.projects[1]!.project.themes).toEqual([]);
    expect(result.projects[1]!.project.partners).toBeUndefined();
    expect(result.rejections).toHaveLength(2); // one per row of p-2
    const [first, second] = result.rejections;
    expect(first).toMatchObject({ line: 3, field: "startDate" });
    expect(first!.reason).toMatch(/calendar date/);
    expect(first!.reason).toMatch(/also totalBudget: must have at most two decimals/);
    expect(first!.reason).toMatch(/also partnerCountry: use the Eurostat code EL/);
    expect(second).toMatchObject({ line: 4, field: "partnerRole" });
  });

  it("rejects a row that changes a project column, a row without externalId and a row with the wrong number of cells", () => {
    const result = parseKeepCsv(
      csv(
        `p-1,TEST,A test project,Text,2010-01-01,1000,${PROGRAMME},keep/economy/clusters,en,Lead agency,BE,coordinator,development_agency`,
        `p-1,OTHER,,,,,,,,,,Partner,BE,partner,sme`,
        `,TEST,A test project,Text,,,${PROGRAMME},,en,,,,`,
        `p-4,TOO,short`,
      ),
    );
    expect(result.projects).toEqual([]);
    expect(result.rejections).toEqual([
      { line: 2, field: "acronym", reason: "project p-1 is rejected (line 3: differs from line 2, the first row of project p-1)" },
      { line: 3, field: "acronym", reason: "differs from line 2, the first row of project p-1" },
      { line: 4, field: "externalId", reason: "must not be empty (it names the project the row belongs to)" },
      { line: 5, field: "(row)", reason: "has 3 cells, the header 15" },
    ]);
  });

  it("accounts for every data row, quoted line breaks included", () => {
    const text = csv(
      `p-1,TEST,A test project,"Two\nlines",2010-01-01,,${PROGRAMME},,en,Lead,BE,coordinator,sme`,
      `p-1,,,,,,,,,,,Lead,BE,partner,sme`,
      `p-2,X,Y,Z,,,${PROGRAMME},keep/nope,en,,,,`,
    );
    const result = parseKeepCsv(text);
    expect(result.rows).toBe(3);
    const accounted = result.projects.reduce((n, p) => n + p.lines.length, 0) + result.rejections.length;
    expect(accounted).toBe(result.rows);
    // The second project starts on line 5: the description spans lines 2 and 3.
    expect(result.rejections.map((r) => [r.line, r.field])).toEqual([
      [2, "partnerName"],
      [4, "partnerName"],
      [5, "themes"],
    ]);
    expect(result.rejections[1]!.reason).toMatch(/same organisation as partners\[0\]/);
  });

  it("refuses a file with a wrong header or that is not CSV", () => {
    expect(() => parseKeepCsv("")).toThrow(KeepCsvFileError);
    expect(() => parseKeepCsv("externalId,acronym\np,A\n")).toThrow(/missing column\(s\) title, description/);
    expect(() => parseKeepCsv(`${HEADER},enddate\n`)).toThrow(/unknown column\(s\) enddate/);
    expect(() => parseKeepCsv(`${HEADER}\n"p-1,unclosed`)).toThrow(/not a CSV file/);
  });
});

describe("checkKeepCsvHeader", () => {
  it("accepts every documented column and names repeated ones", () => {
    expect(checkKeepCsvHeader([...KEEP_CSV_COLUMNS])).toEqual([]);
    expect(checkKeepCsvHeader([...KEEP_CSV_COLUMNS, "title"])).toEqual(["repeated column(s) title"]);
  });
});
