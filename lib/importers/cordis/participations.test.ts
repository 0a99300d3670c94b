import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv";
import { mergeOrganisations, mergeParticipations, parseH2020SampleParticipation, parseHeParticipation, participationColumns, type CordisParticipation } from "./participations";

const HEADER =
  "projectID,projectAcronym,organisationID,vatNumber,name,shortName,SME,activityType,street,postCode,city,country,nutsCode,geolocation,organizationURL,contactForm,contentUpdateDate,rcn,order,role,ecContribution,netEcContribution,totalCost,endOfParticipation,active";

// Real rows of cordis_he_organizations.csv.gz and cordis_h2020_sample_organizations.csv.
const GRENOBLE_ASSOCIATED = `101065060,NanoSep,897379108,FR30130026081,UNIVERSITE GRENOBLE ALPES,UGA,false,HES,621 AVENUE CENTRALE,38058,Grenoble,FR,FRK24,"45.19156095,5.76726837551229",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/897379108/101065060,2022-09-13 17:50:12,1962882,4,associatedPartner,,0,0,false,`;
const GRENOBLE_PARTICIPANT = `101065060,NanoSep,897379108,FR30130026081,UNIVERSITE GRENOBLE ALPES,UGA,false,HES,621 AVENUE CENTRALE,38058,Grenoble,FR,FRK24,"45.19156095,5.76726837551229",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/897379108/101065060,2022-09-13 17:50:12,1962882,3,participant,105877.44,105877.44,0,true,`;
const ATHENS_COORDINATOR = `101130859,ECAT,996825642,EL090247411,ECOLE FRANCAISE D'ATHENES,EFA,false,REC,RUE DIDOTOU 6,10680,ATHINA,EL,EL303,"38.9953683,21.9877132",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/996825642/101130859,2023-07-11 15:34:13,1973495,1,coordinator,169326.72,169326.72,0,false,`;
const BALTIMORE = `101135392,WORM,923274131,,CATHOLIC RELIEF SERVICES UNITED STATES CONFERENCE OF CATHOLIC BISHOPS,CRS USCCB,false,OTH,228 WEST LEXINGTON STREET,21201 3413,Baltimore,US,US,"39.291930699999995,-76.61917289813363",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/923274131/101135392,2023-11-21 16:52:46,1985243,14,associatedPartner,,0,,false,`;
const READING_THIRD_PARTY = `101101912,EITFood BP23-25,909112713,GB285226882,EIT FOOD CLC NORTH WEST LIMITED,,true,OTH,1 FRIAR STREET,RG1 1DA,READING,UK,UKJ11,"51.4566719,-0.9742038",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/909112713/101101912,2023-06-29 13:47:33,1981719,1,thirdParty,0,0,0.01,false,`;
const UNKNOWN_SME = `101060497,EcoAdvance,896115780,,POSY PHYLLIS,,,PRC,,,,IL,,"32.08556979434664,34.78608516246315",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/896115780/101060497,2022-09-04 03:34:46,1975082,5,participant,100207.5,100207.5,100207.5,false,`;
const NO_COUNTRY = `101063992,STALSUns,995526036,,Purdue University,,false,PRC,,,,,,"40.423876,-86.921173",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/995526036/101063992,2022-09-02 17:35:23,1976477,3,associatedPartner,,0,,false,`;
const METSO_REPEATED_CODES = `737459,Productive4.0,998387051,FI10942595,METSO OUTOTEC FINLAND OY,METSO OUTOTEC,false,PRC;PRC,LOKOMONKATU 3,33101,TAMPERE,FI;FI,,"61.4860926,23.7660807",www.metsominerals.com,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/998387051/737459,2021-10-04 21:15:12,2089816,99,participant,21576.45,21576.45,107882.25,true,`;
const FABMATICS_TWO_SITES = `737459,Productive4.0,986627935,DE140207637,FABMATICS GMBH,FABMATICS,true,PRC,ZUR STEINHOEHE 1,1109,DRESDEN,DE,,"51.0134514,13.7542823",www.hap-dresden.de; www.hap.eu,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/986627935/737459,2021-10-04 21:15:12,2498040,10,participant,253750,253750,1015000,false,`;
// CORDIS quoted these cells twice (fields.ts, unquoteTwiceQuoted).
const DEMOKRITOS_QUOTED_TWICE = `101130787,POLYTROP,999978239,EL090085651,"""NATIONAL CENTER FOR SCIENTIFIC RESEARCH """"DEMOKRITOS""""""","""NCSR """"D""""""",false,REC,END OF PATRIARCHOU GRIGORIOU E AND 27 NEAPOLEOS STREET,15341,Agia Paraskevi,EL,EL301,"37.995,23.816",http://www.demokritos.gr,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/999978239/101130787,2023-07-11 15:36:23,1905726,1,coordinator,169326.72,169326.72,0,false,`;
const CHAPEL_HILL_STREET_QUOTED = `101134993,NGI TRANSOCEANIC,999573264,,THE UNIVERSITY OF NORTH CAROLINA AT CHAPEL HILL,UNC,false,HES,"""AIRPORT DRIVE 104 SUITE 2200 CB #1350""",27599,Chapel Hill,US,US,"35.9131996,-79.0558444",https://www.unc.edu,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/999573264/101134993,2023-11-23 09:38:58,1912380,5,associatedPartner,,0,,false,`;
const IPG_H2020_PARTNER = `675999,ITEAM,937480945,DE143597753,IPG Automotive GmbH,IPG Automotive GmbH,,PRC,Bannwaldallee 60,76185,Karlsruhe,DE,,"48.9948139,8.37334609663493",,https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/937480945/675999,2020-09-01 18:29:37,1950058,12,partner,,,,false,`;

