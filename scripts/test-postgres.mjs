// Runs the database tests again on PostgreSQL when TEST_DATABASE_URL names a server (each test
// file gets a fresh database created there and dropped afterwards). A database test is a test file
// that reaches the database code (db/index.ts, which opens either engine, or db/testing.ts), or
// names TEST_DATABASE_URL, through its own imports or those of the repository's modules it
// imports; the others (pure logic) gave the same answers on PGlite and are not run twice, nor are
// those marked "// pglite-only:" (they run the CLI on an embedded database whatever the run's engine).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { listTestFiles } from "./test-files.mjs";

if (!process.env.TEST_DATABASE_URL) {
  console.log("test:postgres: TEST_DATABASE_URL is not set, so the database tests ran on PGlite only.");
  console.log("  Set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them on PostgreSQL too.");
  process.exit(0);
}

const root = process.cwd();
const databaseModules = new Set(["db/index.ts", "db/testing.ts"].map((f) => path.join(root, f)));
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

/** The repository file an import names ("@/db", "./x", "../y/z"), or null for a package. */
function resolveImport(specifier, from) {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const reaches = new Map();
/** Whether a file reaches the database code through the repository's imports. */
function reachesDatabase(file) {
  if (reaches.has(file)) return reaches.get(file);
  reaches.set(file, false); // an import cycle adds nothing
  const text = fs.readFileSync(file, "utf8");
  let found = databaseModules.has(file) || text.includes("TEST_DATABASE_URL");
  for (const [, specifier] of found ? [] : text.matchAll(importPattern)) {
    const target = resolveImport(specifier, file);
    if (target && reachesDatabase(target)) {
      found = true;
      break;
    }
  }
  reaches.set(file, found);
  return found;
}

const all = listTestFiles(root).map((file) => path.join(root, file));
const pgliteOnly = (file) => /^\/\/ pglite-only:/m.test(fs.readFileSync(file, "utf8"));
const files = all.filter((f) => reachesDatabase(f) && !pgliteOnly(f)).map((f) => path.relative(root, f)).sort();
console.log(`test:postgres: ${files.length} of ${all.length} test files reach the database; running them on PostgreSQL.`);
const result = spawnSync("npx", ["vitest", "run", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
