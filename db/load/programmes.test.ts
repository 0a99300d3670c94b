import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_SOURCES } from "@/lib/importers/sources";
import { referenceProgrammes, type ReferenceProgramme } from "@/lib/programmes/reference";
import type { DatabaseHandle } from "../index";
import { programmes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { loadReferenceProgrammes } from "./programmes";
import { loadDataSources } from "./reference";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadDataSources(handle.db);
});
afterAll(async () => handle?.close());

const central: ReferenceProgramme = { code: "INTERREG-VIB-CENTRAL-EUROPE", name: "X", fullName: "X", strand: "transnational", period: "2021-2027", startYear: 2021, endYear: 2027, area: ["AT"], predecessors: [] };

describe(`the reference list of Interreg programmes on ${testEngine}`, () => {
  it("loads every programme once, as Interreg of 2021-2027, and writes nothing the second time", async () => {
    expect(await loadReferenceProgrammes(handle.db)).toBe(referenceProgrammes().length);
    const rows = await handle.db.select().from(programmes).where(eq(programmes.sourceId, DATA_SOURCES.interregProgrammes.id));
    expect(rows).toHaveLength(referenceProgrammes().length);
    expect(rows.find((r) => r.code === "INTERREG-VIB-CENTRAL-EUROPE")).toMatchObject({ name: "CENTRAL EUROPE", family: "Interreg", period: "2021-2027", startYear: 2021, endYear: 2027 });
    expect(await loadReferenceProgrammes(handle.db)).toBe(0);
  });

  it("updates its own rows when the list changes, never a programme a KEEP import brought under the same code", async () => {
    expect(await loadReferenceProgrammes(handle.db, [{ ...central, name: "Central Europe (renamed)" }])).toBe(1);
    expect((await handle.db.select({ name: programmes.name }).from(programmes).where(eq(programmes.code, central.code)))[0]!.name).toBe("Central Europe (renamed)");
    await handle.db.update(programmes).set({ sourceId: DATA_SOURCES.keep.id, name: "CE from KEEP" }).where(eq(programmes.code, central.code));
    expect(await loadReferenceProgrammes(handle.db)).toBe(0);
    expect((await handle.db.select({ name: programmes.name }).from(programmes).where(eq(programmes.code, central.code)))[0]!.name).toBe("CE from KEEP");
  });
});
