import { describe, expect, it } from "vitest";
import { PASSWORD_RULE, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a mixed password of ten characters and a long passphrase", () => {
    expect(passwordProblem("Kl4ster-Wien")).toBeNull();
    expect(passwordProblem("tangerine orchard bicycle")).toBeNull();
  });

  it("says what to do when a password is too short or too simple", () => {
    expect(passwordProblem("Ab1!")).toBe(`Too short. ${PASSWORD_RULE}`);
    expect(passwordProblem("onlylowercase")).toBe(`Too simple. ${PASSWORD_RULE}`);
    expect(passwordProblem("lower12345")).toMatch(/^Too simple/);
    expect(PASSWORD_RULE).toMatch(/at least 10 characters/);
  });

  it("refuses common passwords and ones built from the user's e-mail or name", () => {
    expect(passwordProblem("Password123")).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/too common/);
    expect(passwordProblem("Annabelle2025!", { email: "annabelle@zsi.at" })).toMatch(/name or e-mail/);
    expect(passwordProblem("Mustermann#77", { name: "Erika Mustermann" })).toMatch(/name or e-mail/);
    expect(passwordProblem("Kl4ster-Wien", { email: "ann@zsi.at", name: "Ann" })).toBeNull(); // short parts are not checked
  });

  it("bounds the length", () => {
    expect(passwordProblem("aB3!".repeat(60))).toMatch(/at most 200/);
  });
});
