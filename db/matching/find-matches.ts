// Finds and explains the partners for a MatchQuery, in one transaction: the prelude resolves the
// query (prelude.ts), one SQL statement served by indexes finds and counts the candidates
// (candidates.ts), the pure functions of lib/matching turn the counts into signals and a score, and
// the best are explained (explain-matches.ts). Registered organisations without a knowledge-base
// record are read beside it (registered-candidates.ts) and ranked with the records.
import type { Db } from "../index";
import { isoDate } from "@/lib/interests/options";
import { applicableSignals, combineSignals, computeSignals, newPartnerWeights, signalWeights, type SignalName } from "@/lib/matching/score";
import type { MatchFacts } from "@/lib/matching/signals";
import type { Match, MatchQuery } from "@/lib/matching/types";
import { sql } from "drizzle-orm";
import { rowsOf } from "../rows";
import { candidateLimit, candidates, type CandidateRow } from "./candidates";
import { explainAll, type Scored } from "./explain-matches";
import type { ProfileThemes } from "./own-themes";
import { readInEnglish } from "./english-reading";
import { prelude, textTsquery } from "./prelude";
import { explainRegistered, registeredCandidates, registeredFacts, type RegisteredCandidate } from "./registered-candidates";

export const DEFAULT_K = 20;

export const MAX_K = 200;

export interface FindMatchesOptions {
  /** Other signal weights (the themes-only baseline of `eval` uses { themes: 1 }, the rest 0). */
  weights?: Record<SignalName, number>;
  /** Sees every scored knowledge-base candidate's facts (for `eval --dump`: tuning offline). */
  onCandidates?: (candidates: { organisationId: number; facts: MatchFacts; score: number }[], applicable: SignalName[]) => void;
}

/** The records' facts, signals and scores (lib/matching). */
function scoreRecords(
  rows: CandidateRow[],
  ctx: {
    claimedThemes: Map<number, ProfileThemes>; shared: Map<number, number[]>; applicable: SignalName[]; weights: Record<SignalName, number>;
    /** A programme was asked without a part. */
    programmeOnly: boolean;
    newPartnersOnly: boolean;
  },
): Scored[] {
  const year = new Date().getUTCFullYear();
  return rows.map((r) => {
    const facts: MatchFacts = {
      themeSum: Number(r.theme_sum),
      profileTheme: ctx.claimedThemes.get(Number(r.id))?.closeness ?? 0,
      textSum: Number(r.text_sum),
      programmePartProjects: Number(r.part_n),
      programmeProjects: ctx.programmeOnly ? Number(r.programme_n) : r.in_programme ? 1 : 0,
      programmeOnly: ctx.programmeOnly,
      topicProjects: Number(r.topic_n),
      topicFamilyProjects: Number(r.family_n),
      regionProjects: Number(r.region_n),
      basedInRegion: r.based_in ?? null,
      relevantCoordinated: Number(r.rel_coord),
      themeCoordinated: Number(r.theme_coord),
      partCoordinated: Number(r.part_coord),
      coordinatorCount: Number(r.coordinator_count),
      projectCount: Number(r.project_count),
      lastStartYear: r.last_year == null ? null : Number(r.last_year),
      lastYearFromCall: r.last_year_from_call === true,
      projectsWithRequester: Number(r.with_requester),
      relevantWithRequester: Number(r.rel_with_req),
      programmeWithRequester: Number(r.recent_with_req),
      partWithRequester: Number(r.part_with_req),
      sharedPartners: ctx.shared.get(Number(r.id))?.length ?? 0,
    };
    const signals = computeSignals(facts, year, { newPartnersOnly: ctx.newPartnersOnly });
    return { row: r, facts, signals, score: combineSignals(signals, ctx.applicable, ctx.weights) };
  });
}

interface RankedRun {
  scored: Scored[];
  explained: Match[];
  registeredScored: { registered: RegisteredCandidate; facts: MatchFacts; signals: ReturnType<typeof computeSignals>; score: number }[];
  applicable: SignalName[];
  requesterIds: number[];
}

