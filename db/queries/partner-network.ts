// Reads for the partner network on the organisation page: the organisation's most frequent named
// partners and, for each, its own; lib/network/partner-graph caps and lays them out.
import "server-only";
import { sql } from "drizzle-orm";
import type { NetworkLink, NetworkOrganisation } from "@/lib/network/partner-graph";
import { FIRST_HOP_LIMIT, SECOND_HOP_LIMIT } from "@/lib/network/partner-graph";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { organisationFacets, organisations, participations } from "../schema";
import type { OrganisationType } from "../schema";

export interface PartnerNetworkData {
  centre: NetworkOrganisation;
  organisations: NetworkOrganisation[];
  links: NetworkLink[];
}

/**
 * The named organisation `organisationId`, its `firstHop` strongest named partners, and for each
 * partner its strongest named partners (enough of them that `secondHop` new ones remain after the
 * ones already drawn), with shared-project counts. Organisations known by their PIC alone have no
 * organisation_facets row and are left out. Null when the organisation is unknown or unnamed.
 */
export async function getPartnerNetwork(
  db: Db,
  organisationId: number,
  options: { firstHop?: number; secondHop?: number } = {},
): Promise<PartnerNetworkData | null> {
  const firstHop = options.firstHop ?? FIRST_HOP_LIMIT;
  const perPartner = (options.secondHop ?? SECOND_HOP_LIMIT) + firstHop;
  const linkRows = rowsOf<{ from_id: number; to_id: number; shared: number }>(
    await db.execute(sql`
      with first_hop as (
        select other.organisation_id as id, count(distinct other.project_id)::int as shared
        from ${participations} mine
        join ${participations} other on other.project_id = mine.project_id and other.organisation_id <> mine.organisation_id
        join ${organisationFacets} f on f.organisation_id = other.organisation_id
        where mine.organisation_id = ${organisationId}
        group by other.organisation_id
        order by shared desc, other.organisation_id
        limit ${firstHop}
      )
      select ${organisationId}::int as from_id, id as to_id, shared from first_hop
      union all
      select fh.id, theirs.id, theirs.shared
      from first_hop fh
      cross join lateral (
        select other.organisation_id as id, count(distinct other.project_id)::int as shared
        from ${participations} mine
        join ${participations} other on other.project_id = mine.project_id and other.organisation_id <> mine.organisation_id
        join ${organisationFacets} f on f.organisation_id = other.organisation_id
        where mine.organisation_id = fh.id and other.organisation_id <> ${organisationId}
        group by other.organisation_id
        order by shared desc, other.organisation_id
        limit ${perPartner}
      ) theirs`),
  );
  const links = linkRows.map((r) => ({ from: Number(r.from_id), to: Number(r.to_id), sharedProjects: Number(r.shared) }));
  const ids = [...new Set([organisationId, ...links.flatMap((l) => [l.from, l.to])])];
  const orgRows = rowsOf<{ id: number; name: string; short_name: string | null; type: OrganisationType; project_count: number }>(
    await db.execute(sql`
      select o.id, o.name, o.short_name, f.type, f.project_count
      from ${organisations} o
      join ${organisationFacets} f on f.organisation_id = o.id
      where o.id = any(${sql.param(ids)}::int[]) and o.name is not null`),
  );
  const all = orgRows.map((r) => ({ id: Number(r.id), name: r.name, shortName: r.short_name, type: r.type, projectCount: Number(r.project_count) }));
  const centre = all.find((o) => o.id === organisationId);
  if (!centre) return null;
  return { centre, organisations: all.filter((o) => o.id !== organisationId), links };
}
