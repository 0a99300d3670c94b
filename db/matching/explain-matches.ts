// The k best records explained: one statement reads what their reasons name (their most telling
// projects, the requester's partners they worked with, their names and profiles, the asked themes
// they have projects on), and lib/matching turns it into reasons and the projects a card shows.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { consortiumOf } from "../led-consortium";
import { executePrepared } from "../prepared";
import { jsonList, rowsOf } from "../rows";
import type { ParticipationRole } from "../schema/knowledge";
import { floatArray, intArray, textArray } from "../sql-arrays";
import { closeProjectsToName, pickEvidenceProjects, projectAskedThemes, sameCallOf } from "@/lib/matching/evidence";
import { explainReasons, reasonText } from "@/lib/matching/explain";
import type { computeSignals } from "@/lib/matching/score";
import type { MatchFacts } from "@/lib/matching/signals";
import type { Match, MatchProjectEvidence, MatchQuery } from "@/lib/matching/types";
import type { CandidateRow } from "./candidates";
import type { ProfileThemes } from "./own-themes";
import type { ResolvedScope, ThemeExpansion } from "./prelude";

/** How many of an organisation's most telling projects the evidence statement reads for the card to pick from. */
const EVIDENCE_CANDIDATES = 8;

interface Evidence {
  /** Each organisation's most telling projects, best first, with their weights (lib/matching/evidence). */
  chosen: { id: number; pids: number[]; weights: number[] }[];
  projects: {
    id: number; organisation_id: number; acronym: string | null; title: string | null; role: ParticipationRole; start_date: string | null; part: string | null; topic: string | null; topic_title: string | null;
    /** It coordinated the project with another beneficiary, or an Interreg one (led a consortium: db/led-consortium.ts). */
    led: boolean;
    /** The asked themes and parents the project is on. */
    themes: number[] | null;
    /** The query's informative words (stems) its text has, rarest first; null when the query has no text. */
    words: string[] | null;
    /** The requester took part in it too. */
    with_requester: boolean;
  }[];
  partners: { id: number; name: string | null }[];
  orgs: { id: number; name: string; pic: string | null; profile_id: number | null }[];
  themes: { id: number; themes: number[] }[];
}

/**
 * What the shown organisations' explanations name, in one statement:
 * - their three most relevant past projects: those of the same topic family, with the requester or
 *   matching the text (found by the candidate statement, best first), then the examples stored with
 *   the counts of the asked themes (in the asked order: the themes, then their parents) and of the
 *   programme part, each project once;
 * - those projects and the ones that matched the text (acronym, title, role, part, topic, and which
 *   of the text's informative words each has);
 * - the names of the requester's partners they have worked with; their own names, PIC and profile;
 * - the asked themes (and parents) they have projects on.
 */