/**
 * The engine's run: prelude, candidates (and `include`, scored whatever the sources say), scores,
 * and the explanations of those `pick` chooses among the records, best first.
 */
async function rankCandidates(
  db: Db,
  query: MatchQuery,
  options: FindMatchesOptions,
  k: number,
  { include = [], pick }: { include?: number[]; pick: (best: Scored[], rows: CandidateRow[]) => Scored[] },
): Promise<RankedRun> {
  // Every word of the text: what registered organisations' own texts are ranked by (past projects
  // are looked for with the informative words only, in the candidate statement).
  const allWords = textTsquery(query.text);
  const types = query.partnerTypes ?? [];
  const countries = (query.countries ?? []).map((c) => c.toUpperCase());
  const regions = (query.regions ?? []).map((r) => r.toUpperCase());
  const today = isoDate(new Date());
  const newPartnersOnly = query.newPartnersOnly === true;
  const weights = options.weights ?? (newPartnersOnly ? newPartnerWeights : signalWeights);
  // Registered organisations without records are read beside the transaction (on PostgreSQL on
  // another connection, at the same time); awaited after it.
  let registeredRead: Promise<RegisteredCandidate[]> = Promise.resolve([]);
  // A text in another language than the knowledge base's English looks for projects in English too.
  const english = query.text ? await readInEnglish(db, query.text) : null;
  const { applicable, scored, explained, requesterIds } = await db.transaction(async (tx) => {
    const resolved = await prelude(tx, query, english);
    const { scope, themes } = resolved;
    registeredRead = registeredCandidates(db, { themes, tsq: allWords, types, countries, today, requesterProfileId: query.requesterProfileId ?? null });
    registeredRead.catch(() => {}); // its error is thrown where it is awaited
    const rows = await candidates(tx, { ...resolved, types, countries, regions, today, newPartnersOnly, k, include });
    const claimedThemes = new Map<number, ProfileThemes>();
    const shared = new Map<number, number[]>();
    for (const r of rows) {
      if (r.profile_closeness != null) {
        claimedThemes.set(Number(r.id), { closeness: Number(r.profile_closeness), labels: r.profile_labels ?? [], interestLabels: r.interest_labels ?? [] });
      }
      if (r.shared_partners != null) shared.set(Number(r.id), r.shared_partners.map(Number));
    }
    const applicable = applicableSignals({
      text: allWords != null,
      themes: themes.exact.length + themes.parents.length > 0,
      programme: scope.partId != null || scope.programmeId != null,
      topic: scope.family != null,
      regions: regions.length > 0,
      requester: scope.requesterIds.length > 0,
    });
    const scored = scoreRecords(rows, { claimedThemes, shared, applicable, weights, programmeOnly: scope.programmeIds.length > 0, newPartnersOnly });
    // Those shown are explained here, in the transaction.
    const best = [...scored].sort(byScore);
    const explained = await explainAll(tx, pick(best, rows), { query, scope, themes, shared, claimedThemes, textTerms: resolved.textTerms, textWords: resolved.textWords });
    return { applicable, scored, explained, requesterIds: scope.requesterIds };
  });
  const registered = await registeredRead;
  const year = new Date().getUTCFullYear();
  const registeredScored = registered.map((r) => {
    const facts = registeredFacts(r, regions);
    const signals = computeSignals(facts, year, { newPartnersOnly });
    return { registered: r, facts, signals, score: combineSignals(signals, applicable, weights) };
  });
  return { scored, explained, registeredScored, applicable, requesterIds };
}

const byScore = (a: Scored, b: Scored) => b.score - a.score || Number(a.row.id) - Number(b.row.id);

/** One ranking for both kinds of candidate; ties: knowledge-base records first, then by id. */
function oneRanking(run: Pick<RankedRun, "scored" | "registeredScored">) {
  return [
    ...run.scored.map((s) => ({ kind: "record" as const, score: s.score, key: Number(s.row.id), s })),
    ...run.registeredScored.map((s) => ({ kind: "registered" as const, score: s.score, key: 1e12 + s.registered.id, s })),
  ].sort((a, b) => b.score - a.score || a.key - b.key);
}

