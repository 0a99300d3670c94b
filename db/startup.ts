// What the server does at start: prepare the database, or exit with one clear line.
import { EnvError } from "@/lib/env";
import { DatabaseLockedError } from "./lock";
import { DatabaseUnavailableError, ensureDatabaseReady } from "./setup";

export async function startDatabase(): Promise<void> {
  try {
    const report = await ensureDatabaseReady();
    const demo = report.demo ? `, demo data loaded (${report.demo.keepProjects} KEEP projects + CORDIS sample)` : "";
    console.log(`Consortia: ${report.target} ready in ${report.ms} ms${demo}`);
  } catch (error) {
    const known = error instanceof EnvError || error instanceof DatabaseUnavailableError || error instanceof DatabaseLockedError;
    console.error(`Consortia cannot start: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
    process.exit(1);
  }
}
