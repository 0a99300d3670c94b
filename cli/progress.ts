// Progress of an import on stderr: on a terminal, a bar per file redrawn in place with rows/s;
// elsewhere (CI, a pipe), one plain line per file once it is done.
import type { CordisFileProgress, CordisFileReport } from "@/db/load/cordis";

export interface ImportProgress {
  update(file: string, progress: CordisFileProgress): void;
  fileDone(report: CordisFileReport): void;
  note(message: string): void;
}

const number = new Intl.NumberFormat("en-GB");
export const formatNumber = (n: number) => number.format(Math.round(n));

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, tty = Boolean(stream.isTTY)): ImportProgress {
  let mark = performance.now();
  let lastDraw = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write("\r\x1b[K");
    drawn = false;
  };
  return {
    update(file, p) {
      if (!tty) return;
      const now = performance.now();
      if (now - lastDraw < 100 && p.phase === "reading") return;
      lastDraw = now;
      const width = 24;
      const share = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
      const filled = Math.round(share * width);
      const rate = p.rows / Math.max(0.001, (now - mark) / 1000);
      const tail = p.phase === "writing" ? "writing…" : `${formatNumber(rate)} rows/s`;
      clear();
      stream.write(
        `${file.padEnd(42)} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${formatNumber(p.rows).padStart(8)} rows  ${tail}`,
      );
      drawn = true;
    },
    fileDone(r) {
      const ms = performance.now() - mark;
      const rate = formatNumber(r.rows / Math.max(0.001, ms / 1000));
      clear();
      const counts = `${formatNumber(r.imported)} imported, ${formatNumber(r.merged)} merged, ${formatNumber(r.rejected)} rejected, ${formatNumber(r.excluded)} excluded`;
      stream.write(`${tty ? "✓ " : ""}${r.file}: ${formatNumber(r.rows)} rows in ${seconds(ms)} (${rate} rows/s): ${counts}\n`);
      mark = performance.now();
    },
    note(message) {
      clear();
      stream.write(`${message}\n`);
      mark = performance.now();
    },
  };
}
