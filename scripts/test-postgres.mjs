// Runs the database tests (db/, cli/, and lib/ where actions and the outbox are tested) again on
// PostgreSQL when TEST_DATABASE_URL names a server
// (each test file gets a fresh database created there and dropped afterwards).
import { spawnSync } from "node:child_process";

if (!process.env.TEST_DATABASE_URL) {
  console.log("test:postgres: TEST_DATABASE_URL is not set, so the database tests ran on PGlite only.");
  console.log("  Set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them on PostgreSQL too.");
  process.exit(0);
}
const result = spawnSync("npx", ["vitest", "run", "db", "cli", "lib"], { stdio: "inherit" });
process.exit(result.status ?? 1);
