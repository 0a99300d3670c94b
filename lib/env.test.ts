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

describe("parseEnv: accounts and mail", () => {
  it("defaults what is safe outside production", () => {
    const dev = parseEnv({ NODE_ENV: "development" });
    expect(dev.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(dev.APP_URL).toBe("http://localhost:3000");
    expect(dev.DEV_MAILBOX).toBe(true);
    expect(dev.SMTP_URL).toBeUndefined();
    expect(parseEnv({ PORT: "3100" }).APP_URL).toBe("http://localhost:3100");
  });

  it("requires AUTH_SECRET in production, and keeps the mailbox off unless asked for", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    const secret = "x".repeat(40);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).DEV_MAILBOX).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, DEV_MAILBOX: "true" }).DEV_MAILBOX).toBe(true);
  });

  it("checks APP_URL and SMTP_URL", () => {
    expect(parseEnv({ APP_URL: "https://consortia.example.org/" }).APP_URL).toBe("https://consortia.example.org");
    expect(() => parseEnv({ APP_URL: "consortia.example.org" })).toThrow(/APP_URL/);
    expect(parseEnv({ SMTP_URL: "smtp://mail:2525" }).SMTP_URL).toBe("smtp://mail:2525");
    expect(() => parseEnv({ SMTP_URL: "http://mail" })).toThrow(/SMTP_URL: must be a URL such as smtps:/);
  });
});