function row(line: string) {
  return parseCsv(`${HEADER}\n${line}\n`)[0]!;
}

function ok(line: string, parse = parseHeParticipation): CordisParticipation {
  const parsed = parse(row(line), 2);
  if (!parsed.ok) throw new Error(`rejected: ${JSON.stringify(parsed.rejection)}`);
  return parsed.value;
}

function rejection(mutate: Record<string, string>, base = ATHENS_COORDINATOR) {
  const parsed = parseHeParticipation({ ...row(base), ...mutate }, 17);
  if (parsed.ok) throw new Error("accepted");
  return parsed.rejection;
}

describe("parseHeParticipation", () => {
  it("unquotes the names and streets CORDIS quoted twice, on both parsing paths", () => {
    expect(ok(DEMOKRITOS_QUOTED_TWICE).organisation).toMatchObject({ name: 'NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"', shortName: 'NCSR "D"' });
    expect(ok(CHAPEL_HILL_STREET_QUOTED).organisation).toMatchObject({ street: "AIRPORT DRIVE 104 SUITE 2200 CB #1350", city: "Chapel Hill" });
    // zod runs the same cell rules (a row the fast path rejects is parsed again by it).
    expect(participationColumns.parse(row(DEMOKRITOS_QUOTED_TWICE))).toMatchObject({ name: 'NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"', shortName: 'NCSR "D"' });
  });

  it("reads a coordinator with its organisation, keeping the CORDIS country code", () => {
    const p = ok(ATHENS_COORDINATOR);
    expect(p).toMatchObject({
      projectKey: "101130859",
      projectAcronym: "ECAT",
      role: "coordinator",
      position: 1,
      euContribution: "169326.72",
      totalCost: "0",
      endedEarly: false,
    });
    expect(p.organisation).toMatchObject({
      pic: "996825642",
      name: "ECOLE FRANCAISE D'ATHENES",
      shortName: "EFA",
      vatNumber: "EL090247411",
      activityType: "REC",
      isSme: false,
      type: "research_organisation",
      countryCode: "EL",
      nutsCode: "EL303",
      city: "ATHINA",
      postCode: "10680",
      latitude: 38.9953683,
      longitude: 21.9877132,
      website: null,
      recordTime: "2023-07-11 15:34:13",
    });
  });

  it("maps the roles and keeps an empty amount empty", () => {
    expect(ok(GRENOBLE_ASSOCIATED)).toMatchObject({ role: "associated_partner", euContribution: null, position: 4 });
    expect(ok(GRENOBLE_PARTICIPANT)).toMatchObject({ role: "partner", endedEarly: true });
    expect(ok(READING_THIRD_PARTY)).toMatchObject({ role: "third_party", totalCost: "0.01" });
    expect(ok(READING_THIRD_PARTY).organisation.countryCode).toBe("UK");
  });

  it("drops a NUTS code that is only the country", () => {
    expect(ok(BALTIMORE).organisation).toMatchObject({ countryCode: "US", nutsCode: null, type: "other" });
  });

  it("types a company by its SME flag, and leaves its size open when the flag is empty", () => {
    expect(ok(UNKNOWN_SME).organisation).toMatchObject({ isSme: null, type: "enterprise", city: null, street: null });
    expect(ok(FABMATICS_TWO_SITES, parseH2020SampleParticipation).organisation.type).toBe("sme");
  });

  it("accepts a participation whose country is not given", () => {
    expect(ok(NO_COUNTRY).organisation).toMatchObject({ countryCode: null, city: null, latitude: 40.423876, longitude: -86.921173, type: "large_enterprise" });
  });

  it("rejects malformed cells with the line, the column and why", () => {
    expect(rejection({ organisationID: "99982226" })).toEqual({ line: 17, field: "organisationID", reason: 'not a 9-digit PIC: "99982226"' });
    expect(rejection({ projectID: "" })).toMatchObject({ field: "projectID" });
    expect(rejection({ role: "observer" })).toMatchObject({ field: "role", reason: 'unknown role: "observer"' });
    expect(rejection({ ecContribution: "1.971.987,5" })).toMatchObject({ field: "ecContribution" });
    expect(rejection({ SME: "yes" })).toMatchObject({ field: "SME" });
    expect(rejection({ country: "Greece" })).toMatchObject({ field: "country" });
    expect(rejection({ geolocation: "38.99 21.98" })).toMatchObject({ field: "geolocation" });
    expect(rejection({ geolocation: "138.9,21.9" })).toMatchObject({ field: "geolocation" });
    expect(rejection({ nutsCode: "EL-303" })).toMatchObject({ field: "nutsCode" });
    expect(rejection({ name: "  " })).toMatchObject({ field: "name", reason: "is empty" });
    expect(rejection({ order: "first" })).toMatchObject({ field: "order" });
    expect(rejection({ contentUpdateDate: "2023-13-11 15:34:13" })).toMatchObject({ field: "contentUpdateDate" });
  });

  it("names a missing column", () => {
    const withoutRole: Record<string, string> = { ...row(ATHENS_COORDINATOR) };
    delete withoutRole.role;
    const parsed = parseHeParticipation(withoutRole, 2);
    expect(parsed).toEqual({ ok: false, rejection: { line: 2, field: "role", reason: "column missing" } });
  });

  it("reads a decimal comma as CORDIS' own exports write it", () => {
    expect(ok(ATHENS_COORDINATOR.replace("169326.72,169326.72", '"169326,72",169326.72')).euContribution).toBe("169326.72");
  });
});

