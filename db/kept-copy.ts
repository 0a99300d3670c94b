// A copy of what a database holds, read once and kept in memory for a few minutes per database
// handle (reference data that changes only with an import: the theme vocabulary, the names facets
// show). Nothing depends on it being current: a second server reads its own, and a stale copy is
// at most `ttlMs` old (or forgotten by the import that changed it, in this process).
import type { Db } from "./index";

export interface KeptCopy<T> {
  get(db: Db): Promise<T>;
  forget(db: Db): void;
}

export function keptCopy<T>(read: (db: Db) => Promise<T>, ttlMs = 5 * 60_000): KeptCopy<T> {
  const kept = new WeakMap<Db, { at: number; value: Promise<T> }>();
  return {
    get(db) {
      const hit = kept.get(db);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      const value = read(db);
      kept.set(db, { at: Date.now(), value });
      // A failed read is not kept: the next call reads again.
      value.catch(() => kept.delete(db));
      return value;
    },
    forget(db) {
      kept.delete(db);
    },
  };
}
