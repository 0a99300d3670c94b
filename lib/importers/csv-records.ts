// A streaming RFC 4180 record splitter, the importers' one CSV reader (csv.ts and readCsvBatches
// build on it): text chunks in, records (cells and the line each record starts on) out. Written
// for speed on the full CORDIS files — the generic parser spent more time splitting cells than
// the loader spent on everything else — and kept to what the files use: comma, double quotes
// ("" inside quotes), \n or \r\n, UTF-8 decoded upstream.

export interface SplitRecord {
  /** The file line the record starts on (1 = the first line). */
  line: number;
  cells: string[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class CsvRecordSplitter {
  private buffer = "";
  /** Line number of the start of `buffer`. */
  private line = 1;
  private started = false;

  /**
   * Adds a chunk and returns the records it completes. With `final`, the rest of the buffer is
   * the last record; an unclosed quote then is an error.
   */
  push(chunk: string, final = false): SplitRecord[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const text = this.buffer + chunk;
    const out: SplitRecord[] = [];
    const n = text.length;
    let pos = 0;
    let line = this.line;
    for (;;) {
      // Blank lines between records are skipped (they still count as lines).
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === LF) {
          line += 1;
          pos += 1;
        } else if (c === CR && text.charCodeAt(pos + 1) === LF) {
          line += 1;
          pos += 2;
        } else break;
      }
      if (pos >= n) break;
      const recordStart = pos;
      const recordLine = line;
      const cells: string[] = [];
      let complete = false;
      let p = pos;
      let l = line;
      for (;;) {
        if (text.charCodeAt(p) === QUOTE) {
          let j = p + 1;
          let value = "";
          let closed = false;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q < 0) break;
            value += text.slice(j, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
              continue;
            }
            if (q + 1 >= n && !final) break; // a quote at the very end: "" may follow in the next chunk
            j = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (final) throw new Error(`line ${recordLine}: a quoted cell is not closed`);
            break;
          }
          for (let k = value.indexOf("\n"); k >= 0; k = value.indexOf("\n", k + 1)) l += 1;
          cells.push(value);
          p = j;
        } else {
          let j = p;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
            j += 1;
          }
          cells.push(text.slice(p, j));
          p = j;
        }
        if (p >= n) {
          if (final) complete = true;
          break;
        }
        const c = text.charCodeAt(p);
        if (c === COMMA) {
          p += 1;
          continue;
        }
        if (c === LF || c === CR) {
          if (c === CR) {
            if (p + 1 >= n && !final) break; // \r at the end of the chunk: wait for its \n
            p += text.charCodeAt(p + 1) === LF ? 2 : 1;
          } else p += 1;
          l += 1;
          complete = true;
          break;
        }
        throw new Error(`line ${l}: unexpected character after a quoted cell`);
      }
      if (!complete) {
        pos = recordStart;
        line = recordLine;
        break;
      }
      out.push({ line: recordLine, cells });
      pos = p;
      line = l;
    }
    this.buffer = text.slice(pos);
    this.line = line;
    return out;
  }
}
