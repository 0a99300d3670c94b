// PGlite keeps no lock of its own: two processes opening one data directory corrupt it.
// This lock file (holding the owner's pid) makes a second process refuse with a clear message.
import fs from "node:fs";
import path from "node:path";

export class DatabaseLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock on a PGlite directory, or throws DatabaseLockedError naming the holder. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseLockedError(
          `The embedded database ${dataDir} is in use by another process (pid ${holder}). ` +
            `Stop it first (only one process may open a PGlite directory), or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      if (holder === process.pid) return () => {};
      fs.unlinkSync(lockPath); // stale lock of a process that died
    }
  }
  throw new DatabaseLockedError(`Could not take the lock on ${dataDir}`);
}
