// What is new for a saved search, asked of the real search engine with the saved URL state:
// a project or organisation search restricted to the rows first loaded in a window (their
// created_at), the open interests to browse published in it, or the matches an interest's saved list shows now that were not known before.
// Used by /saved (new since the last visit) and by the alert digests (new since the last digest).
import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { browseInterests, listStoredMatches } from "@/db/queries/interests";
import { searchOrganisationsWithFacets } from "@/db/search/organisations";
import { searchProjectsWithFacets } from "@/db/search/projects";
import { interests } from "@/db/schema/interests";
import { memberships } from "@/db/schema/members";
import type { SavedSearch } from "@/db/schema/saved";
import { roleIn } from "@/lib/authz";
import { newKeys } from "@/lib/saved/alerts";
import { applyMatchFilter } from "@/lib/interests/match-filter";
import { interestBrowseOf, matchFilterOf, matchKey, organisationStateOf, projectStateOf } from "@/lib/saved/target";

export interface NewResult {
  label: string;
  /** The app path of the result (/projects/ID, /organisations/ID, /profiles/ID). */
  path: string;
}

export interface NewResults {
  total: number;
  items: NewResult[];
  /** For an interest's match list: the keys of every match it shows now (what becomes known). */
  currentKeys?: string[];
}

type Search = Pick<SavedSearch, "kind" | "query" | "interestId" | "userId">;

/**
 * New results of a saved search: rows first loaded after `after` (up to `until`), or for an
 * interest's match list the shown matches whose keys are not in `knownKeys`. Null when the
 * search can no longer be run for its owner (they left the interest's organisation).
 */
export async function newResultsOf(
  db: Db,
  search: Search,
  window: { after: Date; until?: Date; knownKeys: readonly string[]; limit: number },
): Promise<NewResults | null> {
  const pageSize = Math.max(1, window.limit);
  if (search.kind === "projects") {
    const result = await searchProjectsWithFacets(db, { ...projectStateOf(search.query), page: 1, pageSize }, window);
    return {
      total: result.total,
      items: result.rows.slice(0, window.limit).map((p) => ({ label: [p.acronym, p.title].filter(Boolean).join(" — ") || `${p.externalId}`, path: `/projects/${p.id}` })),
    };
  }
  if (search.kind === "organisations") {
    const result = await searchOrganisationsWithFacets(db, { ...organisationStateOf(search.query), page: 1, pageSize }, window);
    return {
      total: result.total,
      items: result.rows.slice(0, window.limit).map((o) => ({ label: [o.name ?? o.pic ?? `#${o.id}`, o.countryName].filter(Boolean).join(", "), path: `/organisations/${o.id}` })),
    };
  }
  if (search.kind === "interests") {
    // The other organisations' open interests the member may see, as /interests lists them.
    const own = (await db.select({ profileId: memberships.profileId }).from(memberships).where(eq(memberships.userId, search.userId))).map((m) => m.profileId);
    const until = window.until ?? new Date();
    const result = await browseInterests(
      db,
      { signedIn: true, excludeProfileIds: own, ...interestBrowseOf(search.query), createdAfter: window.after, createdUntil: window.until, pageSize },
      until.toISOString().slice(0, 10),
    );
    return {
      total: result.total,
      items: result.rows.slice(0, window.limit).map((i) => ({ label: `${i.title} (${i.organisationName}, ${i.countryName})`, path: `/interests/${i.id}` })),
    };
  }
  if (search.interestId === null) return null;
  const owner = await interestOwner(db, search.interestId);
  if (!owner || (await roleIn(db, search.userId, owner)) === null) return null;
  const shown = applyMatchFilter(await listStoredMatches(db, search.interestId), matchFilterOf(search.query));
  const currentKeys = shown.map(matchKey);
  const fresh = new Set(newKeys(currentKeys, window.knownKeys));
  const added = shown.filter((m) => fresh.has(matchKey(m)));
  return {
    total: added.length,
    items: added.slice(0, window.limit).map((m) => ({ label: [m.name, m.countryName].filter(Boolean).join(", "), path: m.organisationId !== null ? `/organisations/${m.organisationId}` : `/profiles/${m.profileId}` })),
    currentKeys,
  };
}

export async function interestOwner(db: Db | Tx, interestId: number): Promise<number | null> {
  const [row] = await db.select({ profileId: interests.profileId }).from(interests).where(eq(interests.id, interestId));
  return row?.profileId ?? null;
}
