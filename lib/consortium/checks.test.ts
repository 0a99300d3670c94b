import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import english from "@/lib/i18n/messages/en/consortium.json";
import { checkConsortium, coversRegion, type ConsortiumCheck, type ConsortiumMember } from "./checks";
import { renderParts, renderPhrase } from "./phrases";
import { eligibilityRuleFor, programmeRules, referenceProgrammeRules } from "./programme-rules";
import { referenceProgrammes } from "@/lib/programmes/reference";

// The checks give catalogue keys and values; the sentences are read here as an English reader sees them.
const t = createTranslator({ locale: "en", messages: { consortium: english }, namespace: "consortium" }) as unknown as (key: string, values?: Record<string, string | number>) => string;
const join = (items: readonly string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items);
const sentences = (check: ConsortiumCheck) => ({ ...check, message: renderParts(check.parts, t, join), source: check.source ? renderPhrase(check.source, t, join) : undefined });

let next = 0;
function member(countryCode: string | null, type: ConsortiumMember["type"], extra: Partial<ConsortiumMember> = {}): ConsortiumMember {
  next += 1;
  return { key: String(next), name: extra.name ?? `Org ${next}`, countryCode, type, status: "candidate", ...extra };
}
const byId = (checks: ConsortiumCheck[], id: string) => {
  const found = checks.find((c) => c.id === id);
  return found ? sentences(found) : undefined;
};
const horizon = { family: "Horizon Europe", label: "Horizon Europe" };
const centralEurope = { code: "INTERREG-IVB-CENTRAL-EUROPE", family: "Interreg", name: "CENTRAL EUROPE" };

const checks = (list: ConsortiumCheck[], id: string) => list.find((c) => c.id === id)!;

describe("checkConsortium", () => {
  it("fails on an empty list and says declined entries are not counted", () => {
    const checks = checkConsortium([member("AT", "sme", { status: "declined" })]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: "size", status: "fail", parts: [{ key: "size.none", values: { declined: 1 } }] });
    expect(byId(checks, "size")!.message).toBe("No organisation is in the consortium yet (1 declined entry not counted).");
  });

  it("counts countries, warns on a single country", () => {
    const one = checkConsortium([member("AT", "sme"), member("AT", "higher_education")]);
    expect(byId(one, "countries")).toMatchObject({ status: "warn" });
    expect(byId(one, "countries")!.message).toContain("1 country: AT ×2");
    const two = checkConsortium([member("AT", "sme"), member("GR", "higher_education")], { placeNames: { AT: "Austria", EL: "Greece" } });
    expect(byId(two, "countries")).toMatchObject({ status: "pass" });
    expect(byId(two, "countries")!.message).toBe("2 countries: Austria and Greece.");
    expect(checks(two, "countries").parts).toEqual([{ key: "countries.list", values: { count: 2, list: ["Austria", "Greece"] } }]);
  });

  it("warns when every organisation is of one kind and passes on a mix", () => {
    const same = checkConsortium([member("AT", "higher_education"), member("SI", "research_organisation")]);
    expect(byId(same, "type-mix")).toMatchObject({ status: "warn" });
    expect(byId(same, "type-mix")!.message).toBe(
      "All are research and education (1 university or college and 1 research organisation): most calls expect a mix, such as research with public bodies or companies.",
    );
    const mixed = checkConsortium([member("AT", "higher_education"), member("SI", "development_agency")]);
    expect(byId(mixed, "type-mix")).toMatchObject({ status: "pass", message: "1 university or college and 1 development agency: 2 kinds of organisation." });
  });

  it("warns when the requester's own organisation is not on the list", () => {
    expect(byId(checkConsortium([member("AT", "sme")]), "requester")).toMatchObject({ status: "warn" });
    const withOwn = checkConsortium([member("AT", "sme", { isRequester: true, name: "Holzcluster" })]);
    expect(byId(withOwn, "requester")).toMatchObject({ status: "pass", message: "Holzcluster is in the consortium." });
  });

  it("looks for coordinator experience in the chosen programme only when one is chosen", () => {
    expect(byId(checkConsortium([member("AT", "sme")]), "coordinator")).toBeUndefined();
    const none = checkConsortium([member("AT", "sme")], { programme: horizon });
    expect(byId(none, "coordinator")).toMatchObject({ status: "warn" });
    const some = checkConsortium([member("AT", "sme", { name: "TU Wien", coordinatedInProgramme: 4 })], { programme: horizon });
    expect(byId(some, "coordinator")).toMatchObject({ status: "pass" });
    expect(byId(some, "coordinator")!.message).toBe("Coordinated Horizon Europe projects before: TU Wien (4).");
    // Counted per family, and said so: any Interreg project, not one of the chosen programme.
    const siAt = { code: "INTERREG-VIA-SLOVENIA-AUSTRIA", family: "Interreg", name: "Slovenia-Austria", label: "Slovenia-Austria" };
    const interreg = checkConsortium([member("SI", "sme", { name: "RRA Celje", coordinatedInProgramme: 2 })], { programme: siAt });
    expect(byId(interreg, "coordinator")!.message).toBe("Coordinated Interreg projects before: RRA Celje (2).");
    expect(byId(checkConsortium([member("AT", "sme")], { programme: siAt }), "coordinator")!.message).toContain("No organisation on the list has coordinated Interreg projects");
  });

  it("checks coverage of target countries and NUTS regions", () => {
    const list = [member("AT", "sme", { nutsCode: "AT312" }), member("SI", "higher_education", { nutsCode: "SI042" })];
    expect(byId(checkConsortium(list, { targetRegions: ["AT", "SI"] }), "regions")).toMatchObject({ status: "pass" });
    const partial = byId(checkConsortium(list, { targetRegions: ["AT31", "SI", "HU"] }), "regions")!;
    expect(partial.status).toBe("warn");
    expect(partial.message).toBe("2 of 3 target regions covered; no partner in HU.");
    expect(byId(checkConsortium(list, { targetRegions: ["HU", "DE"], placeNames: { HU: "Hungary", DE: "Germany" } }), "regions")!.message).toBe("0 of 2 target regions covered; no partner in Hungary and Germany.");
    expect(byId(checkConsortium(list, { targetRegions: ["HU", "AT2"] }), "regions")).toMatchObject({ status: "fail" });
  });

  it("decides whether a region is covered by country or NUTS prefix", () => {
    expect(coversRegion({ countryCode: "EL", nutsCode: null }, "GR")).toBe(true);
    expect(coversRegion({ countryCode: "AT", nutsCode: "AT312" }, "AT31")).toBe(true);
    expect(coversRegion({ countryCode: "AT", nutsCode: "AT312" }, "AT32")).toBe(false);
    expect(coversRegion({ countryCode: "AT", nutsCode: null }, "AT31")).toBe(false);
  });
});

