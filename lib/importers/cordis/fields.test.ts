import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  collapseRepeats,
  compiles,
  geolocation,
  Invalid,
  money,
  naAsEmpty,
  normaliseWebsite,
  numericId,
  optionalActivityType,
  optionalBoolean,
  optionalCountry,
  optionalDate,
  optionalNuts,
  optionalPosition,
  optionalRecordTime,
  optionalText,
  parseWith,
  pic,
  requiredText,
  role,
  rowParser,
  splitList,
  unquoteTwiceQuoted,
  website,
} from "./fields";
import { h2020ProgrammePartColumns, h2020SampleProjectColumns, h2020SkeletonColumns } from "./h2020";
import { heEuroSciVocColumns, heLegalBasisColumns, heProjectColumns, heReportSummaryColumns, heTopicColumns } from "./horizon-europe";
import { participationColumns } from "./participations";

describe("normaliseWebsite", () => {
  it.each([
    ["www.tugraz.at", "https://www.tugraz.at"],
    ["http://www.belspo.be", "http://www.belspo.be"],
    ["https://www.lametro.fr", "https://www.lametro.fr"],
    ["www.hap-dresden.de; www.hap.eu", "https://www.hap-dresden.de"],
    ["http://www.itri.org.tw/eng/", "http://www.itri.org.tw/eng/"],
    ["", null],
    ["n/a", null],
    ["mailto:info@example.org", null],
  ])("%s → %s", (raw, expected) => expect(normaliseWebsite(raw)).toBe(expected));
});

describe("money", () => {
  it("keeps decimal strings exact for a numeric column", () => {
    expect(money.parse("1971987.5")).toBe("1971987.5");
    expect(money.parse("1971987,5")).toBe("1971987.5");
    expect(money.parse(" ")).toBeNull();
    expect(money.safeParse("1e6").success).toBe(false);
    expect(money.safeParse("123456789012345").success).toBe(false);
  });
});

describe("lists", () => {
  it("collapses repeated values and splits joined ones", () => {
    expect(collapseRepeats("PRC;PRC")).toBe("PRC");
    expect(collapseRepeats("FI;SE")).toEqual({ ambiguous: ["FI", "SE"] });
    expect(splitList("A| B |")).toEqual(["A", "B"]);
    expect(splitList(null)).toEqual([]);
  });
});

describe("unquoteTwiceQuoted", () => {
  it("unquotes once a value CORDIS wrote in quotes with its own quotes doubled", () => {
    expect(unquoteTwiceQuoted('"NATIONAL CENTER FOR SCIENTIFIC RESEARCH ""DEMOKRITOS"""')).toBe('NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"');
    expect(unquoteTwiceQuoted('"Scientific Park ""Precarpathian University"""')).toBe('Scientific Park "Precarpathian University"');
    expect(unquoteTwiceQuoted('"AIRPORT DRIVE 104 SUITE 2200 CB #1350"')).toBe("AIRPORT DRIVE 104 SUITE 2200 CB #1350");
    expect(unquoteTwiceQuoted('"""Quoted"" at both ends"')).toBe('"Quoted" at both ends');
  });

  it("leaves a value alone whose quotes are its own", () => {
    for (const value of [
      '"Solar BabySitter"- technology to change solar world',
      'regain "losers of feminism" as mainstream voters',
      '"Foo" and "Bar"', // wholly in quotes, but its inner quotes are not doubled
      '"', 'A "B"', "plain",
    ]) expect(unquoteTwiceQuoted(value)).toBe(value);
  });

  it("is what the text cells do, after trimming; a value of two quotes is empty", () => {
    expect(optionalText.parse(' "NCSR ""D""" ')).toBe('NCSR "D"');
    expect(optionalText.parse('""')).toBeNull();
    expect(requiredText.safeParse('""').success).toBe(false);
  });
});

describe("dates", () => {
  it("accepts real days only", () => {
    expect(optionalDate.parse("2020-02-29")).toBe("2020-02-29");
    expect(optionalDate.safeParse("2019-02-29").success).toBe(false);
    expect(optionalDate.safeParse("1900-02-29").success).toBe(false);
    expect(optionalDate.safeParse("2017-13-01").success).toBe(false);
    expect(optionalDate.safeParse("2017-04-31").success).toBe(false);
    expect(optionalRecordTime.parse("2024-05-29 10:11:12")).toBe("2024-05-29 10:11:12");
  });
});

describe("rowParser", () => {
  const columns = z.object({
    id: numericId,
    pic,
    amount: naAsEmpty(money),
    start: naAsEmpty(optionalDate),
    end: optionalDate,
    time: optionalRecordTime,
    country: optionalCountry,
    type: optionalActivityType,
    nuts: optionalNuts,
    geo: geolocation,
    site: website,
    role,
    position: optionalPosition,
    sme: optionalBoolean,
    name: requiredText,
    note: optionalText,
  });
  const build = (r: z.output<typeof columns>) =>
    r.start && r.end && r.end < r.start ? new Invalid(`ends (${r.end}) before it starts (${r.start})`, "end") : { ...r, built: true };
  const { parse, schema } = rowParser(columns, build);
  const valid: Record<string, string> = {
    id: " 101 ",
    pic: "999999999",
    amount: "NA",
    start: "2021-01-01",
    end: "",
    time: "2024-05-01 10:00:00",
    country: "FR;FR",
    type: "prc",
    nuts: "FR101",
    geo: "48.8,2.3",
    site: "www.example.org",
    role: "participant",
    position: "3",
    sme: "TRUE",
    name: " Acme ",
    note: "",
  };
  const bad: [string, string][] = [
    ["id", "12a"],
    ["pic", "12345678"],
    ["amount", "1.2.3"],
    ["amount", "123456789012345"],
    ["start", "2021-02-30"],
    ["end", "2020-01-01"], // before start: the row check
    ["time", "yesterday"],
    ["country", "FR;DE"],
    ["country", "FRA"],
    ["type", "PRC;HES"],
    ["nuts", "F1"],
    ["geo", "91,0"],
    ["role", "boss"],
    ["position", "40000"],
    ["sme", "yes"],
    ["name", "  "],
  ];

  it("every column has a plain rule", () => expect(compiles(columns)).toBe(true));

  it("gives what the zod schema gives for a valid row, without zod", () => {
    const fast = parse(valid, 7);
    expect(fast).toEqual(parseWith(schema, valid, 7));
    expect(fast.ok && fast.value).toMatchObject({ id: "101", amount: null, country: "FR", type: "PRC", role: "partner", sme: true, built: true });
  });

  it.each(bad)("rejects %s = %j with zod's field and reason", (field, value) => {
    const row = { ...valid, [field]: value };
    const fast = parse(row, 9);
    expect(fast.ok).toBe(false);
    expect(fast).toEqual(parseWith(schema, row, 9));
    expect(!fast.ok && fast.rejection.field).toBe(field);
  });

  it("says a missing column is missing", () => {
    const row: Record<string, string> = { ...valid };
    delete row.note;
    expect(parse(row, 3)).toEqual({ ok: false, rejection: { line: 3, field: "note", reason: "column missing" } });
  });
});

describe("the CORDIS row schemas", () => {
  const schemas = {
    participationColumns,
    h2020SkeletonColumns,
    h2020ProgrammePartColumns,
    h2020SampleProjectColumns,
    heProjectColumns,
    heTopicColumns,
    heLegalBasisColumns,
    heEuroSciVocColumns,
    heReportSummaryColumns,
  };
  it.each(Object.entries(schemas))("%s validates a valid row without zod", (_, columns) => expect(compiles(columns)).toBe(true));
});
