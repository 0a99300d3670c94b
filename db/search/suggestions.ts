// What the search box offers while one types (GET /api/suggestions): the projects whose acronym or
// title, the named organisations whose name, and the themes whose name in any language hold every
// word of the query. Projects and organisations are found by the trigram indexes on
// projects (acronym || ' ' || title) and organisation_facets.search_name, as search finds them by
// name; the themes in the vocabulary kept in memory (lib/search/suggestions.ts). Order:
//
//   projects       the one whose CORDIS grant (or record) number the query is, the acronym
//                  equal to the query, then starting with it, then a word of the
//                  acronym or title starting with the first word; the most recent first
//   organisations  the PIC, the name or short name equal to the query, the name starting with it,
//                  a word of it starting with the first word; the most projects first
//
// Unnamed organisations (the Horizon 2020 skeleton's) are never offered: organisation_facets holds
// the named ones only.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { foldText } from "@/lib/search/text";
import { SUGGESTION_LIMITS, themesStartingWith, type SuggestionQuery } from "@/lib/search/suggestions";
import { themeName } from "@/lib/search/theme-names";
import type { Locale } from "@/lib/i18n/config";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { containsPattern, prefixPattern } from "../queries/shared";
import { getThemeNames } from "../queries/theme-names";
import { byGrantNumber, GRANT_NUMBER } from "./projects";
import { getThemeVocabulary } from "./theme-vocabulary";

export interface ProjectSuggestion {
  id: number;
  acronym: string | null;
  title: string | null;
  /** Its call topic's title, for a project the source gives no title (most Horizon Europe projects). */
  topicTitle: string | null;
  programme: { name: string; family: string; period: string | null };
  /** The year it started, else the year of its call. */
  year: number | null;
}

export interface OrganisationSuggestion {
  id: number;
  name: string;
  shortName: string | null;
  city: string | null;
  countryCode: string | null;
  type: string;
  projectCount: number;
}

export interface ThemeSuggestion {
  id: number;
  /** Its name in the reader's language. */
  label: string;
  scheme: "euroscivoc" | "keep";
  /** Its parent's name in the reader's language (none at the top). */
  parent: string | null;
  /** The name whose words start with the query's (any language), when it is not the label shown. */
  matched: string | null;
}

export interface Suggestions {
  projects: ProjectSuggestion[];
  organisations: OrganisationSuggestion[];
  themes: ThemeSuggestion[];
}

const PIC = /^[0-9]{9}$/;

export async function searchSuggestions(db: Db, query: SuggestionQuery, locale: Locale): Promise<Suggestions> {
  const [projects, organisations, themes] = await Promise.all([
    suggestProjects(db, query),
    suggestOrganisations(db, query),
    suggestThemes(db, query, locale),
  ]);
  return { projects, organisations, themes };
}

/** Every word in `column` (ILIKE, the trigram index serves it). */
function everyWord(column: SQL, words: readonly string[], like: "ilike" | "like"): SQL {
  return sql.join(
    words.map((w) => sql`${column} ${sql.raw(like)} ${containsPattern(w)}`),
    sql` and `,
  );
}

async function suggestProjects(db: Db, query: SuggestionQuery): Promise<ProjectSuggestion[]> {
  const text = sql`(coalesce(p.acronym, '') || ' ' || coalesce(p.title, ''))`;
  const rows = rowsOf<{
    id: number;
    acronym: string | null;
    title: string | null;
    topic_title: string | null;
    programme_name: string;
    family: string;
    period: string | null;
    year: number | null;
  }>(
    await db.execute(sql`
      select p.id, p.acronym, p.title, t.title as topic_title, g.name as programme_name, g.family, g.period,
             extract(year from coalesce(p.start_date, f.sort_date))::int as year
      from projects p
      join project_facets f on f.project_id = p.id
      join programmes g on g.id = f.programme_id
      left join topics t on t.id = p.topic_id
      where ${GRANT_NUMBER.test(query.text) ? sql`(${everyWord(text, query.words, "ilike")} or ${byGrantNumber(query.text, "p")})` : everyWord(text, query.words, "ilike")}
      order by case when ${GRANT_NUMBER.test(query.text) ? byGrantNumber(query.text, "p") : sql`false`} then -1
                    when lower(p.acronym) = ${query.text.toLowerCase()} then 0
                    when p.acronym ilike ${prefixPattern(query.text)} then 1
                    when ${text} ~* ${`\\m${query.words[0]}`} then 2
                    else 3 end,
               f.sort_date desc nulls last, p.id desc
      limit ${SUGGESTION_LIMITS.projects}`),
  );
  return rows.map((r) => ({
    id: r.id,
    acronym: r.acronym,
    title: r.title,
    topicTitle: r.topic_title,
    programme: { name: r.programme_name, family: r.family, period: r.period },
    year: r.year,
  }));
}

/** The named organisations whose name, short name or PIC holds the query (what the search box offers), best first. */
export async function suggestOrganisations(db: Db, query: SuggestionQuery): Promise<OrganisationSuggestion[]> {
  const folded = foldText(query.text);
  const byPic = PIC.test(query.text)
    ? sql`f.organisation_id in (select organisation_id from organisation_identifiers where scheme = 'pic' and value = ${query.text})`
    : null;
  const byName = everyWord(sql`f.search_name`, query.words, "like");
  const rows = rowsOf<{ id: number; name: string; short_name: string | null; city: string | null; country_code: string | null; type: string; project_count: number }>(
    await db.execute(sql`
      select o.id, o.name, o.short_name, o.city, f.country_code, f.type::text as type, f.project_count
      from organisation_facets f
      join organisations o on o.id = f.organisation_id
      where ${byPic ? sql`(${byPic} or ${byName})` : byName}
      order by case when ${byPic ?? sql`false`} then 0
                    when unaccent(lower(o.short_name)) = ${folded} or unaccent(lower(o.name)) = ${folded} then 1
                    when f.search_name like ${prefixPattern(query.words.join(" "))} then 2
                    when f.search_name ~ ${`\\m${query.words[0]}`} then 3
                    else 4 end,
               f.project_count desc, f.sort_name, f.organisation_id
      limit ${SUGGESTION_LIMITS.organisations}`),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    city: r.city,
    countryCode: r.country_code,
    type: r.type,
    projectCount: Number(r.project_count),
  }));
}

async function suggestThemes(db: Db, query: SuggestionQuery, locale: Locale): Promise<ThemeSuggestion[]> {
  const [vocabulary, names] = await Promise.all([getThemeVocabulary(db), getThemeNames(db, locale)]);
  return themesStartingWith(vocabulary.compiled, query.words, locale, SUGGESTION_LIMITS.themes).flatMap((offer) => {
    const theme = vocabulary.themes.get(offer.themeId);
    if (!theme) return [];
    const label = themeName(names, theme);
    const parent = theme.parentId === null ? undefined : vocabulary.themes.get(theme.parentId);
    return [
      {
        id: theme.id,
        label,
        scheme: theme.scheme,
        parent: parent ? themeName(names, parent) : null,
        matched: foldText(offer.matched) === foldText(label) ? null : offer.matched,
      },
    ];
  });
}
