import { describe, expect, it } from "vitest";
import { registerInput, signInInput } from "./accounts";
import { createOrganisationInput } from "./organisations";

describe("registerInput", () => {
  it("normalises the e-mail and accepts a strong password", () => {
    const parsed = registerInput.parse({ name: " Anna Berger ", email: " Anna@ZSI.at ", password: "Kl4ster-Wien" });
    expect(parsed).toMatchObject({ name: "Anna Berger", email: "anna@zsi.at" });
  });

  it("puts the password rule beside the password field", () => {
    const result = registerInput.safeParse({ name: "Anna", email: "anna@zsi.at", password: "short" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", expect.stringMatching(/^Too short\. Use at least 10 characters/)]]);
  });

  it("says what is wrong with the e-mail", () => {
    const result = registerInput.safeParse({ name: "", email: "anna", password: "Kl4ster-Wien" });
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "email"]));
  });

  it("keeps only local paths to go to after signing in", () => {
    expect(signInInput.parse({ email: "a@b.eu", password: "x", next: "/account" }).next).toBe("/account");
    expect(signInInput.parse({ email: "a@b.eu", password: "x", next: "//evil.com" }).next).toBeUndefined();
    expect(signInInput.parse({ email: "a@b.eu", password: "x", next: "https://evil.com" }).next).toBeUndefined();
    expect(signInInput.parse({ email: "a@b.eu", password: "x", next: "/\\evil.com" }).next).toBeUndefined();
  });
});

describe("createOrganisationInput", () => {
  const valid = { name: "Zentrum für Soziale Innovation", type: "research_organisation", countryCode: "AT", creationKey: "k".repeat(20) };

  it("accepts a minimal profile and turns empty fields into nulls", () => {
    expect(createOrganisationInput.parse({ ...valid, website: "", city: "" })).toMatchObject({ website: null, city: null, themeIds: [], languages: [] });
  });

  it("names each bad field", () => {
    const result = createOrganisationInput.safeParse({ ...valid, name: "", type: "castle", website: "not a site", pic: "12", nutsCode: "AT-9", themeIds: ["x"] });
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(new Set(paths)).toEqual(new Set(["name", "type", "website", "pic", "nutsCode", "themeIds"]));
  });

  it("stores HTML as the text it is, and bounds long text", () => {
    expect(createOrganisationInput.parse({ ...valid, description: "<script>alert(1)</script>" }).description).toBe("<script>alert(1)</script>");
    expect(createOrganisationInput.safeParse({ ...valid, description: "x".repeat(5001) }).success).toBe(false);
  });
});
