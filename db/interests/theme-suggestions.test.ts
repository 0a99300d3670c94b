// POST /api/theme-suggestions as Next calls it, on a database holding the shipped theme vocabulary
// (getDb() returns the test database: the process's handle is injected).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/theme-suggestions/route";
import type { DatabaseHandle } from "../index";
import { loadKeepThemes } from "../load/keep";
import { themeLabels, themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";

let handle: DatabaseHandle;
const global = globalThis as unknown as { consortiaDb?: DatabaseHandle };
let codeOf = new Map<number, string>();
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadKeepThemes(handle.db);
  // Two fields of science, as CORDIS and the translations give them: a branch (level 2) and a concept below it.
  const [branch] = await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/11/1", label: "computer and information sciences", path: "/natural sciences/computer and information sciences", level: 2 }).returning();
  const [ai] = await handle.db
    .insert(themes)
    .values({ scheme: "euroscivoc", code: "/11/1/1", parentId: branch!.id, label: "artificial intelligence", path: "/natural sciences/computer and information sciences/artificial intelligence", level: 3 })
    .returning();
  await handle.db.insert(themeLabels).values([
    { themeId: ai!.id, lang: "pl", label: "sztuczna inteligencja", synonyms: ["AI"] },
    { themeId: branch!.id, lang: "pl", label: "informatyka i nauki o informacji", synonyms: [] },
  ]);
  codeOf = new Map((await handle.db.select({ id: themes.id, code: themes.code }).from(themes)).map((t) => [t.id, t.code]));
  global.consortiaDb = handle;
}, 120_000);
afterAll(async () => {
  delete global.consortiaDb;
  await handle?.close();
});

const post = async (body: string) => {
  const response = await POST(new Request("http://localhost/api/theme-suggestions", { method: "POST", headers: { "Content-Type": "application/json" }, body }));
  type Offers = { id: number; matched: string }[];
  return { status: response.status, body: (await response.json()) as { themes?: Offers; fields?: Offers; issues?: { field: string; reason: string }[] } };
};

describe(`POST /api/theme-suggestions on ${testEngine}`, () => {
  it("answers the KEEP sub-themes a text names, in any of the six languages, with the words that named them", async () => {
    const { status, body } = await post(JSON.stringify({ text: "Współpraca klastrów przemysłu drzewnego i MŚP" }));
    expect(status).toBe(200);
    expect(body.themes!.map((t) => codeOf.get(t.id))).toEqual(["keep/economy/clusters", "keep/industry/wood", "keep/economy/sme"]);
    expect(body.themes![2]!.matched).toBe("MŚP");
    // A top-level theme ("innovation") is not offered: the form's sub-themes say more.
    expect((await post(JSON.stringify({ text: "Innovation in clusters" }))).body.themes!.map((t) => codeOf.get(t.id))).toEqual(["keep/economy/clusters"]);
    expect((await post(JSON.stringify({ text: "" }))).body).toEqual({ themes: [], fields: [] });
  });

  it("answers the fields of science a text names from level 3, not the broad branches", async () => {
    const { body } = await post(JSON.stringify({ text: "Sztuczna inteligencja w informatyce i naukach o informacji dla MŚP" }));
    expect(body.fields!.map((t) => codeOf.get(t.id))).toEqual(["/11/1/1"]);
    expect(body.themes!.map((t) => codeOf.get(t.id))).toEqual(["keep/digital/ict", "keep/economy/sme"]);
    // An English text names a field by its English label.
    expect((await post(JSON.stringify({ text: "Artificial intelligence for clusters" }))).body.fields!.map((t) => codeOf.get(t.id))).toEqual(["/11/1/1"]);
  });

  it("refuses a body that is not {text}, saying which field and why", async () => {
    expect(await post("not json")).toMatchObject({ status: 400, body: { issues: [{ field: "(body)", reason: "not JSON" }] } });
    expect(await post(JSON.stringify({}))).toMatchObject({ status: 400, body: { issues: [{ field: "text", reason: "must be a string" }] } });
    expect(await post(JSON.stringify({ text: 5 }))).toMatchObject({ status: 400, body: { issues: [{ field: "text", reason: "must be a string" }] } });
    expect(await post(JSON.stringify({ text: "x".repeat(6001) }))).toMatchObject({ status: 400, body: { issues: [{ field: "text", reason: "must be at most 6000 characters" }] } });
    const extra = await post(JSON.stringify({ text: "clusters", lang: "pl" }));
    expect(extra.status).toBe(400);
    expect(extra.body.issues![0]!.reason).toMatch(/lang/);
  });
});
