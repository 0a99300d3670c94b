// `npm run cli -- admin …` run as a user runs it: a separate process on a fresh embedded database
// (a copy of the run's migrated template).
// pglite-only: it runs the CLI on an embedded database whatever the engine of the run, so the
// PostgreSQL pass (scripts/test-postgres.mjs) leaves it out.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshPgliteDir } from "@/db/testing";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-admin-"));
const dataDir = freshPgliteDir(tmp);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(tsx, ["cli/index.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", PGLITE_DIR: dataDir },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli admin", () => {
  it("refuses to grant an address without an account, and lists no administrator", () => {
    const grant = cli(["admin", "grant", "nobody@consortia.eu"]);
    expect(grant.code).toBe(1);
    expect(grant.stderr).toContain("No account has the e-mail address nobody@consortia.eu: register first");
    const list = cli(["admin", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout.trim()).toBe("No site administrator yet.");
  }, 180_000); // two processes, each opening the embedded database

  it("shows its usage on a wrong line", () => {
    const wrong = cli(["admin", "promote"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Usage: npm run cli -- admin <grant|revoke> EMAIL");
  }, 60_000);
});
