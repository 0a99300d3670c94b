import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countries, organisationIdentifiers, organisations } from "./schema";
import { createTestDatabase, testEngine } from "./testing";
import { rowsOf } from "./rows";
import { noDelaySocket, type DatabaseHandle } from "./index";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe(`database on ${testEngine}`, () => {
  it("has the extensions the indexes need", async () => {
    const rows = rowsOf<{ extname: string }>(
      await handle.db.execute(sql`select extname from pg_extension order by extname`),
    );
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
  });

  it("keeps one organisation per external identifier", async () => {
    await handle.db.insert(countries).values({ code: "AT", isoAlpha2: "AT", nameEn: "Austria" });
    const [org] = await handle.db
      .insert(organisations)
      .values({ name: "TECHNISCHE UNIVERSITAET GRAZ", type: "higher_education", countryCode: "AT" })
      .returning();
    await handle.db.insert(organisationIdentifiers).values({ scheme: "pic", value: "999977948", organisationId: org!.id });
    await expect(
      handle.db.insert(organisationIdentifiers).values({ scheme: "pic", value: "999977948", organisationId: org!.id }),
    ).rejects.toThrow();
  });

  it("rejects an organisation in an unknown country", async () => {
    await expect(handle.db.insert(organisations).values({ name: "Nowhere Ltd", countryCode: "ZZ" })).rejects.toThrow();
  });
});

describe("noDelaySocket", () => {
  it("gives a socket without Nagle's algorithm for one host, and leaves several hosts to postgres.js", async () => {
    const { socket } = noDelaySocket("postgres://u@127.0.0.1:1/db");
    expect(socket).toBeTypeOf("function");
    const s = socket!({ host: ["127.0.0.1"], port: [1] });
    const refused = await new Promise<string>((resolve) => s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "")));
    expect(refused).toBe("ECONNREFUSED");
    expect(noDelaySocket("postgres://u@a:5432,b:5432/db")).toEqual({});
  });
});
