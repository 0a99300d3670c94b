// `npm run cli -- admin …` run as a user runs it: a separate process on a fresh embedded database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-admin-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(tsx, ["cli/index.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", PGLITE_DIR: path.join(tmp, "db") },
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
  }, 180_000); // two processes, each opening and migrating the embedded database

  it("shows its usage on a wrong line", () => {
    const wrong = cli(["admin", "promote"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Usage: npm run cli -- admin <grant|revoke> EMAIL");
  }, 60_000);
});
