CREATE TABLE "organisation_networks" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"partner_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"partner_counts" integer[] DEFAULT '{}'::integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_networks" ADD CONSTRAINT "organisation_networks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint

-- Matching's partner network (db/schema/matching.ts), for the organisations taking part in the
-- given projects (all when null): every named organisation each has shared a project with, most
-- shared first. refreshProjectSearch calls it after refresh_project_search on every import.
CREATE OR REPLACE FUNCTION refresh_match_network(project_ids integer[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF project_ids IS NULL THEN
    DELETE FROM organisation_networks;
  END IF;

  WITH scope AS (
    SELECT DISTINCT pa.organisation_id AS id FROM participations pa
    WHERE project_ids IS NOT NULL AND pa.project_id = ANY(project_ids)
  ),
  pairs AS (
    SELECT a.organisation_id AS id, b.organisation_id AS partner_id, count(*)::int AS n
    FROM participations a
    JOIN participations b ON b.project_id = a.project_id AND b.organisation_id <> a.organisation_id
    JOIN organisations o ON o.id = b.organisation_id AND o.name IS NOT NULL
    WHERE project_ids IS NULL OR a.organisation_id IN (SELECT id FROM scope)
    GROUP BY a.organisation_id, b.organisation_id
  ),
  nets AS (
    SELECT id, array_agg(partner_id ORDER BY n DESC, partner_id) AS partner_ids, array_agg(n ORDER BY n DESC, partner_id) AS partner_counts
    FROM pairs GROUP BY id
  )
  INSERT INTO organisation_networks AS t (organisation_id, partner_ids, partner_counts)
  SELECT id, partner_ids, partner_counts FROM nets
  ON CONFLICT (organisation_id) DO UPDATE SET partner_ids = excluded.partner_ids, partner_counts = excluded.partner_counts
  WHERE (t.partner_ids, t.partner_counts) IS DISTINCT FROM (excluded.partner_ids, excluded.partner_counts);

  -- Organisations of those projects left with no named partner.
  IF project_ids IS NOT NULL THEN
    DELETE FROM organisation_networks t
    WHERE t.organisation_id IN (SELECT pa.organisation_id FROM participations pa WHERE pa.project_id = ANY(project_ids))
      AND NOT EXISTS (
        SELECT 1 FROM participations a
        JOIN participations b ON b.project_id = a.project_id AND b.organisation_id <> a.organisation_id
        JOIN organisations o ON o.id = b.organisation_id AND o.name IS NOT NULL
        WHERE a.organisation_id = t.organisation_id);
  END IF;
END
$$;
--> statement-breakpoint

-- Databases that already hold data get their networks now.
SELECT refresh_match_network();
