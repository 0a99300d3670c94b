import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReferenceProgrammes, programmeLineage, programmeStrand, referenceProgrammes } from "./reference";

const one = {
  code: "INTERREG-VIB-X", name: "X", fullName: "Interreg X 2021-2027", strand: "transnational", period: "2021-2027", startYear: 2021, endYear: 2027, area: ["AT", "SI"],
  predecessors: [{ code: "INTERREG-VB-X", name: "X", period: "2014-2020" }],
};
const file = (programmes: unknown[]) => ({ source: { id: "interreg-programmes", description: "test" }, programmes });

describe("the Interreg reference list", () => {
  it("ships the transnational and interregional programmes of 2021-2027, each with its earlier periods", () => {
    const list = referenceProgrammes();
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(list.every((p) => p.period === "2021-2027" && p.predecessors.length > 0)).toBe(true);
    expect(list.find((p) => p.code === "INTERREG-VIB-CENTRAL-EUROPE")).toMatchObject({ name: "CENTRAL EUROPE", strand: "transnational" });
    expect(list.find((p) => p.code === "INTERREG-VIC-EUROPE")).toMatchObject({ name: "Interreg Europe", strand: "interregional" });
  });

  it("ships the Interreg NEXT sea-basin programmes as transnational, with their neighbourhood partners", () => {
    const list = referenceProgrammes();
    expect(list.find((p) => p.code === "INTERREG-VIB-NEXT-MED")).toMatchObject({ strand: "transnational", name: "NEXT MED" });
    expect(list.find((p) => p.code === "INTERREG-VIB-NEXT-MED")!.area).toHaveLength(15);
    expect(list.find((p) => p.code === "INTERREG-VIB-NEXT-MED")!.area).toEqual(expect.arrayContaining(["DZ", "EG", "IL", "PS", "TR", "EL"]));
    expect(list.find((p) => p.code === "INTERREG-VIB-NEXT-BLACK-SEA-BASIN")).toMatchObject({ area: ["BG", "EL", "RO", "TR", "AM", "GE", "MD", "UA"] });
    expect(programmeStrand("INTERREG-VA-ENI-BLACK-SEA-BASIN")).toBe("transnational");
  });

  it("ships the cross-border programmes too, each with the countries of its border", () => {
    const list = referenceProgrammes();
    const crossBorder = list.filter((p) => p.strand === "cross-border");
    expect(crossBorder.length).toBeGreaterThanOrEqual(64);
    expect(list.find((p) => p.code === "INTERREG-VIA-SLOVENIA-AUSTRIA")).toMatchObject({ name: "Slovenia-Austria", area: ["SI", "AT"] });
    expect(list.find((p) => p.code === "INTERREG-VIA-IPA-HUNGARY-SERBIA")).toMatchObject({ area: ["HU", "RS"] });
    expect(list.find((p) => p.code === "INTERREG-VIA-NEXT-POLAND-UKRAINE")).toMatchObject({ area: ["PL", "UA"] });
    expect(crossBorder.every((p) => p.area.length >= 2)).toBe(true);
  });

  it("names every area's countries by the CORDIS codes of the reference countries (EL for Greece, UK)", () => {
    const csv = fs.readFileSync(path.join(process.cwd(), "data", "reference", "countries.csv"), "utf8");
    const known = new Set(csv.split("\n").slice(1).map((line) => line.split(",")[0]).filter(Boolean));
    for (const p of referenceProgrammes()) for (const c of p.area) expect(known, `${p.code}: ${c}`).toContain(c);
    expect(referenceProgrammes().find((p) => p.code === "INTERREG-VIA-GREECE-CYPRUS")?.area).toEqual(["EL", "CY"]);
  });

  it("gives the strand of a listed programme and of the programmes it continues", () => {
    expect(programmeStrand("INTERREG-VIA-ROMANIA-HUNGARY")).toBe("cross-border");
    expect(programmeStrand("INTERREG-IVA-HU-RO")).toBe("cross-border");
    expect(programmeStrand("INTERREG-IIIB-CADSES")).toBe("transnational");
    expect(programmeStrand("INTERREG-VIC-EUROPE")).toBe("interregional");
    expect(programmeStrand("HORIZON")).toBeNull();
  });

  it("continues the demo sample's KEEP programmes by their codes", () => {
    const all = new Set(referenceProgrammes().flatMap((p) => p.predecessors.map((x) => x.code)));
    for (const code of ["INTERREG-IIIB-CADSES", "INTERREG-IVB-SEE", "INTERREG-IVC", "INTERREG-IVB-CENTRAL-EUROPE", "INTERREG-IVA-HU-RO"]) expect(all).toContain(code);
  });

  it("gives a programme's lineage, and only its own code for a programme it does not list", () => {
    expect(programmeLineage("INTERREG-VIB-CENTRAL-EUROPE")).toEqual([
      "INTERREG-VIB-CENTRAL-EUROPE", "INTERREG-VB-CENTRAL-EUROPE", "INTERREG-IVB-CENTRAL-EUROPE", "INTERREG-IIIB-CADSES",
    ]);
    expect(programmeLineage("HORIZON")).toEqual(["HORIZON"]);
    expect(programmeLineage("INTERREG-IVB-CENTRAL-EUROPE")).toEqual(["INTERREG-IVB-CENTRAL-EUROPE"]);
  });

  it("refuses a list with a repeated code, a period that contradicts its years, a country twice or not a CORDIS code, or a predecessor that is not earlier", () => {
    expect(parseReferenceProgrammes(file([one]))).toHaveLength(1);
    expect(() => parseReferenceProgrammes(file([one, one]))).toThrow(/listed twice/);
    expect(() => parseReferenceProgrammes(file([{ ...one, endYear: 2028 }]))).toThrow(/is not 2021-2028/);
    expect(() => parseReferenceProgrammes(file([{ ...one, predecessors: [{ code: "INTERREG-Y", name: "Y", period: "2021-2027" }] }]))).toThrow(/does not come before/);
    expect(() => parseReferenceProgrammes(file([{ ...one, code: "lower case" }]))).toThrow();
    expect(() => parseReferenceProgrammes(file([{ ...one, area: ["AT", "SI", "AT"] }]))).toThrow(/AT is twice in its area/);
    expect(() => parseReferenceProgrammes(file([{ ...one, area: ["AUT"] }]))).toThrow(/CORDIS country code/);
    expect(() => parseReferenceProgrammes(file([{ ...one, area: [] }]))).toThrow();
  });
});
