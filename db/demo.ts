// The demo knowledge base shipped in data/: reference lists, the KEEP theme vocabulary, the five
// seed projects (KEEP-style pages), a small real CORDIS sample and the names of its EuroSciVoc
// fields of science in five languages. Loaded into an empty database.
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./index";
import { loadCordisDirectory } from "./load/cordis";
import { loadEuroSciVocLabels } from "./load/euroscivoc-labels";
import { loadKeepProjects, loadKeepThemes } from "./load/keep";
import { loadReferenceData } from "./load/reference";
import { refreshProjectSearch } from "./search/refresh";

export const demoDir = path.join(process.cwd(), "data", "demo");

export interface DemoLoadReport {
  countries: number;
  regions: number;
  keepProjects: number;
  cordisFiles: { file: string; rows: number; imported: number; merged: number; rejected: number }[];
}

export async function loadDemoData(db: Db): Promise<DemoLoadReport> {
  const reference = await loadReferenceData(db);
  await loadKeepThemes(db);
  const keep = await loadKeepProjects(db, path.join(demoDir, "keep-projects.json"));
  const cordisFiles = await loadCordisDirectory(db, path.join(demoDir, "cordis"));
  await loadEuroSciVocLabels(db);
  await refreshProjectSearch(db);
  // Fresh statistics for the planner: PGlite never runs autovacuum, and without them the list
  // and detail queries pick sequential scans.
  await db.execute(sql`analyze`);
  return { ...reference, keepProjects: keep.projects, cordisFiles };
}
