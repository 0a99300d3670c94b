import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database with the demo data", () => {
    const parsed = parseEnv({});
    expect(parsed).toMatchObject({ PGLITE_DIR: ".data/pglite", LOAD_DEMO_DATA: true });
    expect(parsed.DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL and treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/x", PGLITE_DIR: "" })).toMatchObject({
      DATABASE_URL: "postgres://u:p@db:5432/x",
      PGLITE_DIR: ".data/pglite",
    });
  });

  it("names the variable and what is wrong with it", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL: must be a URL such as postgres:/);
    expect(() => parseEnv({ LOAD_DEMO_DATA: "yes" })).toThrow(/LOAD_DEMO_DATA/);
  });
});
