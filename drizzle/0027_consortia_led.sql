-- "Coordinated" counts the consortia an organisation led, everywhere: a project it coordinated where
-- another organisation took part as a beneficiary (coordinator or partner: an associated partner,
-- such as a postdoctoral fellowship's secondment host, or a linked third party is not one), or an
-- Interreg project (always a partnership; a KEEP record may list its lead partner only). CORDIS
-- calls the single beneficiary of an ERC grant, a fellowship or an SME instrument phase 1 its
-- coordinator too, and more than half of the knowledge base's projects have one beneficiary:
-- organisation search's "Has coordinated" filter, its "N coordinated" and an organisation's "N
-- projects in all, coordinated M" in matching counted them (Københavns Universitet "coordinated
-- 573"). Matching's per-topic counts (0025) counted projects with another participant; they now
-- count another beneficiary, and an Interreg lead partner listed alone. lib/projects.ts
-- (ledConsortium) and db/led-consortium.ts say the same.
CREATE OR REPLACE FUNCTION refresh_project_search(project_ids integer[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  WITH RECURSIVE closure(theme_id, ancestor_id, parent_id) AS (
    SELECT t.id, t.id, t.parent_id FROM themes t
    UNION ALL
    SELECT c.theme_id, t.id, t.parent_id FROM closure c JOIN themes t ON t.id = c.parent_id
  ),
  scope AS (
    SELECT p.id, p.topic_id, p.programme_part_id FROM projects p
    WHERE (p.acronym IS NOT NULL OR p.title IS NOT NULL) AND (project_ids IS NULL OR p.id = ANY(project_ids))
  ),
  labels AS (
    SELECT pt.project_id, string_agg(t.label, ' ' ORDER BY t.id) AS labels
    FROM project_themes pt JOIN themes t ON t.id = pt.theme_id
    WHERE pt.project_id IN (SELECT id FROM scope)
    GROUP BY pt.project_id
  ),
  tokens AS (
    -- "theme_12:1 theme_40:1": positions, so that the tokens carry their weight in ts_rank.
    SELECT pt.project_id, string_agg(DISTINCT 'theme_' || c.ancestor_id || ':1', ' ')::tsvector AS tokens
    FROM project_themes pt JOIN closure c ON c.theme_id = pt.theme_id
    WHERE pt.project_id IN (SELECT id FROM scope)
    GROUP BY pt.project_id
  ),
  computed AS (
    SELECT s.id,
      setweight(to_tsvector('english'::regconfig, unaccent(coalesce(tp.title, ''))), 'C')
      || setweight(to_tsvector('english'::regconfig, unaccent(coalesce(l.labels, ''))), 'C')
      || setweight(to_tsvector('english'::regconfig, unaccent(coalesce(pp.title, ''))), 'D')
      || setweight(coalesce(tk.tokens, ''::tsvector), 'B') AS vector
    FROM scope s
    LEFT JOIN topics tp ON tp.id = s.topic_id
    LEFT JOIN programme_parts pp ON pp.id = s.programme_part_id
    LEFT JOIN labels l ON l.project_id = s.id
    LEFT JOIN tokens tk ON tk.project_id = s.id
  )
  UPDATE projects p SET search_related = c.vector
  FROM computed c
  WHERE p.id = c.id AND p.search_related IS DISTINCT FROM c.vector;

  WITH RECURSIVE closure(theme_id, ancestor_id, parent_id) AS (
    SELECT t.id, t.id, t.parent_id FROM themes t
    UNION ALL
    SELECT c.theme_id, t.id, t.parent_id FROM closure c JOIN themes t ON t.id = c.parent_id
  ),
  scope AS (
    SELECT p.* FROM projects p
    WHERE (p.acronym IS NOT NULL OR p.title IS NOT NULL) AND (project_ids IS NULL OR p.id = ANY(project_ids))
  ),
  partners AS (
    SELECT pa.project_id,
      array_agg(DISTINCT o.country_code ORDER BY o.country_code) FILTER (WHERE o.country_code IS NOT NULL) AS country_codes,
      array_agg(DISTINCT o.type::text ORDER BY o.type::text) AS organisation_types,
      array_agg(DISTINCT o.country_code || ':' || o.type::text ORDER BY o.country_code || ':' || o.type::text)
        FILTER (WHERE o.country_code IS NOT NULL) AS country_types,
      array_agg(DISTINCT left(upper(o.nuts_code), 3) ORDER BY left(upper(o.nuts_code), 3)) FILTER (WHERE length(o.nuts_code) >= 3) AS nuts1,
      array_agg(DISTINCT left(upper(o.nuts_code), 4) ORDER BY left(upper(o.nuts_code), 4)) FILTER (WHERE length(o.nuts_code) >= 4) AS nuts2,
      array_agg(DISTINCT left(upper(o.nuts_code), 5) ORDER BY left(upper(o.nuts_code), 5)) FILTER (WHERE length(o.nuts_code) >= 5) AS nuts3
    FROM participations pa JOIN organisations o ON o.id = pa.organisation_id
    WHERE pa.project_id IN (SELECT id FROM scope)
    GROUP BY pa.project_id
  ),
  own AS (
    -- A project's themes with their ancestors.
    SELECT DISTINCT pt.project_id, c.ancestor_id AS theme_id
    FROM project_themes pt JOIN closure c ON c.theme_id = pt.theme_id
    WHERE pt.project_id IN (SELECT id FROM scope)
  ),
  reach AS (
    -- And the themes the crosswalk links to any of them, with their ancestors.
    SELECT o.project_id, o.theme_id FROM own o
    UNION
    SELECT o.project_id, c.ancestor_id FROM own o JOIN theme_links tl ON tl.theme_id = o.theme_id JOIN closure c ON c.theme_id = tl.linked_id
  ),
  linked AS (
    SELECT o.project_id, array_agg(o.theme_id ORDER BY o.theme_id) AS theme_ids FROM own o GROUP BY o.project_id
  ),
  reached AS (
    SELECT r.project_id,
      array_agg(r.theme_id ORDER BY r.theme_id) AS search_theme_ids,
      array_agg(r.theme_id ORDER BY r.theme_id) FILTER (WHERE t.parent_id IS NULL) AS theme_roots
    FROM reach r JOIN themes t ON t.id = r.theme_id
    GROUP BY r.project_id
  )
  INSERT INTO project_facets AS f (
    project_id, programme_id, programme_part_id, sort_date, budget,
    country_codes, organisation_types, country_types, nuts1, nuts2, nuts3, theme_ids, search_theme_ids, theme_roots, facet_keys
  )
  SELECT s.id, s.programme_id, s.programme_part_id,
    coalesce(s.start_date, make_date(topic_call_year(tp.code), 1, 1), make_date(pr.start_year::int, 1, 1)),
    coalesce(s.total_budget, s.eu_contribution),
    coalesce(pa.country_codes, '{}'), coalesce(pa.organisation_types, '{}'), coalesce(pa.country_types, '{}'),
    coalesce(pa.nuts1, '{}'), coalesce(pa.nuts2, '{}'), coalesce(pa.nuts3, '{}'),
    coalesce(l.theme_ids, '{}'), coalesce(rc.search_theme_ids, '{}'), coalesce(rc.theme_roots, '{}'),
    array(
      SELECT 'c:' || unnest(coalesce(pa.country_codes, '{}'))
      UNION ALL SELECT 't:' || unnest(coalesce(pa.organisation_types, '{}'))
      UNION ALL SELECT 'r:' || unnest(coalesce(pa.nuts1, '{}'))
      UNION ALL SELECT 'x:' || unnest(coalesce(rc.theme_roots, '{}'))
      UNION ALL SELECT 'p:' || s.programme_id
      UNION ALL SELECT 'q:' || s.programme_part_id WHERE s.programme_part_id IS NOT NULL
    )
  FROM scope s
  JOIN programmes pr ON pr.id = s.programme_id
  LEFT JOIN topics tp ON tp.id = s.topic_id
  LEFT JOIN partners pa ON pa.project_id = s.id
  LEFT JOIN linked l ON l.project_id = s.id
  LEFT JOIN reached rc ON rc.project_id = s.id
  ON CONFLICT (project_id) DO UPDATE SET
    programme_id = excluded.programme_id, programme_part_id = excluded.programme_part_id,
    sort_date = excluded.sort_date, budget = excluded.budget,
    country_codes = excluded.country_codes, organisation_types = excluded.organisation_types,
    country_types = excluded.country_types, nuts1 = excluded.nuts1, nuts2 = excluded.nuts2, nuts3 = excluded.nuts3,
    theme_ids = excluded.theme_ids, search_theme_ids = excluded.search_theme_ids, theme_roots = excluded.theme_roots,
    facet_keys = excluded.facet_keys
  WHERE (f.programme_id, f.programme_part_id, f.sort_date, f.budget, f.country_codes, f.organisation_types,
         f.country_types, f.nuts1, f.nuts2, f.nuts3, f.theme_ids, f.search_theme_ids, f.theme_roots, f.facet_keys)
    IS DISTINCT FROM
        (excluded.programme_id, excluded.programme_part_id, excluded.sort_date, excluded.budget, excluded.country_codes,
         excluded.organisation_types, excluded.country_types, excluded.nuts1, excluded.nuts2, excluded.nuts3,
         excluded.theme_ids, excluded.search_theme_ids, excluded.theme_roots, excluded.facet_keys);

  -- A project that lost its acronym and title is no longer listed.
  DELETE FROM project_facets f USING projects p
  WHERE p.id = f.project_id AND p.acronym IS NULL AND p.title IS NULL
    AND (project_ids IS NULL OR p.id = ANY(project_ids));

  WITH orgs AS (
    SELECT o.id, o.name, o.country_code, o.type, upper(o.nuts_code) AS nuts,
      lower(unaccent(concat_ws(' ', o.name, o.short_name))) AS search_name
    FROM organisations o
    WHERE o.name IS NOT NULL
      AND (project_ids IS NULL OR o.id IN (SELECT pa.organisation_id FROM participations pa WHERE pa.project_id = ANY(project_ids)))
  ),
  activity AS (
    SELECT pa.organisation_id,
      count(*)::int AS project_count,
      (count(*) FILTER (WHERE pa.role = 'coordinator' AND (
        pg.family ILIKE 'interreg%'
        OR EXISTS (SELECT 1 FROM participations x WHERE x.project_id = pa.project_id AND x.organisation_id <> pa.organisation_id
                     AND x.role IN ('coordinator', 'partner')))))::int AS coordinator_count,
      array_agg(DISTINCT p.programme_id ORDER BY p.programme_id) AS programme_ids,
      max(p.start_date) AS last_start,
      max(topic_call_year(tp.code)) FILTER (WHERE p.start_date IS NULL)::smallint AS last_call_year
    FROM participations pa
    JOIN projects p ON p.id = pa.project_id
    LEFT JOIN programmes pg ON pg.id = p.programme_id
    LEFT JOIN topics tp ON tp.id = p.topic_id
    WHERE pa.organisation_id IN (SELECT id FROM orgs)
    GROUP BY pa.organisation_id
  ),
  org_themes AS (
    SELECT pa.organisation_id, array_agg(DISTINCT t.id ORDER BY t.id) AS theme_ids
    FROM participations pa
    JOIN project_facets pf ON pf.project_id = pa.project_id
    CROSS JOIN LATERAL unnest(pf.theme_ids) AS t(id)
    WHERE pa.organisation_id IN (SELECT id FROM orgs)
    GROUP BY pa.organisation_id
  ),
  org_search_themes AS (
    SELECT pa.organisation_id, array_agg(DISTINCT t.id ORDER BY t.id) AS search_theme_ids
    FROM participations pa
    JOIN project_facets pf ON pf.project_id = pa.project_id
    CROSS JOIN LATERAL unnest(pf.search_theme_ids) AS t(id)
    WHERE pa.organisation_id IN (SELECT id FROM orgs)
    GROUP BY pa.organisation_id
  ),
  org_roots AS (
    SELECT pa.organisation_id, array_agg(DISTINCT t.id ORDER BY t.id) AS theme_roots
    FROM participations pa
    JOIN project_facets pf ON pf.project_id = pa.project_id
    CROSS JOIN LATERAL unnest(pf.theme_roots) AS t(id)
    WHERE pa.organisation_id IN (SELECT id FROM orgs)
    GROUP BY pa.organisation_id
  )
  INSERT INTO organisation_facets AS f (
    organisation_id, country_code, type, nuts1, nuts2, nuts3, sort_name, search_name,
    project_count, coordinator_count, last_start, last_call_year, programme_ids, theme_ids, search_theme_ids, theme_roots, facet_keys
  )
  SELECT o.id, o.country_code, o.type,
    CASE WHEN length(o.nuts) >= 3 THEN left(o.nuts, 3) END,
    CASE WHEN length(o.nuts) >= 4 THEN left(o.nuts, 4) END,
    CASE WHEN length(o.nuts) >= 5 THEN left(o.nuts, 5) END,
    lower(o.name), o.search_name,
    coalesce(a.project_count, 0), coalesce(a.coordinator_count, 0), a.last_start, a.last_call_year,
    coalesce(a.programme_ids, '{}'), coalesce(t.theme_ids, '{}'), coalesce(st.search_theme_ids, '{}'), coalesce(r.theme_roots, '{}'),
    array(
      SELECT 'c:' || o.country_code WHERE o.country_code IS NOT NULL
      UNION ALL SELECT 't:' || o.type::text
      UNION ALL SELECT 'r:' || left(o.nuts, 3) WHERE length(o.nuts) >= 3
      UNION ALL SELECT 'x:' || unnest(coalesce(r.theme_roots, '{}'))
      UNION ALL SELECT 'p:' || unnest(coalesce(a.programme_ids, '{}'))
      UNION ALL SELECT 'k' WHERE a.coordinator_count > 0
    )
  FROM orgs o
  LEFT JOIN activity a ON a.organisation_id = o.id
  LEFT JOIN org_themes t ON t.organisation_id = o.id
  LEFT JOIN org_search_themes st ON st.organisation_id = o.id
  LEFT JOIN org_roots r ON r.organisation_id = o.id
  ON CONFLICT (organisation_id) DO UPDATE SET
    country_code = excluded.country_code, type = excluded.type,
    nuts1 = excluded.nuts1, nuts2 = excluded.nuts2, nuts3 = excluded.nuts3, sort_name = excluded.sort_name,
    search_name = excluded.search_name, project_count = excluded.project_count, coordinator_count = excluded.coordinator_count, last_start = excluded.last_start,
    last_call_year = excluded.last_call_year,
    programme_ids = excluded.programme_ids, theme_ids = excluded.theme_ids, search_theme_ids = excluded.search_theme_ids,
    theme_roots = excluded.theme_roots, facet_keys = excluded.facet_keys
  WHERE (f.country_code, f.type, f.nuts1, f.nuts2, f.nuts3, f.sort_name, f.search_name, f.project_count, f.coordinator_count,
         f.last_start, f.last_call_year, f.programme_ids, f.theme_ids, f.search_theme_ids, f.theme_roots, f.facet_keys)
    IS DISTINCT FROM
        (excluded.country_code, excluded.type, excluded.nuts1, excluded.nuts2, excluded.nuts3, excluded.sort_name,
         excluded.search_name, excluded.project_count, excluded.coordinator_count, excluded.last_start, excluded.last_call_year, excluded.programme_ids,
         excluded.theme_ids, excluded.search_theme_ids, excluded.theme_roots, excluded.facet_keys);

  -- An organisation that lost its name is never listed as if named.
  DELETE FROM organisation_facets f USING organisations o
  WHERE o.id = f.organisation_id AND o.name IS NULL
    AND (project_ids IS NULL OR o.id IN (SELECT pa.organisation_id FROM participations pa WHERE pa.project_id = ANY(project_ids)));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_match_counts(project_ids integer[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  orgs integer[];
BEGIN
  IF project_ids IS NULL THEN
    TRUNCATE organisation_match_counts;
  ELSE
    orgs := array(SELECT DISTINCT organisation_id FROM participations WHERE project_id = ANY(project_ids));
    DELETE FROM organisation_match_counts WHERE organisation_id = ANY(orgs);
  END IF;

  -- Per programme part (kind 1), per theme with its ancestors (kind 2) and per programme (kind 3),
  -- in one statement that finds the consortia (projects with more than one beneficiary, and
  -- Interreg projects) once.
  INSERT INTO organisation_match_counts (kind, key, organisation_id, type, country_code, projects, direct, coordinated, examples)
  WITH consortia AS (
    SELECT x.project_id FROM participations x
    WHERE project_ids IS NULL OR x.project_id IN (SELECT y.project_id FROM participations y WHERE y.organisation_id = ANY(orgs))
    GROUP BY x.project_id HAVING count(*) FILTER (WHERE x.role IN ('coordinator', 'partner')) > 1
    UNION
    SELECT p.id FROM projects p JOIN programmes pg ON pg.id = p.programme_id
    WHERE pg.family ILIKE 'interreg%'
      AND (project_ids IS NULL OR p.id IN (SELECT y.project_id FROM participations y WHERE y.organisation_id = ANY(orgs)))
  ),
  part AS (
    SELECT pa.organisation_id, pa.project_id, pa.role = 'coordinator' AS coordinator,
      pa.role = 'coordinator' AND c.project_id IS NOT NULL AS led, pf.programme_id, pf.programme_part_id, pf.theme_ids, pf.sort_date, f.type, f.country_code
    FROM participations pa
    JOIN project_facets pf ON pf.project_id = pa.project_id
    JOIN organisation_facets f ON f.organisation_id = pa.organisation_id
    LEFT JOIN consortia c ON c.project_id = pa.project_id
    WHERE project_ids IS NULL OR pa.organisation_id = ANY(orgs)
  )
  SELECT 1, p.programme_part_id, p.organisation_id, p.type, p.country_code,
    count(*), 0, count(*) FILTER (WHERE p.led),
    (array_agg(p.project_id ORDER BY p.led DESC, p.coordinator DESC, p.sort_date DESC NULLS LAST, p.project_id DESC))[1:3]
  FROM part p
  WHERE p.programme_part_id IS NOT NULL
  GROUP BY p.programme_part_id, p.organisation_id, p.type, p.country_code
  UNION ALL
  SELECT 2, t.theme_id, p.organisation_id, p.type, p.country_code,
    count(*), count(pt.project_id), count(*) FILTER (WHERE p.led),
    (array_agg(p.project_id ORDER BY pt.project_id IS NOT NULL DESC, p.led DESC, p.coordinator DESC, p.sort_date DESC NULLS LAST, p.project_id DESC))[1:3]
  FROM part p
  CROSS JOIN LATERAL unnest(p.theme_ids) AS t(theme_id)
  LEFT JOIN project_themes pt ON pt.project_id = p.project_id AND pt.theme_id = t.theme_id
  GROUP BY t.theme_id, p.organisation_id, p.type, p.country_code
  UNION ALL
  SELECT 3, p.programme_id, p.organisation_id, p.type, p.country_code,
    count(*), 0, count(*) FILTER (WHERE p.led),
    (array_agg(p.project_id ORDER BY p.led DESC, p.coordinator DESC, p.sort_date DESC NULLS LAST, p.project_id DESC))[1:3]
  FROM part p
  GROUP BY p.programme_id, p.organisation_id, p.type, p.country_code;
END
$$;
--> statement-breakpoint

-- Databases that already hold data get their counts now.
SELECT refresh_project_search();
--> statement-breakpoint
SELECT refresh_match_counts();
--> statement-breakpoint
REFRESH MATERIALIZED VIEW organisation_facet_totals;
