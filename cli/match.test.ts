// The match command run as a user runs it: a separate process reading and writing JSON Lines.
// pglite-only: it runs the CLI on an embedded database whatever the engine of the run, so the
// PostgreSQL pass (scripts/test-postgres.mjs) leaves it out.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshPgliteDir } from "@/db/testing";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-match-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("cli match", () => {
  it("writes one result line per query in order, an error line for a malformed one, and goes on", () => {
    const queries = path.join(tmp, "queries.jsonl");
    const out = path.join(tmp, "out.jsonl");
    fs.writeFileSync(
      queries,
      [
        JSON.stringify({ id: "q1", partnerTypes: ["PRC"], k: 5 }),
        '{"id": "q2", "k": ',
        JSON.stringify({ id: "q3", themes: ["/no/such/theme"], partnerTypes: ["XYZ"] }),
        "",
        JSON.stringify({ id: "q4", partnerTypes: ["HES"] }),
      ].join("\n"),
    );
    const result = spawnSync(tsx, ["cli/index.ts", "match", "--queries", queries, "--out", out], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", PGLITE_DIR: freshPgliteDir(path.join(tmp, "db")) },
      timeout: 120_000,
    });
    expect(result.status).toBe(3); // some lines had errors
    const lines = fs.readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["q1", null, "q3", "q4"]);
    expect(lines[0]).toEqual({ id: "q1", matches: [] }); // an empty knowledge base has no partner to offer
    expect(lines[1].error).toMatch(/^line 2: not JSON/);
    expect(lines[2].error).toBe("line 3: unknown theme: /no/such/theme; unknown partner type: XYZ (use HES, REC, PRC, PUB or OTH)");
    expect(lines[3]).toEqual({ id: "q4", matches: [] });
    expect(result.stderr).toContain("4 queries, 2 with errors");
  }, 120_000); // a separate process that migrates its database: slow on a busy machine
});
