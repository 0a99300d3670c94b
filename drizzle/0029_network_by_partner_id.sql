-- intarray, where the server offers it (Debian's PostgreSQL and the managed services do; PGlite
-- bundles it but does not load it here), in a schema of its own: in the search path its operators
-- would take "&&" and "@>" on integer arrays from the built-in ones that the GIN indexes serve.
-- Matching intersects the networks of the requester's partners with its 300 candidates by its "&"
-- (db/matching/find-matches.ts); without it, the same answer comes from unnesting them. A role
-- that may not create it (a managed database's app user without CREATE) gets the fallback too.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'intarray') THEN
    BEGIN
      CREATE SCHEMA IF NOT EXISTS intarray;
      CREATE EXTENSION IF NOT EXISTS intarray SCHEMA intarray;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'intarray not created (%): matching unnests partner networks instead', SQLERRM;
    END;
  END IF;
END
$$;
--> statement-breakpoint

-- Matching's partner networks (db/schema/matching.ts) ordered by partner id (they were most shared
-- first, an order nothing reads: matching orders the requester's partners by their counts itself):
-- intarray's "&" sorts both arrays before merging them, which costs a pass when they are sorted.
-- The counts stay aligned with the ids. As 0010's function otherwise.
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
    SELECT id, array_agg(partner_id ORDER BY partner_id) AS partner_ids, array_agg(n ORDER BY partner_id) AS partner_counts
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

-- The networks already stored, in the new order.
UPDATE organisation_networks t
SET partner_ids = s.partner_ids, partner_counts = s.partner_counts
FROM organisation_networks w
CROSS JOIN LATERAL (
  SELECT array_agg(x.id ORDER BY x.id) AS partner_ids, array_agg(x.n ORDER BY x.id) AS partner_counts
  FROM unnest(w.partner_ids, w.partner_counts) AS x(id, n)
) s
WHERE w.organisation_id = t.organisation_id AND s.partner_ids IS DISTINCT FROM t.partner_ids;
