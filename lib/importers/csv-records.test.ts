import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { parseCsv } from "./csv";
import { CsvRecordSplitter } from "./csv-records";

const TEXT = '\uFEFFa,b,c\r\n1,"x, ""quoted""",\n\n2,"two\nlines",z\r\n3,,"end"';

function splitAll(chunks: string[]) {
  const splitter = new CsvRecordSplitter();
  const out = chunks.flatMap((c) => splitter.push(c));
  return [...out, ...splitter.push("", true)];
}

describe("CsvRecordSplitter", () => {
  it("splits cells and gives each record the line it starts on", () => {
    expect(splitAll([TEXT])).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", 'x, "quoted"', ""] },
      { line: 4, cells: ["2", "two\nlines", "z"] },
      { line: 6, cells: ["3", "", "end"] },
    ]);
  });

  it("gives the same records wherever the chunks are cut", () => {
    const whole = splitAll([TEXT]);
    for (let i = 0; i <= TEXT.length; i++) {
      for (let j = i; j <= TEXT.length; j += 3) {
        expect(splitAll([TEXT.slice(0, i), TEXT.slice(i, j), TEXT.slice(j)]), `cut at ${i}, ${j}`).toEqual(whole);
      }
    }
  });

  it("agrees with csv-parse on the cells", () => {
    // csv-parse takes the first line's ending as the record delimiter for the whole text, so it is
    // given one kind of line ending; the splitter accepts both (tested above).
    const uniform = TEXT.replace(/\r\n/g, "\n");
    const [header, ...rows] = splitAll([uniform]);
    const oracle = parse(uniform, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => Object.fromEntries(header!.cells.map((h, i) => [h, r.cells[i]])))).toEqual(oracle);
  });
});

describe("parseCsv", () => {
  it("reads header-keyed rows as csv-parse does, and refuses a row with a missing cell", () => {
    const uniform = TEXT.replace(/\r\n/g, "\n");
    expect(parseCsv(uniform)).toEqual(parse(uniform, { columns: true, skip_empty_lines: true, bom: true }));
    expect(parseCsv("")).toEqual([]);
    expect(() => parseCsv("a,b\n1,2\n3\n")).toThrow("line 3: 1 cells where the header has 2");
  });

  it("refuses a quoted cell that is never closed", () => {
    expect(() => splitAll(['a\n"open'])).toThrow(/line 2: a quoted cell is not closed/);
  });
});
