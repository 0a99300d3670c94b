// CORDIS organisations, one per PIC: a new record merged with the stored one (an organisation takes
// the values of its latest record, a later file without a value keeps the stored one), written with
// its PIC.
import { and, eq, sql } from "drizzle-orm";
import { mergeOrganisations, type CordisOrganisation } from "@/lib/importers/cordis";
import { rowsOf } from "../rows";
import { organisationIdentifiers, organisations, type Organisation } from "../schema";
import { bulkUpsert, chunk, excludedSet } from "./batch";
import { PIC_SCHEME, type Context } from "./cordis-context";

/** An organisation as stored, in the parsers' shape, so that a stored and a new record merge alike. */
function storedAsCordis(stored: Organisation, pic: string): CordisOrganisation {
  return {
    pic,
    name: stored.name,
    shortName: stored.shortName,
    vatNumber: null,
    activityType: stored.sourceType,
    isSme: stored.isSme,
    type: stored.type,
    street: stored.street,
    postCode: stored.postCode,
    city: stored.city,
    countryCode: stored.countryCode,
    nutsCode: stored.nutsCode,
    website: stored.website,
    latitude: stored.latitude,
    longitude: stored.longitude,
    // Unknown, so older than any dated record: files are loaded oldest first (see LOADERS).
    recordTime: null,
  };
}

function organisationRow(id: number, o: CordisOrganisation) {
  return {
    id,
    name: o.name,
    shortName: o.shortName,
    type: o.type,
    sourceType: o.activityType,
    isSme: o.isSme,
    countryCode: o.countryCode,
    nutsCode: o.nutsCode,
    city: o.city,
    postCode: o.postCode,
    street: o.street,
    website: o.website,
    latitude: o.latitude,
    longitude: o.longitude,
  };
}

const ORGANISATION_COLUMNS = [
  "name",
  "shortName",
  "type",
  "sourceType",
  "isSme",
  "countryCode",
  "nutsCode",
  "city",
  "postCode",
  "street",
  "website",
  "latitude",
  "longitude",
] as const;

/** Reserves ids from the organisations' identity sequence, so that new rows and their PICs are written together. */
async function reserveOrganisationIds(ctx: Context, n: number): Promise<number[]> {
  if (n === 0) return [];
  const result = await ctx.db.execute(
    sql`select nextval(pg_get_serial_sequence('organisations', 'id'))::int as id from generate_series(1, ${n}::int)`,
  );
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}

/**
 * Writes organisations found by PIC (organisation_identifiers, scheme "pic"): a new PIC gets a new
 * organisation; a known one is merged with what is stored ("merge"), or left alone ("insert-only",
 * for the nameless H2020 skeleton). Returns the organisation id of every PIC given.
 */
export async function upsertOrganisations(
  ctx: Context,
  incoming: CordisOrganisation[],
  sourceId: string,
  mode: "merge" | "insert-only",
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunk(incoming, 5_000)) {
    const stored = await ctx.db
      .select({ pic: organisationIdentifiers.value, organisation: organisations })
      .from(organisationIdentifiers)
      .innerJoin(organisations, eq(organisations.id, organisationIdentifiers.organisationId))
      .where(
        and(
          eq(organisationIdentifiers.scheme, PIC_SCHEME),
          sql`${organisationIdentifiers.value} in (select json_array_elements_text(${JSON.stringify(part.map((o) => o.pic))}::json))`,
        ),
      );
    const storedByPic = new Map(stored.map((s) => [s.pic, s.organisation]));
    const fresh = part.filter((o) => !storedByPic.has(o.pic));
    const newIds = await reserveOrganisationIds(ctx, fresh.length);
    const rows = fresh.map((o, i) => {
      ids.set(o.pic, newIds[i]!);
      return organisationRow(newIds[i]!, o);
    });
    // Keyed by organisation: should two PICs lead to one organisation, they merge rather than collide.
    const updates = new Map<number, CordisOrganisation>();
    for (const o of part) {
      const known = storedByPic.get(o.pic);
      if (!known) continue;
      ids.set(o.pic, known.id);
      if (mode === "merge") updates.set(known.id, mergeOrganisations(updates.get(known.id) ?? storedAsCordis(known, o.pic), o));
    }
    for (const [id, o] of updates) rows.push(organisationRow(id, o));
    await bulkUpsert(ctx.db, organisations, rows, {
      target: [organisations.id],
      set: { ...excludedSet(organisations, [...ORGANISATION_COLUMNS]), updatedAt: sql`now()` },
      overridingSystemValue: true,
    });
    await bulkUpsert(
      ctx.db,
      organisationIdentifiers,
      fresh.map((o) => ({ scheme: PIC_SCHEME, value: o.pic, organisationId: ids.get(o.pic)!, sourceId })),
      { target: [organisationIdentifiers.scheme, organisationIdentifiers.value] },
    );
  }
  return ids;
}
