CREATE TABLE "organisation_match_counts" (
	"kind" smallint NOT NULL,
	"key" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"type" "organisation_type" NOT NULL,
	"country_code" text,
	"projects" integer NOT NULL,
	"direct" integer DEFAULT 0 NOT NULL,
	"coordinated" integer DEFAULT 0 NOT NULL,
	"examples" integer[] DEFAULT '{}'::integer[] NOT NULL,
	CONSTRAINT "organisation_match_counts_kind_key_organisation_id_pk" PRIMARY KEY("kind","key","organisation_id")
);
--> statement-breakpoint
CREATE INDEX "organisation_match_counts_top_index" ON "organisation_match_counts" USING btree ("kind","key","projects" DESC NULLS LAST);--> statement-breakpoint

-- Matching's per-organisation counts (db/schema/matching.ts) for the organisations taking part in
-- the given projects (all when null): listed projects (project_facets) per programme part (kind 1)
-- and per theme with its ancestors (kind 2; `direct`: tagged with the theme itself), with the
-- coordinated ones. refreshProjectSearch calls it after refresh_match_network on every load.
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
  SELECT 1, pf.programme_part_id, pa.organisation_id, f.type, f.country_code,
    count(*), 0, count(*) FILTER (WHERE pa.role = 'coordinator'),
    (array_agg(pa.project_id ORDER BY pa.role = 'coordinator' DESC, pf.sort_date DESC NULLS LAST, pa.project_id DESC))[1:3]
  FROM participations pa
  JOIN project_facets pf ON pf.project_id = pa.project_id
  JOIN organisation_facets f ON f.organisation_id = pa.organisation_id
  WHERE pf.programme_part_id IS NOT NULL AND (project_ids IS NULL OR pa.organisation_id = ANY(orgs))
  GROUP BY pf.programme_part_id, pa.organisation_id, f.type, f.country_code;

  INSERT INTO organisation_match_counts (kind, key, organisation_id, type, country_code, projects, direct, coordinated, examples)
  SELECT 2, t.theme_id, pa.organisation_id, f.type, f.country_code,
    count(*), count(pt.project_id), count(*) FILTER (WHERE pa.role = 'coordinator'),
    (array_agg(pa.project_id ORDER BY pt.project_id IS NOT NULL DESC, pa.role = 'coordinator' DESC, pf.sort_date DESC NULLS LAST, pa.project_id DESC))[1:3]
  FROM participations pa
  JOIN project_facets pf ON pf.project_id = pa.project_id
  JOIN organisation_facets f ON f.organisation_id = pa.organisation_id
  CROSS JOIN LATERAL unnest(pf.theme_ids) AS t(theme_id)
  LEFT JOIN project_themes pt ON pt.project_id = pa.project_id AND pt.theme_id = t.theme_id
  WHERE project_ids IS NULL OR pa.organisation_id = ANY(orgs)
  GROUP BY t.theme_id, pa.organisation_id, f.type, f.country_code;
END
$$;
--> statement-breakpoint

-- Databases that already hold data get their counts now.
SELECT refresh_match_counts();
