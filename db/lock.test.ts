import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseLockedError, lockDataDir } from "./lock";

const dirs: string[] = [];
function tempDataDir() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-lock-"));
  dirs.push(base);
  return path.join(base, "pglite");
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("lockDataDir", () => {
  it("refuses a directory another live process holds, naming it", async () => {
    const dir = tempDataDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, String(child.pid));
      expect(() => lockDataDir(dir)).toThrow(DatabaseLockedError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by another process \\(pid ${child.pid}\\)`));
    } finally {
      child.kill();
    }
  });

  it("takes over the lock of a process that died, and releases it", () => {
    const dir = tempDataDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(`${dir}.lock`, "999999999");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
