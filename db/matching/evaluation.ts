// The database side of `eval`: the held-out projects and their real partners (read from the full
// knowledge base), the ids those partners have in the scratch database, and the popularity
// baseline (the most active organisations of the wanted kind in the programme part).
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import type { OrganisationType } from "../schema/knowledge";
import { intArray, textArray } from "../sql-arrays";

export interface HeldOutPartner {
  pic: string;
  type: OrganisationType;
  countryCode: string | null;
}

export interface HeldOutProject {
  externalId: string;
  acronym: string | null;
  /** Its title, where CORDIS gives one (a query text a coordinator could have written). */
  title: string | null;
  /** Its objective, where the data has one (the Horizon 2020 sample's 26 projects). */
  description: string | null;
  programmePart: string | null;
  topic: string | null;
  /** EuroSciVoc codes of its themes. */
  themes: string[];
  coordinatorPic: string;
  partners: HeldOutPartner[];
}

/**
 * Horizon Europe projects with a coordinator and at least `minPartners` other named participants;
 * `described`: the projects with an objective instead (the Horizon 2020 sample), whose long texts
 * are what an interest's description is like.
 */
export async function evaluationCandidates(db: Db, minPartners = 4, { described = false }: { described?: boolean } = {}): Promise<HeldOutProject[]> {
  const rows = rowsOf<{
    external_id: string; acronym: string | null; title: string | null; description: string | null; part: string | null; topic: string | null; themes: string[] | null;
    coordinator: string | null; partners: HeldOutPartner[] | null;
  }>(
    await db.execute(sql`
      select p.external_id, p.acronym, p.title, p.description, pp.code as part, t.code as topic,
        array(select th.code from project_themes pt join themes th on th.id = pt.theme_id where pt.project_id = p.id order by th.code) as themes,
        (select i.value from participations c join organisation_identifiers i on i.organisation_id = c.organisation_id and i.scheme = 'pic'
          where c.project_id = p.id and c.role = 'coordinator' order by i.value limit 1) as coordinator,
        (select json_agg(json_build_object('pic', i.value, 'type', o.type, 'countryCode', o.country_code) order by i.value)
          from participations pa join organisations o on o.id = pa.organisation_id
          join organisation_identifiers i on i.organisation_id = o.id and i.scheme = 'pic'
          where pa.project_id = p.id and pa.role in ('partner', 'associated_partner') and o.name is not null) as partners
      from projects p
      left join programme_parts pp on pp.id = p.programme_part_id
      left join topics t on t.id = p.topic_id
      where ${described ? sql`p.source_id = 'cordis-h2020' and p.description is not null` : sql`p.source_id = 'cordis-he'`}`),
  );
  return rows
    .filter((r) => r.coordinator != null && (r.partners?.length ?? 0) >= minPartners)
    .map((r) => ({
      externalId: r.external_id,
      acronym: r.acronym,
      title: r.title,
      description: r.description,
      programmePart: r.part,
      topic: r.topic,
      themes: r.themes ?? [],
      coordinatorPic: r.coordinator!,
      // One organisation may hold two PICs: one entry per PIC is enough, duplicates would count twice.
      partners: [...new Map((r.partners ?? []).map((p) => [p.pic, p])).values()],
    }));
}

/** Organisation ids of PICs in this database. */
export async function organisationIdsByPic(db: Db, pics: readonly string[]): Promise<Map<string, number>> {
  if (pics.length === 0) return new Map();
  const rows = rowsOf<{ value: string; organisation_id: number }>(
    await db.execute(sql`select value, organisation_id from organisation_identifiers where scheme = 'pic' and value = any(${textArray(pics)})`),
  );
  return new Map(rows.map((r) => [r.value, Number(r.organisation_id)]));
}

/**
 * The popularity baseline: named organisations of the wanted types and countries ranked by their
 * number of projects in the programme part (all programme parts when none is given), requester excluded.
 */
export async function popularOrganisations(
  db: Db,
  q: { programmePartCode?: string; partnerTypes?: OrganisationType[]; countries?: string[]; exclude: number[]; k: number },
): Promise<number[]> {
  const types = q.partnerTypes ?? [];
  const countries = q.countries ?? [];
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      select pa.organisation_id as id
      from participations pa
      join projects p on p.id = pa.project_id
      join organisation_facets f on f.organisation_id = pa.organisation_id
      where (${q.programmePartCode ?? null}::text is null or p.programme_part_id in (select id from programme_parts where code = ${q.programmePartCode ?? null}))
        and pa.organisation_id <> all(${intArray(q.exclude)})
        and (${types.length === 0} or f.type::text = any(${textArray(types)}))
        and (${countries.length === 0} or f.country_code = any(${textArray(countries)}))
      group by pa.organisation_id
      order by count(*) desc, pa.organisation_id
      limit ${q.k}`),
  );
  return rows.map((r) => Number(r.id));
}

/** The organisations this one has worked with (its precomputed network), as ids. */
export async function networkOf(db: Db, organisationId: number): Promise<Set<number>> {
  const rows = rowsOf<{ partner_ids: number[] }>(
    await db.execute(sql`select partner_ids from organisation_networks where organisation_id = ${organisationId}`),
  );
  return new Set((rows[0]?.partner_ids ?? []).map(Number));
}
