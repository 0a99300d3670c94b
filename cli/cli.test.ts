// The CLI and the server start-up, run as a user runs them: as separate processes.
// pglite-only: it runs the CLI on an embedded database whatever the engine of the run, so the
// PostgreSQL pass (scripts/test-postgres.mjs) leaves it out.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshPgliteDir } from "@/db/testing";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(tsx, args, {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli", () => {
  // On a PostgreSQL run the test template is a server database, so this PGlite directory starts
  // empty and the CLI migrates it first: well over the default 30 s on a busy machine.
  it("stats prints the counts of a fresh embedded database as one JSON object", { timeout: 120_000 }, () => {
    const { code, stdout } = run(["cli/index.ts", "stats"], { PGLITE_DIR: freshPgliteDir(path.join(tmp, "stats")) });
    expect(code).toBe(0);
    const stats = JSON.parse(stdout.trim());
    expect(Object.keys(stats)).toEqual(
      expect.arrayContaining(["projects", "organisations", "participations", "programmes", "themes", "countries", "regions"]),
    );
    expect(stats.projects).toBe(0);
    expect(stats.untitledProjects).toBe(0);
  });

  it("rejects an unknown command with the usage", () => {
    const { code, stderr } = run(["cli/index.ts", "frobnicate"], { PGLITE_DIR: path.join(tmp, "unknown") });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown command "frobnicate"[\s\S]*Commands:/);
  });
});

describe("server start-up", () => {
  const start = ["-e", "import('./db/startup.ts').then((m) => m.startDatabase())"];

  it("exits with one clear line when DATABASE_URL points nowhere", () => {
    const { code, stderr } = run(start, { DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere" });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n").filter((l) => !l.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Consortia cannot start: Cannot use the database: PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/);
  });

  it("exits with one clear line when DATABASE_URL is not a postgres URL", () => {
    const { code, stderr } = run(start, { DATABASE_URL: "mysql://root@localhost/x" });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Consortia cannot start: Invalid environment: DATABASE_URL: must be a URL such as postgres:/);
  });

  it("hides the password of DATABASE_URL in its message", () => {
    const { stderr } = run(start, { DATABASE_URL: "postgres://u:s3cret@127.0.0.1:1/x" });
    expect(stderr).not.toContain("s3cret");
    expect(stderr).toContain("postgres://u:***@127.0.0.1:1/x");
  });

  // The benchmark scripts' options (cli/script-args.ts), without touching any database.
  it("a benchmark script prints its usage for --help and exits 0", { timeout: 60_000 }, () => {
    const { code, stdout } = run(["cli/bench-import.ts", "--help"], { BENCH_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^npm run bench:import -- \[--dir \.\.\/shared\/data\] \[--pglite\]/);
  });

  it("a benchmark script answers an unknown option with the error and the usage, exit 2", { timeout: 60_000 }, () => {
    const { code, stdout, stderr } = run(["cli/bench-import.ts", "--dri", "x"], { BENCH_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--dri'[\s\S]*npm run bench:import --/);
    expect(stdout).toBe("");
  });
});
