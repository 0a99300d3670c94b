// The test files vitest runs (vitest.config.ts) and the PostgreSQL pass picks from
// (scripts/test-postgres.mjs): every *.test.ts under these directories.
import fs from "node:fs";
import path from "node:path";

export const testDirs = ["lib", "db", "cli", "components"];

/** The test files under `root`, as paths relative to it ("db/queries/members.test.ts"). */
export function listTestFiles(root) {
  return testDirs.flatMap((dir) => {
    const full = path.join(root, dir);
    if (!fs.existsSync(full)) return [];
    return fs
      .readdirSync(full, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => path.join(dir, name));
  });
}
