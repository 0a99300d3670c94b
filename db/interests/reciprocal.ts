// Reciprocal matches in the database: loads interests as the sides lib/interests/reciprocal.ts
// compares, and rewrites the pairs of one interest when it is published, changed, renewed,
// closed or recomputed. Both directions of a pair are written and removed together.
import { and, eq, gte, ne, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../index";
import { rowsOf } from "../rows";
import { countries, interests, organisationProfiles, programmes, reciprocalMatches } from "../schema";
import { reciprocalFit, type ReciprocalSide, type ReciprocalTheme } from "@/lib/interests/reciprocal";
import { interestCountries } from "@/lib/interests/match-query";

/** The sides of the given interests (their organisation, wishes and themes), by interest id. */
export async function loadReciprocalSides(db: Db | Tx, interestIds: number[]): Promise<Map<number, ReciprocalSide>> {
  const sides = new Map<number, ReciprocalSide>();
  if (interestIds.length === 0) return sides;
  const rows = await db
    .select({
      interestId: interests.id,
      profileId: interests.profileId,
      organisationName: organisationProfiles.name,
      type: organisationProfiles.type,
      countryCode: organisationProfiles.countryCode,
      countryName: countries.nameEn,
      partnerTypes: interests.partnerTypes,
      wantedCountries: interests.wantedCountries,
      programmeId: interests.programmeId,
      programmeCode: programmes.code,
      programmeFamily: programmes.family,
      programmeName: programmes.name,
      ownRole: interests.ownRole,
    })
    .from(interests)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .innerJoin(countries, eq(countries.code, organisationProfiles.countryCode))
    .leftJoin(programmes, eq(programmes.id, interests.programmeId))
    .where(sql`${interests.id} = any(${sql.param(interestIds)}::int[])`);
  for (const { programmeCode, programmeFamily, ...row } of rows) {
    sides.set(row.interestId, { ...row, partnerCountries: interestCountries({ wantedCountries: row.wantedCountries, programmeCode, programmeFamily }), themes: [] });
  }
  const themeRows = rowsOf<{ interest_id: number; id: number; code: string; label: string; root_id: number; root_label: string }>(
    await db.execute(sql`
      with recursive tree as (
        select id, id as root_id, label as root_label from themes where parent_id is null
        union all
        select t.id, tree.root_id, tree.root_label from themes t join tree on t.parent_id = tree.id
      ), chosen as (
        select i.id as interest_id, it.theme_id from interests i join interest_themes it on it.interest_id = i.id
        where i.id = any(${sql.param(interestIds)}::int[])
        union
        select i.id, pt.theme_id from interests i join profile_themes pt on pt.profile_id = i.profile_id
        where i.id = any(${sql.param(interestIds)}::int[])
      )
      select chosen.interest_id, th.id, th.code, th.label, tree.root_id, tree.root_label
      from chosen join themes th on th.id = chosen.theme_id join tree on tree.id = th.id
      order by chosen.interest_id, th.id`),
  );
  for (const t of themeRows) {
    const side = sides.get(Number(t.interest_id));
    const theme: ReciprocalTheme = { id: Number(t.id), code: t.code, label: t.label, rootId: Number(t.root_id), rootLabel: t.root_label };
    if (side) (side.themes as ReciprocalTheme[]).push(theme);
  }
  return sides;
}

/**
 * The registered organisations that have worked with this one: those holding a verified record
 * that shares a past project with one of its verified records (the precomputed networks).
 */
export async function profilesWorkedWith(db: Db | Tx, profileId: number): Promise<Set<number>> {
  const rows = rowsOf<{ profile_id: number }>(
    await db.execute(sql`
      select distinct other.profile_id
      from claims mine
      join organisation_networks w on w.organisation_id = mine.organisation_id
      join claims other on other.status = 'verified' and other.profile_id <> mine.profile_id and other.organisation_id = any(w.partner_ids)
      where mine.profile_id = ${profileId} and mine.status = 'verified'`),
  );
  return new Set(rows.map((r) => Number(r.profile_id)));
}

/**
 * Rewrites the reciprocal pairs of one interest: removes its old pairs, and when it is open and
 * not expired, pairs it with every other organisation's open, unexpired interest that fits —
 * unless either asks for new partners only and their organisations have worked together (a past
 * partner is not what that side looks for, so the pair is not mutual). Returns how many pairs it has now.
 */
export async function refreshReciprocalMatches(tx: Tx, interestId: number, today: string): Promise<number> {
  // When each pair was first made, kept when it is made again: what the alert digests tell as new.
  const pairedSince = new Map(
    (await tx
      .select({ a: reciprocalMatches.interestId, b: reciprocalMatches.otherInterestId, at: reciprocalMatches.computedAt })
      .from(reciprocalMatches)
      .where(or(eq(reciprocalMatches.interestId, interestId), eq(reciprocalMatches.otherInterestId, interestId))))
      .map((p) => [`${p.a}:${p.b}`, p.at]),
  );
  await tx.delete(reciprocalMatches).where(or(eq(reciprocalMatches.interestId, interestId), eq(reciprocalMatches.otherInterestId, interestId)));
  const [self] = await tx
    .select({ profileId: interests.profileId, status: interests.status, deadline: interests.deadline, newPartnersOnly: interests.newPartnersOnly })
    .from(interests)
    .where(eq(interests.id, interestId));
  if (!self || self.status !== "open" || self.deadline < today) return 0;
  const others = await tx
    .select({ id: interests.id, profileId: interests.profileId, newPartnersOnly: interests.newPartnersOnly })
    .from(interests)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .where(and(eq(interests.status, "open"), gte(interests.deadline, today), ne(interests.profileId, self.profileId), eq(organisationProfiles.published, true)));
  const sides = await loadReciprocalSides(tx, [interestId, ...others.map((o) => o.id)]);
  const me = sides.get(interestId);
  if (!me) return 0;
  const pastPartners = self.newPartnersOnly || others.some((o) => o.newPartnersOnly) ? await profilesWorkedWith(tx, self.profileId) : new Set<number>();
  const pairs: (typeof reciprocalMatches.$inferInsert)[] = [];
  const now = new Date();
  const since = (a: number, b: number) => pairedSince.get(`${a}:${b}`) ?? now;
  for (const other of others) {
    if ((self.newPartnersOnly || other.newPartnersOnly) && pastPartners.has(other.profileId)) continue;
    const side = sides.get(other.id);
    const fit = side && reciprocalFit(me, side);
    if (!fit) continue;
    pairs.push({ interestId, otherInterestId: other.id, score: fit.ab.score, reasons: fit.ab.reasons, explanations: fit.ab.explanations, computedAt: since(interestId, other.id) });
    pairs.push({ interestId: other.id, otherInterestId: interestId, score: fit.ba.score, reasons: fit.ba.reasons, explanations: fit.ba.explanations, computedAt: since(other.id, interestId) });
  }
  if (pairs.length > 0) await tx.insert(reciprocalMatches).values(pairs);
  return pairs.length / 2;
}

