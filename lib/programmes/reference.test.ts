import { describe, expect, it } from "vitest";
import { parseReferenceProgrammes, programmeLineage, referenceProgrammes } from "./reference";

const one = {
  code: "INTERREG-VIB-X", name: "X", fullName: "Interreg X 2021-2027", strand: "transnational", period: "2021-2027", startYear: 2021, endYear: 2027,
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

  it("continues the demo sample's KEEP programmes by their codes", () => {
    const all = new Set(referenceProgrammes().flatMap((p) => p.predecessors.map((x) => x.code)));
    for (const code of ["INTERREG-IIIB-CADSES", "INTERREG-IVB-SEE", "INTERREG-IVC", "INTERREG-IVB-CENTRAL-EUROPE"]) expect(all).toContain(code);
  });

  it("gives a programme's lineage, and only its own code for a programme it does not list", () => {
    expect(programmeLineage("INTERREG-VIB-CENTRAL-EUROPE")).toEqual([
      "INTERREG-VIB-CENTRAL-EUROPE", "INTERREG-VB-CENTRAL-EUROPE", "INTERREG-IVB-CENTRAL-EUROPE", "INTERREG-IIIB-CADSES",
    ]);
    expect(programmeLineage("HORIZON")).toEqual(["HORIZON"]);
    expect(programmeLineage("INTERREG-IVB-CENTRAL-EUROPE")).toEqual(["INTERREG-IVB-CENTRAL-EUROPE"]);
  });

  it("refuses a list with a repeated code, a period that contradicts its years or a predecessor that is not earlier", () => {
    expect(parseReferenceProgrammes(file([one]))).toHaveLength(1);
    expect(() => parseReferenceProgrammes(file([one, one]))).toThrow(/listed twice/);
    expect(() => parseReferenceProgrammes(file([{ ...one, endYear: 2028 }]))).toThrow(/is not 2021-2028/);
    expect(() => parseReferenceProgrammes(file([{ ...one, predecessors: [{ code: "INTERREG-Y", name: "Y", period: "2021-2027" }] }]))).toThrow(/does not come before/);
    expect(() => parseReferenceProgrammes(file([{ ...one, code: "lower case" }]))).toThrow();
  });
});
