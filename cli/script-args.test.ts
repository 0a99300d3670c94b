// The benchmark scripts' options, run as a user runs them: --help prints the usage, an unknown
// option the error and the usage, without touching any database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function run(args: string[]) {
  const result = spawnSync(tsx, args, { encoding: "utf8", env: { ...process.env, BENCH_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scriptArgs", () => {
  it("prints the usage for --help and exits 0", { timeout: 60_000 }, () => {
    const { code, stdout } = run(["cli/bench-import.ts", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^npm run bench:import -- \[--dir \.\.\/shared\/data\] \[--pglite\]/);
  });

  it("answers an unknown option with the error and the usage, exit 2", { timeout: 60_000 }, () => {
    const { code, stdout, stderr } = run(["cli/bench-import.ts", "--dri", "x"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--dri'[\s\S]*npm run bench:import --/);
    expect(stdout).toBe("");
  });
});
