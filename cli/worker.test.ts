// `npm run worker -- --once` as a process, as a deployment on PostgreSQL runs it: it must start
// under the react-server condition its script sets (a module that imports next-intl's React
// entry made it crash on start, unnoticed), run every job once and exit 0. Its jobs' behaviour
// is tested in db/jobs/. On PGlite by default; on a fresh PostgreSQL database when
// TEST_DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { freshPgliteDir } from "@/db/testing";

const root = process.cwd();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-worker-"));
const serverUrl = process.env.TEST_DATABASE_URL;
let database: string | null = null;

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (serverUrl && database) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
});

async function target(): Promise<Record<string, string>> {
  if (!serverUrl) return { PGLITE_DIR: freshPgliteDir(tmp), DATABASE_URL: "" };
  database = `consortia_worker_${randomBytes(5).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return { DATABASE_URL: url.toString() };
}

describe("npm run worker (as a process)", { timeout: 120_000 }, () => {
  it("starts, runs its jobs once and exits 0", async () => {
    const script = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts.worker as string;
    // The package script's own command (tsx and its conditions), with --once.
    const [command, ...args] = script.split(" ");
    expect(command).toBe("tsx");
    const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [...args, "--once"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TEST_DATABASE_URL: "", AUTH_SECRET: "worker-test-secret-worker-test-secret", ...(await target()) },
      timeout: 110_000,
    });
    expect(result.stderr).not.toMatch(/SyntaxError|Error:/);
    expect(result.status, result.stderr).toBe(0);
  });
});
