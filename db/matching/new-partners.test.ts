// New partners only for a requester with more past partners than the candidate statement's sources
// hold: the programme part's most experienced are all its past partners, so unless every source
// leaves them out, the sources are filled with organisations that cannot be candidates and the
// newcomers are never read (BOKU's forest interest kept 67 candidates of 300, docs/matching.md).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { loadReferenceData } from "../load/reference";
import { rowsOf } from "../rows";
import { programmeParts, programmes } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";

const PAST = 320; // more than the part's 150 most experienced, the network's 300 and the candidate limit
const NEW = 40;

let handle: DatabaseHandle;
let requester: number;
let pastIds: Set<number>;
let newIds: Set<number>;

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  await loadReferenceData(db);
  const [horizon] = await db
    .insert(programmes)
    .values({ code: "HORIZON", name: "Horizon Europe", family: "Horizon Europe", period: "2021-2027", startYear: 2021, endYear: 2027, sourceId: "cordis-he" })
    .returning({ id: programmes.id });
  const [part] = await db.insert(programmeParts).values({ programmeId: horizon!.id, code: "HORIZON.2.6", title: "Food, Bioeconomy" }).returning({ id: programmeParts.id });
  const orgs = (name: string, n: number) => db.execute(sql`
    insert into organisations (name, type, country_code)
    select ${name} || ' ' || g, 'research_organisation', 'AT' from generate_series(1, ${n}::int) g`);
  await db.execute(sql`insert into organisations (name, type, country_code) values ('Forest University', 'higher_education', 'AT')`);
  await orgs("Past partner", PAST);
  await orgs("Newcomer", NEW);
  // Each past partner: two projects in the part with the requester; each newcomer: one project alone.
  await db.execute(sql`
    insert into projects (source_id, external_id, title, programme_id, programme_part_id, start_date, language)
    select 'cordis-he', 'past-' || g, 'Forest project ' || g, ${horizon!.id}::int, ${part!.id}::int, date '2023-01-01', 'en' from generate_series(1, ${2 * PAST}::int) g
    union all
    select 'cordis-he', 'new-' || g, 'Forest project n' || g, ${horizon!.id}::int, ${part!.id}::int, date '2023-01-01', 'en' from generate_series(1, ${NEW}::int) g`);
  await db.execute(sql`
    insert into participations (project_id, organisation_id, role)
    select p.id, o.id, 'coordinator'::participation_role from projects p, organisations o where p.external_id like 'past-%' and o.name = 'Forest University'
    union all
    select p.id, o.id, 'partner' from projects p join organisations o on o.name = 'Past partner ' || ((substr(p.external_id, 6)::int + 1) / 2)
    where p.external_id like 'past-%'
    union all
    select p.id, o.id, 'coordinator' from projects p join organisations o on o.name = 'Newcomer ' || substr(p.external_id, 5)
    where p.external_id like 'new-%'`);
  await refreshProjectSearch(db);
  const rows = rowsOf<{ id: number; name: string }>(await db.execute(sql`select id, name from organisations`));
  requester = Number(rows.find((r) => r.name === "Forest University")!.id);
  pastIds = new Set(rows.filter((r) => r.name.startsWith("Past partner")).map((r) => Number(r.id)));
  newIds = new Set(rows.filter((r) => r.name.startsWith("Newcomer")).map((r) => Number(r.id)));
}, 120_000);
afterAll(async () => handle?.close());

describe(`new partners only, for a requester with many past partners, on ${testEngine}`, () => {
  it("scores every organisation it has not worked with, none it has", async () => {
    let scored: number[] = [];
    const matches = await findMatches(
      handle.db,
      { programmePartCode: "HORIZON.2.6", requesterOrganisationId: requester, newPartnersOnly: true, k: 50 },
      { onCandidates: (candidates) => (scored = candidates.map((c) => c.organisationId)) },
    );
    expect(scored.filter((id) => pastIds.has(id))).toEqual([]);
    expect(scored.filter((id) => newIds.has(id)).length).toBe(NEW);
    expect(matches.map((m) => m.organisationId).every((id) => newIds.has(id!))).toBe(true);
    expect(matches.length).toBe(NEW);
    // Unticked, the past partners come first: the fixture is what it says.
    const all = await findMatches(handle.db, { programmePartCode: "HORIZON.2.6", requesterOrganisationId: requester, k: 20 });
    expect(all.every((m) => pastIds.has(m.organisationId!))).toBe(true);
  });
});
