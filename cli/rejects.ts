// The rejects CSV of an import: one line per rejected row (file, line, field, reason), written as
// the rows are met so that an interrupted import still leaves what it found.
import fs from "node:fs";
import path from "node:path";

export interface RejectRow {
  file: string;
  /** The line the row starts on; for a JSON file the record's place ("projects[3] (p-4)"). */
  line: number | string;
  field: string;
  reason: string;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rejectsLine(row: RejectRow): string {
  return [row.file, row.line, row.field, row.reason].map(csvCell).join(",");
}

/** `import-rejects-2024-06-01T12-30-05.csv`: colons are not welcome in file names everywhere. */
export function defaultRejectsPath(now = new Date(), dir = process.cwd()): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(":", "-");
  return path.join(dir, `import-rejects-${stamp}.csv`);
}

export interface RejectsWriter {
  readonly path: string;
  readonly count: number;
  /** True when the file was written (always for a path the user named, else only with a reject). */
  readonly written: boolean;
  add(row: RejectRow): void;
  close(): void;
}

/**
 * Writes rejects to `file`. A path the user named is always (re)written, header included, so a
 * clean run does not leave the rejects of an older one there; the default file only appears
 * when there is something to put in it.
 */
export function createRejectsWriter(file: string, options: { always: boolean }): RejectsWriter {
  let fd: number | null = null;
  let written = false;
  let count = 0;
  const open = () => {
    if (fd === null) {
      fd = fs.openSync(file, "w");
      written = true;
      fs.writeSync(fd, "file,line,field,reason\n");
    }
    return fd;
  };
  if (options.always) open();
  return {
    path: path.resolve(file),
    get count() {
      return count;
    },
    get written() {
      return written;
    },
    add(row) {
      fs.writeSync(open(), `${rejectsLine(row)}\n`);
      count += 1;
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}
