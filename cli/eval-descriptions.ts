// `eval --descriptions`: how well matching finds partners from what an interest's author writes.
// The projects of the knowledge base that have an objective (the Horizon 2020 sample: 26, with
// their full partner lists) are left out of a scratch knowledge base, and each is asked for with
// its title and objective as the text — alone, and with its coordinator as the requester — and
// the real partners' ranks give recall@10/@20 and MRR. Popularity (the most active organisations,
// requester excluded) is printed beside them for scale. About 26 queries: differences of a few
// hundredths are noise; read the per-query lines (--out) before believing one.
import fs from "node:fs";
import { openDatabase, type DatabaseHandle } from "@/db/index";
import { evaluationCandidates, organisationIdsByPic, popularOrganisations, type HeldOutProject } from "@/db/matching/evaluation";
import { findMatches } from "@/db/matching/find-matches";
import { migrateDatabase } from "@/db/migrate";
import { formatTable, mean, recallAt, reciprocalRank, relevantIdIn, seededSample } from "@/lib/matching/evaluation";
import { fillScratch, prepareScratch } from "./eval-scratch";

export interface DescriptionEvalOptions {
  seed: number;
  size: number;
  minPartners: number;
  dir: string;
  databaseUrl?: string;
  reuse?: boolean;
  keep?: boolean;
  out?: string;
}

const methods = ["text only", "text + requester", "popularity"] as const;
type Method = (typeof methods)[number];

interface Outcome {
  project: string;
  acronym: string | null;
  relevant: Set<string>;
  rankings: Record<Method, string[]>;
}

/** The text an interest's author would have written: the title, then the objective. */
export function descriptionText(p: Pick<HeldOutProject, "title" | "description">): string {
  return [p.title, p.description].filter((s) => s != null && s.trim() !== "").join(". ");
}

export async function runDescriptionEval(source: DatabaseHandle, o: DescriptionEvalOptions): Promise<number> {
  const started = performance.now();
  const pool = await evaluationCandidates(source.db, o.minPartners, { described: true });
  if (pool.length === 0) throw new Error("No project with an objective and enough partners: import the CORDIS data first (npm run cli -- import cordis).");
  const sample = seededSample(pool, (p) => p.externalId, o.seed, o.size);
  console.error(`Sample: ${sample.length} of ${pool.length} projects with an objective and ≥ ${o.minPartners} partners (seed ${o.seed})`);

  const scratch = await prepareScratch(source, `eval_desc_${o.seed}_${o.size}`, o.databaseUrl);
  fillScratch(scratch, sample.map((p) => p.externalId), o.dir, o.reuse);

  const handle = openDatabase(scratch.target);
  await migrateDatabase(handle);
  const outcomes: Outcome[] = [];
  try {
    for (const project of sample) outcomes.push(await evaluateDescription(handle, project));
  } finally {
    await handle.close();
    if (!o.keep) await scratch.drop();
  }

  const scores = Object.fromEntries(
    methods.map((m) => [m, {
      recall10: mean(outcomes.map((q) => recallAt(q.rankings[m], q.relevant, 10))),
      recall20: mean(outcomes.map((q) => recallAt(q.rankings[m], q.relevant, 20))),
      mrr: mean(outcomes.map((q) => reciprocalRank(q.rankings[m], q.relevant))),
    }]),
  ) as Record<Method, { recall10: number; recall20: number; mrr: number }>;
  console.log(formatTable(["method", "recall@10", "recall@20", "MRR"], methods.map((m) => [m, scores[m].recall10, scores[m].recall20, scores[m].mrr] as const)));
  console.log(`\n${outcomes.length} projects asked for with their title and objective as the text; ${Math.round((performance.now() - started) / 1000)} s.`);
  const out = o.out ?? `eval-descriptions-${o.seed}-${o.size}.json`;
  const perQuery = outcomes.map((q) => ({
    project: q.project, acronym: q.acronym, partners: q.relevant.size,
    ...Object.fromEntries(methods.map((m) => [m, { recall20: recallAt(q.rankings[m], q.relevant, 20), rr: reciprocalRank(q.rankings[m], q.relevant) }])),
  }));
  fs.writeFileSync(out, `${JSON.stringify({ seed: o.seed, size: sample.length, minPartners: o.minPartners, scores, queries: perQuery }, null, 2)}\n`);
  console.error(`Written to ${out}`);
  return 0;
}

async function evaluateDescription(db: DatabaseHandle, project: HeldOutProject): Promise<Outcome> {
  const ids = await organisationIdsByPic(db.db, [project.coordinatorPic, ...project.partners.map((p) => p.pic)]);
  const relevantId = relevantIdIn(ids);
  const relevant = new Set(project.partners.map((p) => relevantId(p.pic)));
  const requester = ids.get(project.coordinatorPic);
  const text = descriptionText(project);
  const ranking = async (requesterOrganisationId?: number) =>
    (await findMatches(db.db, { text, requesterOrganisationId, k: 20 })).map((m) => String(m.organisationId));
  return {
    project: project.externalId,
    acronym: project.acronym,
    relevant,
    rankings: {
      "text only": await ranking(),
      // A coordinator the scratch base does not know asks as a stranger.
      "text + requester": await ranking(requester),
      popularity: (await popularOrganisations(db.db, { exclude: requester == null ? [] : [requester], k: 20 })).map(String),
    },
  };
}
