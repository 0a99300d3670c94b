import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { users } from "@/db/schema/accounts";
import { createTestDatabase, testEngine } from "@/db/testing";
import { listAdministrators, setUserRole } from "./admin-role";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insert(users).values({ email: "ada@consortia.eu", name: "Ada" });
});
afterAll(async () => handle?.close());

describe(`admin role on ${testEngine}`, () => {
  it("grants and revokes by e-mail, whatever its case", async () => {
    expect(await setUserRole(handle.db, " ADA@consortia.eu ", "admin")).toBe(true);
    expect(await listAdministrators(handle.db)).toEqual(["ada@consortia.eu"]);
    expect(await setUserRole(handle.db, "ada@consortia.eu", "user")).toBe(true);
    expect(await listAdministrators(handle.db)).toEqual([]);
  });

  it("says when there is no such account", async () => {
    expect(await setUserRole(handle.db, "nobody@consortia.eu", "admin")).toBe(false);
  });
});
