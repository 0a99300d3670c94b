import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { participations, projects } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { getPartnerNetwork } from "./partner-network";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

describe(`getPartnerNetwork on ${testEngine}`, () => {
  it("gives the named partners, theirs, and shared-project counts", async () => {
    const net = await getPartnerNetwork(handle.db, f.organisations.bep);
    expect(net!.centre).toMatchObject({ id: f.organisations.bep, name: "Bureau Economique de la Province de Namur", type: "development_agency", projectCount: 3 });
    const o = f.organisations;
    expect(net!.organisations.map((x) => x.id).sort((a, b) => a - b)).toEqual([o.marche, o.tuv, o.sme].sort((a, b) => a - b));
    const shared = Object.fromEntries(net!.links.filter((l) => l.from === o.bep).map((l) => [l.to, l.sharedProjects]));
    expect(shared).toEqual({ [o.marche]: 2, [o.tuv]: 1, [o.sme]: 1 });
    // Second hop: Regione Marche worked with the SME too (INCLUD); the centre is not repeated.
    expect(net!.links).toContainEqual({ from: o.marche, to: o.sme, sharedProjects: 1 });
    expect(net!.links.some((l) => l.from !== o.bep && l.to === o.bep)).toBe(false);
  });

  it("never includes an organisation known by its PIC alone", async () => {
    const net = await getPartnerNetwork(handle.db, f.organisations.tuv);
    const ids = [net!.centre.id, ...net!.organisations.map((x) => x.id), ...net!.links.flatMap((l) => [l.from, l.to])];
    expect(ids).not.toContain(f.organisations.unnamed);
    expect(net!.organisations.map((x) => x.id)).toContain(f.organisations.bep);
    expect(await getPartnerNetwork(handle.db, f.organisations.unnamed)).toBeNull();
  });

  it("caps the first hop", async () => {
    const net = await getPartnerNetwork(handle.db, f.organisations.bep, { firstHop: 1 });
    expect(net!.links.filter((l) => l.from === f.organisations.bep)).toEqual([{ from: f.organisations.bep, to: f.organisations.marche, sharedProjects: 2 }]);
  });

  it("gives the organisation alone when it has no partners, and its partners once a project is added", async () => {
    const net = await getPartnerNetwork(handle.db, f.organisations.lonely);
    expect(net).toMatchObject({ centre: { name: "Lonely Foundation" }, organisations: [], links: [] });
    // A new project with BEP and the unnamed organisation: the networks are refreshed with the search data.
    const [p] = await handle.db
      .insert(projects)
      .values({ sourceId: "keep", programmeId: f.programmes.cadses, externalId: "network-1", acronym: "NETLINK", title: "Network link" })
      .returning({ id: projects.id });
    await handle.db.insert(participations).values([
      { projectId: p!.id, organisationId: f.organisations.lonely, role: "coordinator", position: 1 },
      { projectId: p!.id, organisationId: f.organisations.bep, role: "partner", position: 2 },
      { projectId: p!.id, organisationId: f.organisations.unnamed, role: "partner", position: 3 },
    ]);
    await refreshProjectSearch(handle.db, [p!.id]);
    const after = await getPartnerNetwork(handle.db, f.organisations.lonely);
    expect(after!.organisations.map((o) => o.id)).toContain(f.organisations.bep);
    expect(after!.links.filter((l) => l.from === f.organisations.lonely)).toEqual([{ from: f.organisations.lonely, to: f.organisations.bep, sharedProjects: 1 }]);
    // BEP's partners' partners now include Lonely Foundation through BEP; never the unnamed one.
    const bep = await getPartnerNetwork(handle.db, f.organisations.bep);
    expect(bep!.links).toContainEqual({ from: f.organisations.bep, to: f.organisations.lonely, sharedProjects: 1 });
    expect(bep!.links.flatMap((l) => [l.from, l.to])).not.toContain(f.organisations.unnamed);
  });
});
