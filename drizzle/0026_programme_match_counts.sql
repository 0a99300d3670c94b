-- Matching's per-organisation counts (0016, 0025) with a third kind: projects per programme
-- (kind 3, key the programme id). An interest names its programme (Horizon Europe, an Interreg
-- programme) more often than a call topic; without a topic the engine knew no programme part and
-- left the programme out. Kind 3 lets it find the most experienced of the wanted kind in the
-- programme and count each candidate's projects there (Interreg projects have no programme part).
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
  -- in one statement that finds the consortia (projects with more than one participant) once.
  INSERT INTO organisation_match_counts (kind, key, organisation_id, type, country_code, projects, direct, coordinated, examples)
  WITH consortia AS (
    SELECT x.project_id FROM participations x
    WHERE project_ids IS NULL OR x.project_id IN (SELECT y.project_id FROM participations y WHERE y.organisation_id = ANY(orgs))
    GROUP BY x.project_id HAVING count(*) > 1
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
SELECT refresh_match_counts();
