// `eval`: leave-projects-out evaluation of matching on the real data. A seeded sample of Horizon
// Europe projects with at least four partners is left out of a scratch knowledge base (the import
// CLI with --exclude-projects); for each, the query its coordinator would have asked (programme
// part, topic, themes, the coordinator as requester) and a typed variant (one real partner's type
// and country) are answered by Consortia and two baselines — popularity and themes only — and the
// real partners' ranks give recall@10/@20, MRR and hit@10. A project with a title is also asked for
// with its title as the text (an interest has words: "text recall@20"; the baselines ignore text),
// and for new partners only ("new-partner recall@20": the real partners that had never worked with
// the coordinator, every method leaving out its past partners).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, type DatabaseHandle } from "@/db/index";
import { findMatches } from "@/db/matching/find-matches";
import { evaluationCandidates, networkOf, organisationIdsByPic, popularOrganisations, type HeldOutProject } from "@/db/matching/evaluation";
import { resolveMatchQuery } from "@/db/matching/resolve-query";
import { migrateDatabase } from "@/db/migrate";
import { formatEvalTable, hitAt, mean, reachableShare, recallAt, reciprocalRank, relevantIdIn, seededHash, seededSample, type MethodScores } from "@/lib/matching/evaluation";
import { cordisTypeMembers } from "@/lib/matching/query-input";
import { signalWeights, type SignalName } from "@/lib/matching/score";
import type { MatchQuery } from "@/lib/matching/types";
import { runDescriptionEval } from "./eval-descriptions";
import { fillScratch, prepareScratch } from "./eval-scratch";

export const evalUsage = `Usage: npm run cli -- eval [--seed N] [--size N] [--out FILE] [--dir DIR]
                         [--database-url URL] [--reuse] [--keep] [--min-partners N] [--dump FILE] [--descriptions]

  Reads the sample and the real partners from the knowledge base DATABASE_URL names (else PGlite),
  which must hold the full CORDIS import, and builds the scratch knowledge base without them:
  --database-url URL  the scratch database (created if missing; default: <database>_eval_<seed>_<size>
                      on the same PostgreSQL server, or a PGlite directory under the system temp dir)
  --reuse             use the scratch database as it is when it already holds data (same seed and size;
                      migrated to the code's schema first)
  --keep              keep the scratch database afterwards (default: dropped)
  --seed N (1)  --size N (100)  --min-partners N (4)  --dir DIR (../shared/data)
  --out FILE          the table as JSON (default eval-<seed>-<size>.json)
  --dump FILE         also write, per query (JSON Lines), every candidate Consortia scored with its
                      facts and the real partners: for tuning the formula offline
  --descriptions      evaluate long texts instead: the projects with an objective (the Horizon 2020
                      sample, 26) are left out and asked for with their title and objective as the
                      text, alone and with their coordinator as requester (recall@10/@20, MRR; the
                      scratch database is <database>_eval_desc_<seed>_<size>; --out default
                      eval-descriptions-<seed>-<size>.json)`;

const methods = ["consortia", "popularity", "themes-only"] as const;
type Method = (typeof methods)[number];

const themesOnly: Record<SignalName, number> = { themes: 1, text: 0, programme: 0, topic: 0, region: 0, role: 0, activity: 0, network: 0 };

/** The typed variant's partner types: its CORDIS activity type's members, else its own type. */
function wantedTypes(type: string): string[] {
  for (const [code, members] of Object.entries(cordisTypeMembers)) if ((members as string[]).includes(type)) return [code];
  return [type];
}

interface QueryOutcome {
  untyped: Record<Method, number[]>;
  typed: Record<Method, number[]> | null;
  /** With the project's title as the text too, when it has one (the baselines ignore text: their untyped answers). */
  titled: Record<Method, number[]> | null;
  /** Asked for new partners only (the untyped query with the box ticked), when the coordinator is known and had real partners new to it. */
  newPartners: Record<Method, number[]> | null;
  relevant: Set<string>;
  typedRelevant: Set<string>;
  /** The real partners that had never worked with the coordinator (those the scratch base does not know included, as misses). */
  newRelevant: Set<string>;
  partners: number;
  reachable: number;
}

