// Marking other members' stored matches stale when an organisation they list changes. A match
// rests on the organisation's records, its profile (themes, type, country, description) and its
// open interests; when one of these changes (a record claimed or given up, the profile edited or
// hidden, an interest published, edited or closed), the interests whose stored matches list it are
// marked, and the job worker (db/jobs/refresh-matches.ts) recomputes them first, within a minute.
// Interests for which the organisation would newly qualify are not known without computing them:
// the daily recomputation finds those.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { intArray } from "../sql-arrays";

export interface ChangedOrganisations {
  /** Registered organisations that changed: the interests listing them or their verified records. */
  profileIds?: readonly number[];
  /** Records that changed hands (claimed, given up, moved): the interests listing them. */
  organisationIds?: readonly number[];
}

/**
 * Marks the open, unexpired interests of other organisations whose stored matches list these
 * organisations; returns how many. Run after the change has committed, in its own statement: the
 * rows are locked in id order (two marks at once never deadlock), and a recomputation in progress
 * is waited for, so the mark lands after it and the interest is computed again on the new data.
 */
export async function markListingInterestsStale(db: Db, changed: ChangedOrganisations, today: string): Promise<number> {
  const profileIds = [...(changed.profileIds ?? [])];
  const organisationIds = [...(changed.organisationIds ?? [])];
  if (profileIds.length === 0 && organisationIds.length === 0) return 0;
  const result = await db.execute(sql`
    update interests set matches_stale = true
    where id in (
      select i.id from interests i
      where i.id in (
          select m.interest_id from interest_matches m
          where m.profile_id = any(${intArray(profileIds)})
            or m.organisation_id = any(${intArray(organisationIds)})
            or m.organisation_id in (select c.organisation_id from claims c where c.profile_id = any(${intArray(profileIds)}) and c.status = 'verified'))
        and i.status = 'open' and i.deadline >= ${today}::date
        -- Their own interests are recomputed by the change itself.
        and i.profile_id <> all(${intArray(profileIds)})
      order by i.id
      for update of i)
    returning id`);
  return rowsOf(result).length;
}

/**
 * markListingInterestsStale for an action whose change has committed: a failure is logged, not
 * shown to the member (their change is saved; the daily recomputation catches the matches up).
 */
export async function noteChangedOrganisations(db: Db, changed: ChangedOrganisations, today: string): Promise<void> {
  try {
    await markListingInterestsStale(db, changed, today);
  } catch (error) {
    console.error("marking the matches that list a changed organisation stale failed", changed, error);
  }
}