export async function findMatches(db: Db, query: MatchQuery, options: FindMatchesOptions = {}): Promise<Match[]> {
  const k = Math.min(MAX_K, Math.max(1, Math.trunc(query.k ?? DEFAULT_K)));
  // The k best records are explained (registered organisations may take some of the k places, never add records).
  const run = await rankCandidates(db, query, options, k, { pick: (best) => best.slice(0, k) });
  if (run.scored.length === 0 && run.registeredScored.length === 0) return [];
  options.onCandidates?.(run.scored.map((s) => ({ organisationId: Number(s.row.id), facts: s.facts, score: s.score })), run.applicable);
  const ranked = oneRanking(run).slice(0, k);
  const byRecord = new Map(run.explained.map((m) => [m.organisationId, m]));
  return ranked.map((r) => (r.kind === "record" ? byRecord.get(Number(r.s.row.id))! : explainRegistered(r.s, query)));
}

/** Where one organisation of the knowledge base stands for a query (placeOfOrganisation). */
export type Place =
  /** Ranked among the candidates scored in full (`of` of them, registered organisations too), explained as a match. */
  | { kind: "ranked"; rank: number; of: number; match: Match }
  /** Asked for by the query itself: the requester. */
  | { kind: "requester" }
  /** Left out by the query's hard filters: the wanted partner types or countries. */
  | { kind: "type" | "country" }
  /** Left out as a past partner of the requester (new partners only). */
  | { kind: "pastPartner" };

/**
 * Where an organisation would rank in the answer to `query` — the list stored for an interest is
 * its first k — and why: scored and explained as every candidate is, even one that no source
 * brought or that the rough score left below the candidates scored in full. `rank` is its place
 * among those the answer scores in full (its rank in the answer when within k); `of` how many they
 * are with it. Null when no named organisation has this id (an unnamed one is never a match).
 */
export async function placeOfOrganisation(db: Db, query: MatchQuery, organisationId: number): Promise<Place | null> {
  const [facets] = rowsOf<{ type: string; country_code: string | null }>(
    await db.execute(sql`select type::text as type, country_code from organisation_facets where organisation_id = ${organisationId}`),
  );
  if (!facets) return null;
  if ((query.partnerTypes ?? []).length > 0 && !query.partnerTypes!.includes(facets.type as never)) return { kind: "type" };
  const countries = (query.countries ?? []).map((c) => c.toUpperCase());
  if (countries.length > 0 && !countries.includes(facets.country_code ?? "")) return { kind: "country" };
  const k = Math.min(MAX_K, Math.max(1, Math.trunc(query.k ?? DEFAULT_K)));
  const limit = candidateLimit(k);
  let kept: Set<number> | null = null;
  const run = await rankCandidates(db, query, {}, k, {
    include: [organisationId],
    pick: (best, rows) => {
      // The candidates the answer itself scores in full: the rough score's best `limit` (the
      // statement ordered them so, the one asked about first), with this one among them or not.
      const others = rows.filter((r) => Number(r.id) !== organisationId);
      const target = rows.find((r) => Number(r.id) === organisationId);
      if (!target) return [];
      const above = others.filter((r) => Number(r.rough) > Number(target.rough) || (Number(r.rough) === Number(target.rough) && Number(r.id) < organisationId)).length;
      kept = new Set([organisationId, ...others.slice(0, above < limit ? limit - 1 : limit).map((r) => Number(r.id))]);
      return best.filter((s) => Number(s.row.id) === organisationId);
    },
  });
  if (run.requesterIds.includes(organisationId)) return { kind: "requester" };
  const match = run.explained[0];
  // The statement leaves out no other named organisation of the wanted kind.
  if (!match || kept === null) return query.newPartnersOnly ? { kind: "pastPartner" } : null;
  const keptIds: Set<number> = kept;
  const ranking = oneRanking({ scored: run.scored.filter((s) => keptIds.has(Number(s.row.id))), registeredScored: run.registeredScored });
  const rank = ranking.findIndex((r) => r.kind === "record" && r.key === organisationId) + 1;
  return { kind: "ranked", rank, of: ranking.length, match };
}
