// The themes a registered organisation stands for — its profile's and its open partnership
// interests' — and how close they are to the asked ones: read by the candidate statement for the
// records members hold and by the registered organisations' own candidate statement.
import { sql, type SQL } from "drizzle-orm";
import { intArray } from "../sql-arrays";
import type { ThemeExpansion } from "./prelude";

export interface ProfileThemes {
  /** Best closeness of the profile's or its open interests' themes to the asked ones (1 same, 0.7 narrower, 0.5 parent). */
  closeness: number;
  /** The asked themes (or narrower ones) its profile lists. */
  labels: string[];
  /** The asked themes (or narrower ones) its open partnership interests are on. */
  interestLabels: string[];
}

/** An interest `i` still open on `today` (not closed, deadline not past), as the interest pages count it. */
export function openInterest(today: string) {
  return sql`i.status = 'open' and i.deadline >= ${today}::date`;
}

/**
 * The themes a registered organisation stands for, one row each with where it comes from: its
 * profile's, and those of its open partnership interests — of every organisation, or of these only
 * (the filter inside both arms, where their indexes serve it).
 */
export function ownThemes(today: string, profileIds?: readonly number[]) {
  const of = (column: SQL) => (profileIds ? sql`and ${column} = any(${intArray(profileIds)})` : sql``);
  return sql`(
    select profile_id, theme_id, false as from_interest from profile_themes where true ${of(sql`profile_id`)}
    union all
    select i.profile_id, it.theme_id, true from interests i join interest_themes it on it.interest_id = i.id
    where ${openInterest(today)} ${of(sql`i.profile_id`)}
  )`;
}

/** The asked themes (or narrower ones, or their parents) among its own (ownThemes as pt): those its profile lists, those its interests are on. */
export function ownThemeLabels(themes: ThemeExpansion) {
  return sql`array_agg(distinct t.label) filter (where ${themeCloseness(themes)} > 0 and not pt.from_interest) as labels,
    array_agg(distinct t.label) filter (where ${themeCloseness(themes)} > 0 and pt.from_interest) as interest_labels`;
}

export function themeCloseness(themes: ThemeExpansion) {
  return sql`case when pt.theme_id = any(${intArray(themes.exact)}) then 1.0
      when t.parent_id = any(${intArray(themes.exact)}) then 0.7
      when pt.theme_id = any(${intArray(themes.parents)}) then 0.5 else 0 end`;
}