async function evidenceOf(
  db: Db,
  top: Scored[],
  ctx: { scope: ResolvedScope; themes: ThemeExpansion; shared: Map<number, number[]>; textTerms: string[] },
): Promise<Evidence> {
  const ids = top.map((t) => Number(t.row.id));
  const keys = [...ctx.themes.exact, ...ctx.themes.parents];
  const found = top.flatMap((t) => (t.row.top_projects ?? []).map((pid, n) => ({ id: Number(t.row.id), pid: Number(pid), n, weight: Number(t.row.top_weight?.[n] ?? 0) })));
  const textProjects = top.flatMap((t) => (t.row.text_projects ?? []).map((pid, n) => ({ id: Number(t.row.id), pid: Number(pid), n })));
  const partnerIds = [...new Set(top.flatMap((t) => ctx.shared.get(Number(t.row.id)) ?? []))];
  // Its plan depends little on the arrays' sizes (k organisations, their few projects): planned once
  // per connection and reused (paired runs on PostgreSQL: 4.35 → 2.90 ms per statement), where the
  // candidate statement before it was planned for its values (the prelude's force_custom_plan).
  await db.execute(sql`select set_config('plan_cache_mode', 'force_generic_plan', true)`);
  const row = rowsOf<Record<keyof Evidence, unknown>>(
    await executePrepared(db, sql`
      -- The projects found one by one, weighed by how telling they are, and the examples stored with
      -- the counts of the asked themes and part, weighed as the relevance weighs them (1 an asked
      -- theme, 0.5 a parent theme or the part): a project on the asked theme goes before one that
      -- shares a word of the text, a project of the same call or with the requester before both.
      with found as (
        select x.id, x.pid, x.weight, -1 as o, x.n::bigint as n
        from unnest(${intArray(found.map((f) => f.id))}, ${intArray(found.map((f) => f.pid))}, ${floatArray(found.map((f) => f.weight))},
          ${intArray(found.map((f) => f.n))}) as x(id, pid, weight, n)
        union all
        select c.organisation_id, e.pid,
          case when c.kind = 2 and c.key = any(${intArray(ctx.themes.exact)}) then 1.0 else 0.5 end,
          case when c.kind = 2 then array_position(${intArray(keys)}, c.key) - 1 else ${keys.length}::int end, e.n
        from organisation_match_counts c cross join lateral unnest(c.examples) with ordinality as e(pid, n)
        where ((c.kind = 1 and c.key = ${ctx.scope.partId}::int) or (c.kind = 2 and c.key = any(${intArray(keys)}))
            or (c.kind = 3 and c.key = any(${intArray(ctx.scope.programmeIds)})))
          and c.organisation_id = any(${intArray(ids)})
        union all
        select x.id, x.pid, 0, ${keys.length + 1}::int, x.n::bigint
        from unnest(${intArray(textProjects.map((t) => t.id))}, ${intArray(textProjects.map((t) => t.pid))}, ${intArray(textProjects.map((t) => t.n))}) as x(id, pid, n)
      ),
      -- Each organisation's most telling projects (more than the card shows: lib/matching/evidence
      -- picks among them the ones behind its reasons), with the projects matching the text (weight 0).
      chosen as (
        select id, (array_agg(pid order by weight desc, o, n))[1:${EVIDENCE_CANDIDATES}] as pids,
          (array_agg(weight order by weight desc, o, n))[1:${EVIDENCE_CANDIDATES}]::float8[] as weights
        from (select distinct on (id, pid) id, pid, weight, o, n from found order by id, pid, weight desc, o, n) first_seen
        group by id
      ),
      -- Each organisation's projects to show and those that matched the text: one index probe each.
      shown as (
        select chosen.id, s.pid from chosen cross join lateral unnest(chosen.pids) as s(pid)
        union select x.id, x.pid from unnest(${intArray(textProjects.map((t) => t.id))}, ${intArray(textProjects.map((t) => t.pid))}) as x(id, pid)
      )
      select
        (select json_agg(json_build_object('id', id, 'pids', pids, 'weights', weights)) from chosen) as chosen,
        (select json_agg(json_build_object('id', p.id, 'organisation_id', pa.organisation_id, 'acronym', p.acronym, 'title', p.title,
            'role', pa.role, 'start_date', p.start_date::text, 'part', pp.code, 'topic', t.code, 'topic_title', t.title,
            -- Led a consortium (db/led-consortium.ts).
            'led', pa.role = 'coordinator' and ${consortiumOf(sql`p.id`, sql`pa.organisation_id`)},
            -- The asked themes (and parents) it is on: what the card says it is there for.
            'themes', array(select x from project_facets pf cross join unnest(pf.theme_ids) as x where pf.project_id = p.id and x = any(${intArray(keys)})),
            'words', case when ${ctx.textTerms.length > 0}::boolean then array(
              select w.term from unnest(${textArray(ctx.textTerms)}) with ordinality as w(term, n)
              where p.search_vector @@ quote_literal(w.term)::tsquery order by w.n) end,
            'with_requester', exists (select 1 from participations r where r.project_id = p.id and r.organisation_id = any(${intArray(ctx.scope.requesterIds)}))))
          from shown
          join participations pa on pa.project_id = shown.pid and pa.organisation_id = shown.id
          join projects p on p.id = shown.pid
          left join programme_parts pp on pp.id = p.programme_part_id
          left join topics t on t.id = p.topic_id) as projects,
        (select json_agg(json_build_object('id', id, 'name', name)) from organisations where id = any(${intArray(partnerIds)})) as partners,
        (select json_agg(json_build_object('id', o.id, 'name', o.name,
            'pic', (select min(i.value) from organisation_identifiers i where i.organisation_id = o.id and i.scheme = 'pic'),
            'profile_id', (select c.profile_id from claims c where c.organisation_id = o.id and c.status = 'verified')))
          from organisations o where o.id = any(${intArray(ids)})) as orgs,
        (select json_agg(json_build_object('id', organisation_id, 'themes', array(select distinct x from unnest(theme_ids) as x where x = any(${intArray(keys)}))))
          from organisation_facets where organisation_id = any(${intArray(ids)})) as themes`),
  )[0];
  return {
    chosen: jsonList(row?.chosen),
    projects: jsonList(row?.projects),
    partners: jsonList(row?.partners),
    orgs: jsonList(row?.orgs),
    themes: jsonList(row?.themes),
  };
}

