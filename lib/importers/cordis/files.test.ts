import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { findCordisFile, readCsvBatches, readCsvHeader } from "./files";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordis-files-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CSV = 'rcn,programme_part\n1,SC4\n2,"two\nlines"\n\n3,ERC\n4,LEIT\n';

async function collect(file: string, size: number) {
  const batches = [];
  for await (const batch of readCsvBatches(file, size)) batches.push(batch);
  return batches;
}

describe("readCsvBatches", () => {
  it("gives each record the line it starts on, across quoted line breaks and blank lines", async () => {
    const file = path.join(dir, "parts.csv");
    fs.writeFileSync(file, CSV);
    const batches = await collect(file, 3);
    expect(batches.map((b) => b.records.length)).toEqual([3, 1]);
    expect(batches.flatMap((b) => b.records.map((r) => [r.line, r.row.rcn]))).toEqual([[2, "1"], [3, "2"], [6, "3"], [7, "4"]]);
    expect(batches[0]!.columns).toEqual(["rcn", "programme_part"]);
  });

  it("reads gzip by file name", async () => {
    const file = path.join(dir, "cordis_h2020_programme_parts.csv.gz");
    fs.writeFileSync(file, zlib.gzipSync(CSV));
    expect(findCordisFile(dir, "h2020ProgrammeParts")).toBe(file);
    const records = (await collect(file, 100)).flatMap((b) => b.records);
    expect(records.map((r) => r.row.programme_part)).toEqual(["SC4", "two\nlines", "ERC", "LEIT"]);
    expect(await readCsvHeader(file)).toEqual(["rcn", "programme_part"]);
  });

  it("fails on a row with the wrong number of cells instead of guessing", async () => {
    const file = path.join(dir, "broken.csv");
    fs.writeFileSync(file, "a,b\n1,2\n3\n");
    await expect(collect(file, 10)).rejects.toThrow();
  });

  it("finds nothing where no such file exists", () => {
    expect(findCordisFile(dir, "heTopics")).toBeNull();
  });
});