describe("Horizon Europe eligibility", () => {
  it("passes with three organisations from three member states", () => {
    const c = byId(checkConsortium([member("DE", "sme"), member("FR", "higher_education"), member("PL", "public_authority")], { programme: horizon }), "eligibility")!;
    expect(c.status).toBe("pass");
    expect(c.source).toContain("2021/695");
  });

  it("fails with fewer than three eligible countries, naming what is missing", () => {
    const c = byId(checkConsortium([member("DE", "sme"), member("DE", "higher_education"), member("FR", "public_authority")], { programme: horizon }), "eligibility")!;
    expect(c.status).toBe("fail");
    expect(c.message).toBe("Not yet eligible for a Horizon Europe collaborative action. They come from 2 eligible countries; it needs 3 different ones.");
  });

  it("counts associated countries but needs one member state", () => {
    const noMemberState = checkConsortium([member("NO", "sme"), member("UK", "higher_education"), member("CH", "public_authority")], { programme: horizon });
    expect(byId(noMemberState, "eligibility")).toMatchObject({ status: "fail" });
    expect(byId(noMemberState, "eligibility")!.message).toContain("None is established in an EU member state.");
    const withOne = checkConsortium([member("NO", "sme"), member("GB", "higher_education"), member("AT", "public_authority")], { programme: horizon });
    expect(byId(withOne, "eligibility")).toMatchObject({ status: "pass" });
  });

  it("does not count third countries and notes Pillar II-only associations", () => {
    const c = byId(
      checkConsortium([member("US", "sme"), member("AT", "higher_education"), member("DE", "sme"), member("CA", "research_organisation")], { programme: horizon }),
      "eligibility",
    )!;
    expect(c.status).toBe("pass");
    expect(c.message).toContain("3 organisations from 3 member states or associated countries");
    expect(c.message).toContain("CA is associated for Pillar II calls only");
  });
});

