// Writes every match (score, signals, reasons, evidence) of a fixed set of queries on a full knowledge
// base to a JSON file, or compares with such a file: what a change of findMatches that should not
// change its answers is checked with. The queries come from real Horizon Europe projects (seed 7):
// untyped and typed as in bench:match, and with their description as text, with their partners'
// countries as target regions, text only, themes only under a type filter.
//
//   npx tsx scripts/match-snapshot.ts (--pg-url URL | --pglite-dir DIR) (--out FILE | --compare FILE) [--queries 40]
//
// Compare on the same engine: PostgreSQL and PGlite differ in the last digits of ts_rank.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseTarget } from "@/db";
import { evaluationCandidates } from "@/db/matching/evaluation";
import { findMatches } from "@/db/matching/find-matches";
import { resolveMatchQuery } from "@/db/matching/resolve-query";
import { rowsOf } from "@/db/rows";
import { seededSample } from "@/lib/matching/evaluation";
import type { MatchQuery } from "@/lib/matching/types";

const { values: args } = parseArgs({
  options: {
    "pg-url": { type: "string" },
    "pglite-dir": { type: "string" },
    out: { type: "string" },
    compare: { type: "string" },
    queries: { type: "string", default: "40" },
  },
});
const target: DatabaseTarget = args["pg-url"] ? { kind: "postgres", url: args["pg-url"] } : { kind: "pglite", dataDir: args["pglite-dir"]! };
const handle = openDatabase(target);
const db = handle.db;
const projects = seededSample(await evaluationCandidates(db), (p) => p.externalId, 7, Number(args.queries));
const queries: { name: string; q: MatchQuery }[] = [];
for (const [i, p] of projects.entries()) {
  const { query } = await resolveMatchQuery(db, {
    id: p.externalId, programmePart: p.programmePart ?? undefined, topic: p.topic ?? undefined, themes: p.themes, requester: p.coordinatorPic, k: 20,
  });
  queries.push({ name: `${p.externalId} untyped`, q: query });
  const partner = p.partners.find((x) => x.countryCode);
  if (partner) queries.push({ name: `${p.externalId} typed`, q: { ...query, partnerTypes: [partner.type], countries: [partner.countryCode!] } });
  const title = rowsOf<{ title: string | null; objective: string | null }>(
    await db.execute(sql`select title, description as objective from projects where external_id = ${p.externalId} and source_id = 'cordis-he'`),
  )[0];
  const regions = [...new Set(p.partners.map((x) => x.countryCode).filter((c): c is string => c != null))].slice(0, 3);
  if (i % 3 === 0) queries.push({ name: `${p.externalId} text`, q: { ...query, text: `${title?.title ?? ""} ${(title?.objective ?? "").slice(0, 400)}`, k: 30 } });
  if (i % 3 === 1) queries.push({ name: `${p.externalId} regions`, q: { ...query, regions, k: 30 } });
  if (i % 3 === 2) queries.push({ name: `${p.externalId} text only`, q: { text: title?.title ?? "", themeIds: query.themeIds, regions: regions.slice(0, 1) } });
  if (i % 5 === 0) queries.push({ name: `${p.externalId} themes only`, q: { themeIds: query.themeIds, partnerTypes: [p.partners[0]!.type] } });
}
const results: Record<string, unknown> = {};
const started = performance.now();
for (const { name, q } of queries) results[name] = await findMatches(db, q);
console.error(`${queries.length} queries in ${(performance.now() - started).toFixed(0)} ms`);
await handle.close();
if (args.out) fs.writeFileSync(args.out, JSON.stringify(results, null, 1));
if (args.compare) {
  const expected = JSON.parse(fs.readFileSync(args.compare, "utf8")) as Record<string, unknown>;
  let differ = 0;
  for (const name of Object.keys(expected)) {
    const a = JSON.stringify(expected[name]);
    const b = JSON.stringify(results[name]);
    if (a !== b) {
      differ++;
      const e = expected[name] as { organisationId: number; score: number; reasons: string[] }[];
      const r = (results[name] ?? []) as typeof e;
      console.log(`DIFF ${name}: ids ${JSON.stringify(e.map((m) => m.organisationId)) === JSON.stringify(r.map((m) => m.organisationId)) ? "same" : "differ"}`);
      for (let j = 0; j < Math.max(e.length, r.length); j++) {
        if (JSON.stringify(e[j]) !== JSON.stringify(r[j])) {
          console.log(`  #${j} expected ${JSON.stringify(e[j])?.slice(0, 600)}\n      got      ${JSON.stringify(r[j])?.slice(0, 600)}`);
          break;
        }
      }
    }
  }
  console.log(`${Object.keys(expected).length} queries, ${differ} differ`);
}