export interface Scored {
  row: CandidateRow;
  facts: MatchFacts;
  signals: ReturnType<typeof computeSignals>;
  score: number;
}

export async function explainAll(
  db: Db,
  top: Scored[],
  ctx: {
    query: MatchQuery; scope: ResolvedScope; themes: ThemeExpansion; shared: Map<number, number[]>; claimedThemes: Map<number, ProfileThemes>;
    textTerms: string[]; textWords: Map<string, string>;
  },
): Promise<Match[]> {
  if (top.length === 0) return [];
  const ev = await evidenceOf(db, top, ctx);
  const chosen = new Map(ev.chosen.map((c) => [Number(c.id), c.pids.map((pid, n) => ({ pid: Number(pid), weight: Number(c.weights[n] ?? 0) }))]));
  const projectsByKey = new Map(ev.projects.map((p) => [`${p.organisation_id}:${p.id}`, p]));
  const partnerNames = new Map(ev.partners.map((p) => [Number(p.id), p.name ?? `#${p.id}`]));
  const orgs = new Map(ev.orgs.map((p) => [Number(p.id), p]));
  const themesByOrg = new Map(ev.themes.map((t) => [Number(t.id), t.themes.map(Number)]));
  const rank = (id: number) => (ctx.themes.exact.includes(id) ? 0 : 1);
  // A project's words of the description (stems), as the user typed them.
  const asTyped = (stems: string[] | null) => (stems ?? []).map((w) => ctx.textWords.get(w) ?? w);

  return top.map(({ row, facts, signals, score }) => {
    const id = Number(row.id);
    const sharedThemes = (themesByOrg.get(id) ?? [])
      .sort((a, b) => rank(a) - rank(b) || a - b)
      .slice(0, 5)
      .map((tid) => ({ id: tid, label: ctx.themes.labels.get(tid) ?? String(tid) }));
    const sharedPartners = (ctx.shared.get(id) ?? []).map((pid) => ({ id: pid, name: partnerNames.get(pid) ?? `#${pid}` }));
    const named = (pids: number[]) => pids.flatMap((pid) => {
      const p = projectsByKey.get(`${id}:${pid}`);
      return p?.acronym ? [{ acronym: p.acronym, words: asTyped(p.words) }] : [];
    });
    const explain = (textProjects: { acronym: string; words: string[] }[]) => explainReasons(facts, {
      programmePartCode: ctx.query.programmePartCode ?? null,
      programmeName: ctx.scope.programmeName,
      programmeLineage: ctx.scope.programmeLineage,
      topicCode: ctx.query.topicCode ?? null,
      topicFamily: ctx.scope.family,
      sharedThemes: sharedThemes.map((t) => t.label),
      sharedPartners: sharedPartners.map((p) => p.name),
      regions: ctx.query.regions,
      textProjects,
      profileThemes: ctx.claimedThemes.get(id)?.labels,
      interestThemes: ctx.claimedThemes.get(id)?.interestLabels,
    });
    const textProjectIds = (row.text_projects ?? []).map(Number);
    let explanations = explain(named(textProjectIds));
    // The projects the card shows: the most telling, with one behind each claim a reader would check.
    const candidates = (chosen.get(id) ?? []).flatMap(({ pid, weight }) => {
      const p = projectsByKey.get(`${id}:${pid}`);
      return p ? [{ id: pid, weight, led: p.led === true, descriptionWords: p.words?.length ?? 0 }] : [];
    });
    const shown = pickEvidenceProjects(candidates, {
      coordinated: explanations.some((e) => e.kind === "coordinated"),
      closeToDescription: explanations.some((e) => e.kind === "closeToDescription"),
    });
    // "Past projects close to your description" names first those of them the card shows (a reader
    // can open them), then the best matching the text.
    if (explanations.some((e) => e.kind === "closeToDescription")) {
      const withWords = shown.filter((pid) => (projectsByKey.get(`${id}:${pid}`)?.words?.length ?? 0) > 0);
      const nameable = (pids: number[]) => pids.filter((pid) => projectsByKey.get(`${id}:${pid}`)?.acronym);
      explanations = explain(named(closeProjectsToName(nameable(withWords), nameable(textProjectIds))));
    }
    const reasons = explanations.map(reasonText);
    const evidenceProjects = shown.map((pid): MatchProjectEvidence => {
      const p = projectsByKey.get(`${id}:${pid}`)!;
      const words = asTyped(p.words);
      const themes = projectAskedThemes((p.themes ?? []).map(Number), ctx.themes).map((tid) => ({ id: tid, label: ctx.themes.labels.get(tid) ?? String(tid) }));
      return {
        id: pid, acronym: p.acronym, title: p.title, role: p.role, startDate: p.start_date, programmePartCode: p.part, topicCode: p.topic, topicTitle: p.topic_title ?? null,
        ...(p.role === "coordinator" && p.led !== true ? { soleBeneficiary: true } : {}),
        ...(themes.length > 0 ? { themes } : {}),
        ...(words.length > 0 ? { descriptionWords: words } : {}),
        ...sameCallOf(p.topic, ctx.query.topicCode ?? null),
        ...(p.with_requester === true ? { withRequester: true as const } : {}),
      };
    });
    return {
      organisationId: id,
      profileId: orgs.get(id)?.profile_id == null ? null : Number(orgs.get(id)?.profile_id),
      name: orgs.get(id)?.name ?? `#${id}`,
      pic: orgs.get(id)?.pic ?? null,
      type: row.type,
      countryCode: row.country_code,
      score: Math.round(score * 10000) / 10000,
      signals,
      reasons,
      explanations,
      evidence: {
        projects: evidenceProjects,
        sharedThemes,
        sharedPartners,
        projectsWithRequester: facts.projectsWithRequester,
        relevantProjectsWithRequester: facts.relevantWithRequester,
        programmeProjectsWithRequester: facts.programmeWithRequester,
        programmePartProjects: facts.programmePartProjects,
        topicFamilyProjects: facts.topicFamilyProjects,
        regionProjects: facts.regionProjects,
        projectCount: facts.projectCount,
        coordinatorCount: facts.coordinatorCount,
        lastStart: facts.lastStartYear == null ? null : String(facts.lastStartYear),
      },
    } satisfies Match;
  });
}
