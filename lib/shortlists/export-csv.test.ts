import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import english from "@/lib/i18n/messages/en/shortlists.json";
import polish from "@/lib/i18n/messages/pl/shortlists.json";
import { shortlistCsvColumns, shortlistFileName, shortlistToCsv, type ShortlistExportRow } from "./export-csv";

const row = (extra: Partial<ShortlistExportRow>): ShortlistExportRow => ({
  kind: "organisation",
  name: "Technische Universität Graz",
  country: "Austria",
  region: "Steiermark",
  type: "Higher education",
  status: "contacted",
  note: null,
  addedBy: "Anna",
  addedAt: new Date("2026-11-20T10:00:00Z"),
  link: "https://consortia.example/organisations/12",
  ...extra,
});

describe("shortlistToCsv", () => {
  it("writes a BOM, a header and one row per entry that a CSV reader gets back intact", () => {
    const csv = shortlistToCsv([
      row({ note: 'Met at the "Wood" fair, Graz;\nfollow up in May' }),
      row({ kind: "project", name: "INCLUD", country: null, region: null, type: null, status: "candidate", link: "https://consortia.example/projects/3" }),
    ]);
    expect(csv.startsWith("\uFEFFKind,Name,Country")).toBe(true);
    const records = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      Name: "Technische Universität Graz",
      Note: 'Met at the "Wood" fair, Graz;\nfollow up in May',
      Status: "contacted",
      "Added on": "2026-11-20",
    });
    expect(records[1]).toMatchObject({ Kind: "project", Name: "INCLUD", Country: "", Link: "https://consortia.example/projects/3" });
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = shortlistToCsv([row({ note: "=HYPERLINK(\"http://evil\")", name: "+SUM(A1)" })]);
    const [record] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(record!.Note).toBe("'=HYPERLINK(\"http://evil\")");
    expect(record!.Name).toBe("'+SUM(A1)");
  });

  it("writes the header in the reader's language, still UTF-8 with a BOM", () => {
    const header = shortlistCsvColumns.map((c) => polish.csv[c]);
    const csv = shortlistToCsv([row({ kind: polish.csv.organisation, status: polish.status.contacted })], header);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [record] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(record!)).toEqual(header);
    expect(record![polish.csv.status]).toBe(polish.status.contacted);
    expect(Buffer.from(csv, "utf8").toString("utf8")).toContain(polish.csv.addedOn);
    // The English catalogue's names are the default header's.
    expect(shortlistCsvColumns.map((c) => english.csv[c])).toEqual(parse(shortlistToCsv([]).slice(1))[0]);
  });

  it("writes only the header for an empty list", () => {
    expect(shortlistToCsv([]).trim().split("\r\n")).toHaveLength(1);
  });
});

describe("shortlistFileName", () => {
  it("makes a safe file name", () => {
    expect(shortlistFileName("Wood clusters AT–SI (Łódź)")).toBe("wood-clusters-at-si-lodz.csv");
    expect(shortlistFileName("Straße der Wälder")).toBe("strasse-der-walder.csv");
    expect(shortlistFileName("***")).toBe("shortlist.csv");
  });
});