describe("parseH2020SampleParticipation", () => {
  it("collapses codes the JSON export repeated, and keeps the first of two web sites", () => {
    const metso = ok(METSO_REPEATED_CODES, parseH2020SampleParticipation);
    expect(metso.organisation).toMatchObject({ activityType: "PRC", countryCode: "FI", website: "https://www.metsominerals.com", isSme: false, type: "large_enterprise" });
    expect(ok(FABMATICS_TWO_SITES, parseH2020SampleParticipation).organisation.website).toBe("https://www.hap-dresden.de");
  });

  it("reads an H2020 partner as an unfunded associated partner", () => {
    expect(ok(IPG_H2020_PARTNER, parseH2020SampleParticipation)).toMatchObject({ projectKey: "675999", role: "associated_partner", euContribution: null });
  });

  it("rejects two different countries in one cell", () => {
    const parsed = parseH2020SampleParticipation({ ...row(METSO_REPEATED_CODES), country: "FI;SE" }, 9);
    expect(parsed).toMatchObject({ ok: false, rejection: { line: 9, field: "country" } });
  });
});

describe("merging", () => {
  it("makes one participation of a university listed as participant and associated partner", () => {
    const merged = mergeParticipations(ok(GRENOBLE_ASSOCIATED), ok(GRENOBLE_PARTICIPANT));
    expect(merged).toMatchObject({ role: "partner", position: 3, euContribution: "105877.44", totalCost: "0", endedEarly: false });
  });

  it("adds the amounts of two rows exactly", () => {
    const a = { ...ok(GRENOBLE_PARTICIPANT), euContribution: "0.1" };
    const b = { ...ok(GRENOBLE_PARTICIPANT), euContribution: "0.2" };
    expect(mergeParticipations(a, b).euContribution).toBe("0.3");
  });

  it("lets the latest record of an organisation win, keeping what it leaves empty", () => {
    const old = { ...ok(ATHENS_COORDINATOR).organisation, recordTime: "2021-01-01 00:00:00", website: "https://www.efa.gr", name: "OLD NAME" };
    const fresh = ok(ATHENS_COORDINATOR).organisation;
    for (const merged of [mergeOrganisations(old, fresh), mergeOrganisations(fresh, old)]) {
      expect(merged).toMatchObject({ name: "ECOLE FRANCAISE D'ATHENES", website: "https://www.efa.gr", recordTime: "2023-07-11 15:34:13" });
    }
  });

  it("recomputes the type from the merged activity type and SME flag", () => {
    const known = { ...ok(UNKNOWN_SME).organisation, isSme: true, recordTime: "2020-01-01 00:00:00" };
    expect(mergeOrganisations(known, ok(UNKNOWN_SME).organisation)).toMatchObject({ isSme: true, type: "sme" });
  });
});
