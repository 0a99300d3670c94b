-- Claim candidates by website: the domain of a knowledge-base organisation's website, as
-- lib/organisations/domain.ts websiteDomain() computes it (host, lower case, no "www."), so that
-- "same website domain" is an index lookup instead of an ILIKE over every organisation.
-- The TypeScript function stays the judge: rows found here are checked with it again.
CREATE OR REPLACE FUNCTION website_domain(website text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT CASE WHEN host LIKE '%.%' AND host !~ '^[0-9.]+$' THEN host END
  FROM (
    SELECT regexp_replace(regexp_replace(
      substring(lower(btrim(website)) FROM '^(?:[a-z][a-z0-9+.-]*://)?(?:[^/@?#]*@)?([^/:?#\\]+)'),
      '\.$', ''), '^www[0-9]?\.', '') AS host
  ) AS parts
$$;--> statement-breakpoint
CREATE INDEX "organisations_website_domain_idx" ON "organisations" (website_domain("website"));
