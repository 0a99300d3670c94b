// Registered organisations that hold no verified knowledge-base record (a new agency, an SME not in
// CORDIS): candidates by their own profile — themes and description — scored by the same signals and
// explained as registered members.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import type { OrganisationType } from "../schema/knowledge";
import { textArray } from "../sql-arrays";
import { explainReasons, reasonText, type Reason } from "@/lib/matching/explain";
import type { computeSignals } from "@/lib/matching/score";
import type { MatchFacts } from "@/lib/matching/signals";
import type { Match, MatchQuery } from "@/lib/matching/types";
import { targetRegionOf } from "@/lib/places/target-region";
import { openInterest, ownThemeLabels, ownThemes, themeCloseness } from "./own-themes";
import type { textTsquery, ThemeExpansion } from "./prelude";

export interface RegisteredCandidate {
  id: number;
  name: string;
  pic: string | null;
  type: OrganisationType;
  country_code: string;
  nuts_code: string | null;
  closeness: number;
  labels: string[] | null;
  interest_labels: string[] | null;
  text_rank: number;
}

/**
 * Registered organisations that hold no verified knowledge-base record (a new agency, an SME not
 * in CORDIS): candidates by their own profile — themes and description — under the same hard
 * filters. Registered organisations are few next to the knowledge base, so this reads the
 * profiles directly.
 */
export async function registeredCandidates(
  db: Db,
  q: { themes: ThemeExpansion; tsq: ReturnType<typeof textTsquery>; types: string[]; countries: string[]; today: string; requesterProfileId: number | null },
): Promise<RegisteredCandidate[]> {
  if (q.themes.exact.length === 0 && !q.tsq) return [];
  // Its name and description, and the titles and descriptions of its open interests.
  const ownText = sql`p.name || ' ' || coalesce(p.description, '') || ' ' || coalesce((select string_agg(i.title || ' ' || i.description, ' ')
    from interests i where i.profile_id = p.id and ${openInterest(q.today)}), '')`;
  const textRank = q.tsq ? sql`coalesce(ts_rank(to_tsvector('english'::regconfig, unaccent(${ownText})), ${q.tsq}), 0)` : sql`0::real`;
  return rowsOf<RegisteredCandidate>(
    await db.execute(sql`
      select p.id, p.name, p.pic, p.type, p.country_code, p.nuts_code,
        coalesce(max(${themeCloseness(q.themes)}), 0)::float8 as closeness,
        ${ownThemeLabels(q.themes)},
        ${textRank}::float8 as text_rank
      from organisation_profiles p
      left join ${ownThemes(q.today)} pt on pt.profile_id = p.id
      left join themes t on t.id = pt.theme_id
      where p.published
        and p.id is distinct from ${q.requesterProfileId}::int
        and not exists (select 1 from claims c where c.profile_id = p.id and c.status = 'verified')
        and (${q.types.length === 0} or p.type::text = any(${textArray(q.types)}))
        and (${q.countries.length === 0} or p.country_code = any(${textArray(q.countries)}))
      group by p.id
      having coalesce(max(${themeCloseness(q.themes)}), 0) > 0 or ${textRank} > 0
      order by 7 desc, 10 desc, p.id
      limit 50`),
  );
}

export function registeredFacts(r: RegisteredCandidate, regions: readonly string[]): MatchFacts {
  return {
    basedInRegion: targetRegionOf({ countryCode: r.country_code, nutsCode: r.nuts_code }, regions),
    themeSum: 0,
    profileTheme: Number(r.closeness),
    textSum: Number(r.text_rank),
    programmePartProjects: 0,
    programmeProjects: 0,
    topicProjects: 0,
    topicFamilyProjects: 0,
    regionProjects: 0,
    relevantCoordinated: 0,
    themeCoordinated: 0,
    partCoordinated: 0,
    coordinatorCount: 0,
    projectCount: 0,
    lastStartYear: null,
    lastYearFromCall: false,
    projectsWithRequester: 0,
    relevantWithRequester: 0,
    programmeWithRequester: 0,
    partWithRequester: 0,
    sharedPartners: 0,
  };
}

export function explainRegistered(
  s: { registered: RegisteredCandidate; facts: MatchFacts; signals: ReturnType<typeof computeSignals>; score: number },
  query: MatchQuery,
): Match {
  const r = s.registered;
  const labels = r.labels ?? [];
  const interestLabels = r.interest_labels ?? [];
  const explanations: Reason[] = [
    { kind: "registered" },
    ...explainReasons(s.facts, {
      programmePartCode: query.programmePartCode ?? null,
      topicCode: query.topicCode ?? null,
      topicFamily: null,
      sharedThemes: [],
      sharedPartners: [],
      regions: query.regions,
      textProjects: [],
      profileThemes: labels,
      interestThemes: interestLabels,
    }),
  ];
  const reasons = explanations.map(reasonText);
  return {
    organisationId: null,
    profileId: Number(r.id),
    name: r.name,
    pic: r.pic,
    type: r.type,
    countryCode: r.country_code,
    score: Math.round(s.score * 10000) / 10000,
    signals: s.signals,
    reasons,
    explanations,
    evidence: {
      projects: [],
      sharedThemes: [...new Set([...labels, ...interestLabels])].map((label, i) => ({ id: -(i + 1), label })),
      sharedPartners: [],
      projectsWithRequester: 0,
      relevantProjectsWithRequester: 0,
      programmeProjectsWithRequester: 0,
      programmePartProjects: 0,
      topicFamilyProjects: 0,
      regionProjects: 0,
      projectCount: 0,
      coordinatorCount: 0,
      lastStart: null,
    },
  };
}