describe("Interreg eligibility", () => {
  it("passes with partners from two countries of the programme area", () => {
    const c = byId(checkConsortium([member("AT", "cluster_organisation"), member("SI", "higher_education")], { programme: centralEurope }), "eligibility")!;
    expect(c).toMatchObject({ status: "pass" });
  });

  it("fails with one participating country and warns about partners outside the area", () => {
    const c = byId(checkConsortium([member("AT", "cluster_organisation"), member("FR", "higher_education")], { programme: centralEurope }), "eligibility")!;
    expect(c.status).toBe("fail");
    expect(c.message).toContain("It has partners from 1 participating country; it needs 2.");
    expect(c.message).toContain("Partners from FR are outside the programme area");
  });

  it("needs three countries, two of them member states, for Interreg Europe", () => {
    const ivc = { code: "INTERREG-IVC", family: "Interreg", name: "INTERREG IVC" };
    const twoMs = checkConsortium([member("NO", "public_authority"), member("CH", "public_authority"), member("IT", "sme")], { programme: ivc });
    expect(byId(twoMs, "eligibility")!.message).toContain("1 EU member state is among them; it needs 2.");
    const ok = checkConsortium([member("NO", "public_authority"), member("ES", "public_authority"), member("IT", "sme")], { programme: ivc });
    expect(byId(ok, "eligibility")).toMatchObject({ status: "pass" });
  });

  it("reads the reference list's area, and warns that a cross-border programme takes only the border regions", () => {
    const siAt = { code: "INTERREG-VIA-SLOVENIA-AUSTRIA", family: "Interreg", name: "Slovenia-Austria" };
    const c = byId(checkConsortium([member("AT", "cluster_organisation"), member("SI", "higher_education")], { programme: siAt }), "eligibility")!;
    expect(c.status).toBe("warn");
    expect(c.message).toContain("Partners from 2 participating countries of Interreg Slovenia-Austria 2021-2027");
    expect(c.message).toContain("Only the border regions of these countries take part");
    expect(c.source).toContain("Regulation (EU) 2021/1059");
    const outside = byId(checkConsortium([member("AT", "sme"), member("HU", "sme")], { programme: siAt }), "eligibility")!;
    expect(outside.status).toBe("fail");
    const northSea = { code: "INTERREG-VIB-NORTH-SEA", family: "Interreg" };
    expect(byId(checkConsortium([member("DK", "sme"), member("NO", "sme")], { programme: northSea }), "eligibility")).toMatchObject({ status: "pass" });
  });

  it("warns that the area is unknown for an Interreg programme without a recorded area", () => {
    const c = byId(checkConsortium([member("AT", "sme"), member("IT", "sme")], { programme: { code: "INTERREG-X", family: "Interreg" } }), "eligibility")!;
    expect(c.status).toBe("warn");
    expect(c.message).toContain("area is not recorded");
  });

  it("says when no rule is recorded for a programme", () => {
    const c = byId(checkConsortium([member("AT", "sme")], { programme: { family: "COSME", label: "COSME" } }), "eligibility")!;
    expect(c).toMatchObject({ status: "warn" });
    expect(c.message).toContain("No eligibility rule is recorded for COSME");
  });
});

describe("eligibilityRuleFor", () => {
  it("has a name and a source in the catalogue for every rule", () => {
    for (const rule of programmeRules) {
      expect(t(`rules.${rule.id}.label`)).toBe(rule.label);
      expect(t(`rules.${rule.id}.source`)).toBe(rule.source);
    }
    // The reference list's rules are named by their programme; their source is one sentence.
    for (const rule of referenceProgrammeRules(referenceProgrammes())) expect(t("rules.reference.source")).toBe(rule.source);
  });

  it("finds a rule by code before family, case-insensitively", () => {
    expect(eligibilityRuleFor({ code: "interreg-iiib-cadses", family: "Interreg" })?.id).toBe("cadses");
    expect(eligibilityRuleFor({ code: "UNKNOWN", family: "Interreg" })?.id).toBe("interreg");
    expect(eligibilityRuleFor({ family: "horizon europe" })?.id).toBe("horizon-europe");
    expect(eligibilityRuleFor({ family: "Horizon 2020" })).toBeUndefined();
  });

  it("knows the programme area of the reference list's programmes it records, by their codes", () => {
    const rule = (code: string) => eligibilityRuleFor({ code, family: "Interreg" })?.id;
    expect(rule("INTERREG-VIB-CENTRAL-EUROPE")).toBe("central-europe");
    // The 2007-2013 programme's area differed: part of Ukraine, no Croatia (which joined in 2014).
    expect(rule("INTERREG-IVB-CENTRAL-EUROPE")).toBe("central-europe-2007-2013");
    expect(rule("INTERREG-VIC-EUROPE")).toBe("interreg-europe");
    expect(rule("INTERREG-VIB-DANUBE-REGION")).toBe("danube");
    expect(rule("INTERREG-VIB-ALPINE-SPACE")).toBe("alpine-space");
    // The others have the rule of the list: their area, the regulation's minimum.
    expect(rule("INTERREG-VIB-NORTH-SEA")).toBe("reference:INTERREG-VIB-NORTH-SEA");
    expect(rule("INTERREG-VIA-SLOVENIA-AUSTRIA")).toBe("reference:INTERREG-VIA-SLOVENIA-AUSTRIA");
    // A cross-border programme's rule holds for the programmes it continues (the demo's HU-RO of 2007-2013);
    // a transnational one's does not (earlier areas differed), nor does an unknown code's.
    expect(rule("INTERREG-IVA-HU-RO")).toBe("reference:INTERREG-VIA-ROMANIA-HUNGARY");
    expect(rule("INTERREG-VB-BALTIC-SEA-REGION")).toBe("interreg");
    for (const p of referenceProgrammes()) expect(rule(p.code)).toBeDefined();
  });

  it("records the same area for a programme in the rules written here and in the reference list", () => {
    for (const p of referenceProgrammes()) {
      const written = programmeRules.find((r) => r.codes?.includes(p.code));
      if (written?.rule.kind === "programme-area") expect([...(written.rule.area ?? [])].sort(), p.code).toEqual([...p.area].sort());
    }
    expect(referenceProgrammeRules(referenceProgrammes()).every((r) => r.rule.kind === "programme-area" && r.rule.area!.length > 0)).toBe(true);
  });
});
