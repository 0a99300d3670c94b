// The scratch knowledge base of `eval`: a database (or PGlite directory) beside the source one,
// filled by the import CLI with the held-out projects excluded.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { DatabaseHandle, DatabaseTarget } from "@/db/index";

export interface Scratch {
  target: DatabaseTarget;
  describe: string;
  fresh: boolean;
  drop(): Promise<void>;
}

/**
 * The scratch base `<source database>_<suffix>` on the source's PostgreSQL server (or `url`), created
 * when missing; with a PGlite source, the directory `consortia_<suffix>` under the temp dir.
 */
export async function prepareScratch(source: DatabaseHandle, suffix: string, url: string | undefined): Promise<Scratch> {
  const sourceName = source.target.kind === "postgres" ? new URL(source.target.url).pathname.slice(1) : "consortia";
  const name = `${sourceName}_${suffix}`;
  if (url || source.target.kind === "postgres") {
    const target = url ?? Object.assign(new URL((source.target as { url: string }).url), { pathname: `/${name}` }).toString();
    const dbName = new URL(target).pathname.slice(1);
    const admin = postgres(Object.assign(new URL(target), { pathname: "/postgres" }).toString(), { max: 1, onnotice: () => {} });
    const exists = (await admin`select 1 from pg_database where datname = ${dbName}`).length > 0;
    if (!exists) await admin.unsafe(`create database "${dbName.replace(/"/g, "")}"`);
    await admin.end();
    return {
      target: { kind: "postgres", url: target },
      describe: target,
      fresh: !exists,
      drop: async () => {
        const a = postgres(Object.assign(new URL(target), { pathname: "/postgres" }).toString(), { max: 1, onnotice: () => {} });
        await a.unsafe(`drop database if exists "${dbName.replace(/"/g, "")}" with (force)`);
        await a.end();
      },
    };
  }
  const dir = path.join(os.tmpdir(), name);
  const fresh = !fs.existsSync(dir);
  return { target: { kind: "pglite", dataDir: dir }, describe: dir, fresh, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function importInto(target: DatabaseTarget, dataDir: string, exclusionFile: string): void {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if (target.kind === "postgres") env.DATABASE_URL = target.url;
  else env.PGLITE_DIR = target.dataDir;
  const rejects = path.join(os.tmpdir(), `consortia-eval-rejects-${process.pid}.csv`);
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["cli/index.ts", "import", "cordis", "--dir", dataDir, "--exclude-projects", exclusionFile, "--rejects", rejects], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  fs.rmSync(rejects, { force: true });
  // 3: some source rows rejected (the data has a few); anything else is a failed import.
  if (run.status !== 0 && run.status !== 3) throw new Error(`The scratch import failed (exit ${run.status ?? run.signal}).`);
}

/**
 * Fills the scratch knowledge base with the import CLI, `excluded` (HE projectIDs or H2020 rcns)
 * left out; with `reuse`, a scratch base that already holds data is used as it is.
 */
export function fillScratch(scratch: Scratch, excluded: readonly string[], dataDir: string, reuse: boolean | undefined): void {
  if (!scratch.fresh && reuse) {
    console.error(`Reusing ${scratch.describe}`);
    return;
  }
  const exclusion = path.join(os.tmpdir(), `consortia-eval-${process.pid}.txt`);
  fs.writeFileSync(exclusion, excluded.join("\n") + "\n");
  console.error(`Importing the knowledge base without them into ${scratch.describe} …`);
  try {
    importInto(scratch.target, dataDir, exclusion);
  } finally {
    fs.rmSync(exclusion, { force: true });
  }
}
