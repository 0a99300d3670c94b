-- Matching's per-organisation counts (0016) with `coordinated` counting the consortia an
-- organisation led: projects it coordinated with at least one other participant. More than half of
-- the knowledge base's projects have one participant only (24,959 of 44,352: Marie
-- Skłodowska-Curie fellowships, ERC grants, SME instrument phase 1), where CORDIS calls the single
-- beneficiary the coordinator; "coordinated 1 relevant project on forestry" then named a
-- postdoctoral fellowship. A project's examples list the consortia it led first.
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

  INSERT INTO organisation_match_counts (kind, key, organisation_id, type, country_code, projects, direct, coordinated, examples)
  WITH consortia AS (
    SELECT x.project_id FROM participations x
    WHERE project_ids IS NULL OR x.project_id IN (SELECT y.project_id FROM participations y WHERE y.organisation_id = ANY(orgs))
    GROUP BY x.project_id HAVING count(*) > 1
  )
  SELECT 1, pf.programme_part_id, pa.organisation_id, f.type, f.country_code,
    count(*), 0, count(*) FILTER (WHERE pa.role = 'coordinator' AND c.project_id IS NOT NULL),
    (array_agg(pa.project_id ORDER BY (pa.role = 'coordinator' AND c.project_id IS NOT NULL) DESC, pa.role = 'coordinator' DESC,
      pf.sort_date DESC NULLS LAST, pa.project_id DESC))[1:3]
  FROM participations pa
  JOIN project_facets pf ON pf.project_id = pa.project_id
  JOIN organisation_facets f ON f.organisation_id = pa.organisation_id
  LEFT JOIN consortia c ON c.project_id = pa.project_id
  WHERE pf.programme_part_id IS NOT NULL AND (project_ids IS NULL OR pa.organisation_id = ANY(orgs))
  GROUP BY pf.programme_part_id, pa.organisation_id, f.type, f.country_code;

  INSERT INTO organisation_match_counts (kind, key, organisation_id, type, country_code, projects, direct, coordinated, examples)
  WITH consortia AS (
    SELECT x.project_id FROM participations x
    WHERE project_ids IS NULL OR x.project_id IN (SELECT y.project_id FROM participations y WHERE y.organisation_id = ANY(orgs))
    GROUP BY x.project_id HAVING count(*) > 1
  )
  SELECT 2, t.theme_id, pa.organisation_id, f.type, f.country_code,
    count(*), count(pt.project_id), count(*) FILTER (WHERE pa.role = 'coordinator' AND c.project_id IS NOT NULL),
    (array_agg(pa.project_id ORDER BY pt.project_id IS NOT NULL DESC, (pa.role = 'coordinator' AND c.project_id IS NOT NULL) DESC,
      pa.role = 'coordinator' DESC, pf.sort_date DESC NULLS LAST, pa.project_id DESC))[1:3]
  FROM participations pa
  JOIN project_facets pf ON pf.project_id = pa.project_id
  JOIN organisation_facets f ON f.organisation_id = pa.organisation_id
  CROSS JOIN LATERAL unnest(pf.theme_ids) AS t(theme_id)
  LEFT JOIN project_themes pt ON pt.project_id = pa.project_id AND pt.theme_id = t.theme_id
  LEFT JOIN consortia c ON c.project_id = pa.project_id
  WHERE project_ids IS NULL OR pa.organisation_id = ANY(orgs)
  GROUP BY t.theme_id, pa.organisation_id, f.type, f.country_code;
END
$$;
--> statement-breakpoint

-- Databases that already hold data get their counts now.
SELECT refresh_match_counts();