export async function runEval(source: DatabaseHandle, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: "string", default: "1" }, size: { type: "string", default: "100" }, out: { type: "string" },
      dir: { type: "string", default: path.join("..", "shared", "data") }, "database-url": { type: "string" },
      reuse: { type: "boolean" }, keep: { type: "boolean" }, "min-partners": { type: "string", default: "4" },
      dump: { type: "string" }, descriptions: { type: "boolean" },
    },
  });
  const seed = Number(values.seed);
  const size = Number(values.size);
  const minPartners = Number(values["min-partners"]);
  if (!Number.isInteger(seed) || !Number.isInteger(size) || size < 1 || !Number.isInteger(minPartners)) {
    console.error(evalUsage);
    return 2;
  }
  if (values.descriptions) {
    return runDescriptionEval(source, {
      seed, size, minPartners, dir: values.dir!, databaseUrl: values["database-url"], reuse: values.reuse, keep: values.keep, out: values.out,
    });
  }
  const started = performance.now();
  const pool = await evaluationCandidates(source.db, minPartners);
  if (pool.length === 0) throw new Error("No Horizon Europe project with enough partners: import the CORDIS data first (npm run cli -- import cordis).");
  const sample = seededSample(pool, (p) => p.externalId, seed, size);
  console.error(`Sample: ${sample.length} of ${pool.length} Horizon Europe projects with ≥ ${minPartners} partners (seed ${seed})`);

  const scratch = await prepareScratch(source, `eval_${seed}_${size}`, values["database-url"]);
  fillScratch(scratch, sample.map((p) => p.externalId), values.dir!, values.reuse);

  const handle = openDatabase(scratch.target);
  // A reused scratch database may predate the code's migrations.
  await migrateDatabase(handle);
  const outcomes: QueryOutcome[] = [];
  const timings: number[] = [];
  try {
    const dump = values.dump ? fs.openSync(values.dump, "w") : null;
    try {
      for (const project of sample) outcomes.push(await evaluateProject(handle, project, seed, timings, dump));
    } finally {
      if (dump != null) fs.closeSync(dump);
    }
  } finally {
    await handle.close();
    if (!values.keep) await scratch.drop();
  }

  const scores = Object.fromEntries(methods.map((m) => [m, scoresOf(outcomes, m)])) as Record<Method, MethodScores>;
  const table = formatEvalTable(methods.map((m) => ({ method: m, scores: scores[m] })));
  const typedCount = outcomes.filter((o) => o.typed).length;
  const titledCount = outcomes.filter((o) => o.titled).length;
  const partners = outcomes.reduce((a, o) => a + o.partners, 0);
  const reachable = outcomes.reduce((a, o) => a + o.reachable, 0);
  const newCount = outcomes.filter((o) => o.newPartners).length;
  const newPartnerCount = outcomes.reduce((a, o) => a + (o.newPartners ? o.newRelevant.size : 0), 0);
  const typedCeiling = reachableShare(outcomes.filter((o) => o.typed).map((o) => o.typedRelevant));
  const report = {
    seed, size: sample.length, minPartners, queries: outcomes.length, typedQueries: typedCount, titledQueries: titledCount,
    newPartnerQueries: newCount, newPartners: newPartnerCount,
    partners, reachablePartners: reachable, typedCeiling, weights: signalWeights,
    scores, goals: {
      recall20VsPopularity: scores.popularity.recall20 > 0 ? scores.consortia.recall20 / scores.popularity.recall20 : null,
      typedMrr: scores.consortia.typedMrr, typedHit10: scores.consortia.typedHit10,
    },
    consortiaQueryMs: { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) },
    elapsedMs: Math.round(performance.now() - started),
  };
  console.log(table);
  console.log(
    `\n${outcomes.length} queries (${typedCount} typed, ${titledCount} with their title as the text too); ${reachable} of ${partners} real partners are in the scratch knowledge base ` +
      `(the others had no other project); ${Math.round(typedCeiling * typedCount)} of the ${typedCount} typed queries have a real partner of the wanted kind there ` +
      `(typed MRR and hit@10 cannot exceed ${typedCeiling.toFixed(2)}); ` +
      `${newCount} queries asked for new partners only, for the ${newPartnerCount} real partners that had never worked with the coordinator. recall@20 consortia / popularity = ${report.goals.recall20VsPopularity?.toFixed(2) ?? "n/a"}; ` +
      `Consortia query p50 ${report.consortiaQueryMs.p50.toFixed(0)} ms, p95 ${report.consortiaQueryMs.p95.toFixed(0)} ms.`,
  );
  const out = values.out ?? `eval-${seed}-${size}.json`;
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`Written to ${out}`);
  return 0;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function scoresOf(outcomes: QueryOutcome[], m: Method): MethodScores {
  const rank = (ids: number[]) => ids.map(String);
  const typed = outcomes.filter((o) => o.typed);
  return {
    recall10: mean(outcomes.map((o) => recallAt(rank(o.untyped[m]), o.relevant, 10))),
    recall20: mean(outcomes.map((o) => recallAt(rank(o.untyped[m]), o.relevant, 20))),
    mrr: mean(outcomes.map((o) => reciprocalRank(rank(o.untyped[m]), o.relevant))),
    typedMrr: mean(typed.map((o) => reciprocalRank(rank(o.typed![m]), o.typedRelevant))),
    typedHit10: mean(typed.map((o) => hitAt(rank(o.typed![m]), o.typedRelevant, 10))),
    textRecall20: mean(outcomes.filter((o) => o.titled).map((o) => recallAt(rank(o.titled![m]), o.relevant, 20))),
    newPartnerRecall20: mean(outcomes.filter((o) => o.newPartners).map((o) => recallAt(rank(o.newPartners![m]), o.newRelevant, 20))),
  };
}

