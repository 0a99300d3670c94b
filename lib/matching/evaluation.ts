// The measures of `npm run cli -- eval` (leave-projects-out): recall@k of a held-out project's
// real partners, reciprocal rank and hit@k, averaged over queries; and a seeded choice that is
// the same on every run with the same seed.

/** Share of the relevant ids found in the first k of the ranking (0 when nothing is relevant). */
export function recallAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  for (const id of ranking.slice(0, k)) if (relevant.has(id)) found++;
  return found / relevant.size;
}

/** 1 / rank of the first relevant id, 0 when none is ranked. */
export function reciprocalRank(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  const i = ranking.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

export function hitAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranking.slice(0, k).some((id) => relevant.has(id)) ? 1 : 0;
}

/** A relevant id the scratch knowledge base does not know (its only projects were held out). */
export const MISSING = "missing:";

/**
 * How a real partner counts in the measures: its organisation id in the scratch knowledge base, or
 * MISSING + its PIC when the base does not know it (it stays in the denominator, as a miss).
 */
export function relevantIdIn(ids: ReadonlyMap<string, number>): (pic: string) => string {
  return (pic) => (ids.has(pic) ? String(ids.get(pic)) : `${MISSING}${pic}`);
}

/**
 * The share of queries with at least one relevant id the knowledge base knows: the highest MRR or
 * hit@k any ranking of its organisations can reach on them.
 */
export function reachableShare(relevantSets: readonly ReadonlySet<string>[]): number {
  return mean(relevantSets.map((set) => ([...set].some((id) => !id.startsWith(MISSING)) ? 1 : 0)));
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** A 32-bit FNV-1a hash: seeded, stable choices without a random generator. */
export function seededHash(seed: number | string, key: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${key}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The `size` items with the smallest seeded hash of their key: a seeded sample, independent of input order. */
export function seededSample<T>(items: readonly T[], key: (item: T) => string, seed: number, size: number): T[] {
  return [...items]
    .map((item) => ({ item, h: seededHash(seed, key(item)) }))
    .sort((a, b) => a.h - b.h || (key(a.item) < key(b.item) ? -1 : 1))
    .slice(0, size)
    .map((x) => x.item);
}

export interface MethodScores {
  recall10: number;
  recall20: number;
  mrr: number;
  typedMrr: number;
  typedHit10: number;
  /** recall@20 of the projects with a title, asked for with the title as the text too (an interest has words). */
  textRecall20: number;
  /** recall@20 of the real partners that had never worked with the coordinator, asked for new partners only. */
  newPartnerRecall20: number;
}

/** The table `eval` prints: one row per method. */
export function formatEvalTable(rows: { method: string; scores: MethodScores }[]): string {
  return formatTable(
    ["method", "recall@10", "recall@20", "MRR", "typed MRR", "typed hit@10", "text recall@20", "new-partner recall@20"],
    rows.map((r) => [r.method, r.scores.recall10, r.scores.recall20, r.scores.mrr, r.scores.typedMrr, r.scores.typedHit10, r.scores.textRecall20, r.scores.newPartnerRecall20]),
  );
}

/** A plain-text table: the first column a name, left-aligned; the others numbers to three decimals. */
export function formatTable(header: readonly string[], rows: readonly (readonly [string, ...number[]])[]): string {
  const body = rows.map(([name, ...values]) => [name, ...values.map((v) => v.toFixed(3))]);
  const all = [[...header], ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line([...header]), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
