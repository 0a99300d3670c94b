import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture } from "./test-fixtures";
import { createTestDatabase, testEngine } from "../testing";
import { topics } from "../schema";
import { searchTopics } from "./topics";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  const f = await seedFixture(handle.db);
  await handle.db.insert(topics).values([
    { programmeId: f.programmes.horizon, code: "HORIZON-CL5-2022-D3-01-07", title: "Grid forming inverters" },
    { programmeId: f.programmes.horizon, code: "HORIZON-CL6-2023-FOREST-01", title: "Forest-based value chains" },
    { programmeId: f.programmes.horizon, code: "HORIZON-CL5-2022-D3-01-6%", title: null },
  ]);
});
afterAll(async () => handle?.close());

describe(`searchTopics on ${testEngine}`, () => {
  it("finds a topic by its code, whole or begun, in any case, the code typed whole first", async () => {
    expect((await searchTopics(handle.db, "horizon-cl5-2022-d3-01-06")).map((t) => t.code)).toEqual(["HORIZON-CL5-2022-D3-01-06"]);
    expect((await searchTopics(handle.db, "HORIZON-CL5-2022-D3")).map((t) => t.code).sort()).toEqual([
      "HORIZON-CL5-2022-D3-01-06",
      "HORIZON-CL5-2022-D3-01-07",
      "HORIZON-CL5-2022-D3-01-6%",
    ]);
  });

  it("finds a topic by every word of its title, with its title", async () => {
    expect(await searchTopics(handle.db, "value chains forest")).toEqual([{ code: "HORIZON-CL6-2023-FOREST-01", title: "Forest-based value chains" }]);
    expect(await searchTopics(handle.db, "smart grids")).toEqual([{ code: "HORIZON-CL5-2022-D3-01-06", title: "Smart grids" }]);
    expect(await searchTopics(handle.db, "smart inverters")).toEqual([]);
  });

  it("treats % and _ in a code as characters, and a query of one letter as nothing", async () => {
    expect((await searchTopics(handle.db, "HORIZON-CL5-2022-D3-01-6%")).map((t) => t.code)).toEqual(["HORIZON-CL5-2022-D3-01-6%"]);
    expect((await searchTopics(handle.db, "HORIZON-CL5-2022-D3-01-_")).map((t) => t.code)).toEqual([]);
    expect(await searchTopics(handle.db, "h")).toEqual([]);
  });
});
