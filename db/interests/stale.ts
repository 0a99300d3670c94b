// Marking other members' stored matches stale when an organisation they list changes. A match
// rests on the organisation's records, its profile (themes, type, country, description) and its
// open interests; when one of these changes (a record claimed or given up, the profile edited or
// hidden, an interest published, edited or closed), the interests whose stored matches list it are
// marked, and the job worker (db/jobs/refresh-matches.ts) recomputes them first, within a minute.
// So are the interests it may newly qualify for by what it stands for: those on its profile's or
// its open interests' themes (the same, a narrower or the parent theme) that want its type and
// country — what makes a registered organisation a candidate, and a held record rank higher.
// The themes reach across the KEEP–EuroSciVoc crosswalk as matching does (theme_links, the code's
// crosswalk as a table): a profile on "Wood and furniture industry" is a candidate for an interest
// on woodworking. Qualifying by words alone is not foreseen: the daily recomputation finds those.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { intArray } from "../sql-arrays";
import { openInterest, ownThemes } from "../matching/own-themes";
import { isoDate } from "@/lib/interests/options";

export interface ChangedOrganisations {
  /** Registered organisations that changed: the interests listing them or their verified records, and those on their themes. */
  profileIds?: readonly number[];
  /** Records that changed hands (claimed, given up, moved): the interests listing them. */
  organisationIds?: readonly number[];
}

/**
 * Marks the open, unexpired interests of other organisations whose stored matches list these
 * organisations; returns how many.
 */
export async function markListingInterestsStale(db: Db, changed: ChangedOrganisations, today: string): Promise<number> {
  const profileIds = [...(changed.profileIds ?? [])];
  const organisationIds = [...(changed.organisationIds ?? [])];
  if (profileIds.length === 0 && organisationIds.length === 0) return 0;
  return markOthersStale(db, profileIds, today, sql`
    -- Both arms served by their indexes (an "in (subquery)" arm would make it a scan of every stored match).
    select m.interest_id from interest_matches m
    where m.profile_id = any(${intArray(profileIds)})
      or m.organisation_id = any(array(select c.organisation_id from claims c where c.profile_id = any(${intArray(profileIds)}) and c.status = 'verified')
        || ${intArray(organisationIds)})`);
}

/**
 * Marks the open, unexpired interests of other organisations that are on the themes these
 * published organisations stand for (their profiles' and open interests' themes: the same, a
 * narrower one, or the parent below the top level; or one the crosswalk links to the theme or its
 * parent, which a query counts as asked) and that want their type and country (or any); returns
 * how many.
 */
export async function markInterestsOnTheirThemesStale(db: Db, profileIds: readonly number[], today: string): Promise<number> {
  if (profileIds.length === 0) return 0;
  return markOthersStale(db, profileIds, today, sql`
    -- From its themes to the interests on them (interest_themes by theme), not every open interest tried.
    select it.interest_id
    from organisation_profiles p
    join ${ownThemes(today, profileIds)} pt on pt.profile_id = p.id
    join themes t on t.id = pt.theme_id
    join themes u on u.id = t.id or u.id = t.parent_id or (u.parent_id = t.id and t.level > 1)
      or u.id in (select l.linked_id from theme_links l where l.theme_id = t.id or l.theme_id = t.parent_id)
    join interest_themes it on it.theme_id = u.id
    join interests wanting on wanting.id = it.interest_id
    where p.id = any(${intArray(profileIds)}) and p.published
      and (cardinality(wanting.partner_types) = 0 or p.type = any(wanting.partner_types))
      and (cardinality(wanting.wanted_countries) = 0 or p.country_code = any(wanting.wanted_countries))`);
}

/**
 * Marks those of `interestIds` (a subquery) that are open, unexpired and not these organisations'
 * own (recomputed by the change itself). Run after the change has committed, in its own statement:
 * the rows are locked in id order (two marks at once never deadlock), and a recomputation in
 * progress is waited for, so the mark lands after it and the interest is computed again on the
 * new data.
 */
async function markOthersStale(db: Db, changedProfileIds: readonly number[], today: string, interestIds: SQL): Promise<number> {
  const result = await db.execute(sql`
    update interests set matches_stale = true
    where id in (
      select i.id from interests i
      where i.id in (${interestIds})
        and ${openInterest(today)}
        and i.profile_id <> all(${intArray(changedProfileIds)})
      order by i.id
      for update of i)
    returning id`);
  return rowsOf(result).length;
}

/**
 * Both marks, for an action whose change has committed (as of today unless told): a failure is
 * logged, not shown to the member (their change is saved; the daily recomputation catches the
 * matches up).
 */
export async function noteChangedOrganisations(db: Db, changed: ChangedOrganisations, today: string = isoDate(new Date())): Promise<void> {
  try {
    await markListingInterestsStale(db, changed, today);
    await markInterestsOnTheirThemesStale(db, changed.profileIds ?? [], today);
  } catch (error) {
    console.error("marking the matches that list a changed organisation stale failed", changed, error);
  }
}