async function evaluateProject(db: DatabaseHandle, project: HeldOutProject, seed: number, timings: number[], dump: number | null): Promise<QueryOutcome> {
  const ids = await organisationIdsByPic(db.db, project.partners.map((p) => p.pic));
  // Partners the scratch base does not know stay in the denominator: they count as misses.
  const relevantId = relevantIdIn(ids);
  const relevant = new Set(project.partners.map((p) => relevantId(p.pic)));
  const base = await resolveMatchQuery(db.db, {
    id: project.externalId,
    programmePart: project.programmePart ?? undefined,
    topic: project.topic ?? undefined,
    themes: project.themes,
    requester: project.coordinatorPic,
    k: 20,
  });
  // Codes only the held-out project had are unknown to the scratch base: the query goes on without them.
  const untyped = await answer(db, base.query, timings, dump == null ? null : { fd: dump, project: project.externalId, variant: "untyped", relevant });

  const withCountry = project.partners.filter((p) => p.countryCode);
  let typed: QueryOutcome["typed"] = null;
  let typedRelevant = new Set<string>();
  if (withCountry.length > 0) {
    const chosen = withCountry[seededHash(seed, project.externalId) % withCountry.length]!;
    const codes = wantedTypes(chosen.type);
    const members = new Set(codes.flatMap((c) => cordisTypeMembers[c] ?? [c]));
    typedRelevant = new Set(
      project.partners
        .filter((p) => members.has(p.type) && p.countryCode === chosen.countryCode)
        .map((p) => relevantId(p.pic)),
    );
    const typedQuery: MatchQuery = { ...base.query, partnerTypes: [...members] as MatchQuery["partnerTypes"], countries: [chosen.countryCode!] };
    typed = await answer(db, typedQuery, timings, dump == null ? null : { fd: dump, project: project.externalId, variant: "typed", relevant: typedRelevant });
  }
  // New partners only: the real partners the coordinator had never worked with, and every method
  // leaving out its past partners (the baselines as the box would have them do).
  let newPartners: QueryOutcome["newPartners"] = null;
  let newRelevant = new Set<string>();
  const requester = base.query.requesterOrganisationId;
  if (requester != null) {
    const network = await networkOf(db.db, requester);
    newRelevant = new Set([...relevant].filter((id) => !network.has(Number(id))));
    if (newRelevant.size > 0) {
      const target = dump == null ? null : { fd: dump, project: project.externalId, variant: "new" as const, relevant: newRelevant };
      newPartners = await answer(db, { ...base.query, newPartnersOnly: true }, timings, target, network);
    }
  }
  let titled: QueryOutcome["titled"] = null;
  if (project.title) {
    const consortia = (await findMatches(db.db, { ...base.query, text: project.title, k: 20 })).map((m) => m.organisationId!);
    titled = { ...untyped, consortia };
  }
  return { untyped, typed, titled, newPartners, relevant, typedRelevant, newRelevant, partners: project.partners.length, reachable: ids.size };
}

interface DumpTarget {
  fd: number;
  project: string;
  variant: "untyped" | "typed" | "new";
  relevant: Set<string>;
}

/** Each method's answer; `pastPartners`: left out of the baselines' answers too (new partners only). */
async function answer(db: DatabaseHandle, query: MatchQuery, timings: number[], dump: DumpTarget | null, pastPartners = new Set<number>()): Promise<Record<Method, number[]>> {
  const requester = query.requesterOrganisationId;
  const t = performance.now();
  const consortia = (await findMatches(db.db, { ...query, k: 20 }, {
    onCandidates: dump
      ? (candidates, applicable) =>
          fs.writeSync(dump.fd, `${JSON.stringify({ project: dump.project, variant: dump.variant, relevant: [...dump.relevant], applicable, candidates })}\n`)
      : undefined,
  })).map((m) => m.organisationId!);
  timings.push(performance.now() - t);
  const popularity = await popularOrganisations(db.db, {
    programmePartCode: query.programmePartCode,
    partnerTypes: query.partnerTypes,
    countries: query.countries,
    exclude: [...(requester ? [requester] : []), ...pastPartners],
    k: 20,
  });
  // New partners only, the requester is given for its network to be left out (at weight 0 it adds nothing else).
  const leaveOut: MatchQuery = pastPartners.size > 0 ? { requesterOrganisationId: requester, newPartnersOnly: true } : {};
  const themes = (await findMatches(db.db, { themeIds: query.themeIds, partnerTypes: query.partnerTypes, countries: query.countries, ...leaveOut, k: 21 }, { weights: themesOnly }))
    .map((m) => m.organisationId!)
    .filter((id) => id !== requester && !pastPartners.has(id))
    .slice(0, 20);
  return { consortia, popularity, "themes-only": themes };
}
