import { describe, expect, it } from "vitest";
import { clusterSide, reciprocalThemes, universitySide } from "@/lib/testing/reciprocal-sides";
import { accepts, reciprocalFit } from "./reciprocal";

const { production, tourism, woodworking } = reciprocalThemes;
const cluster = clusterSide();
const university = universitySide();

describe("accepts", () => {
  it("checks the wanted types and countries, and takes no wish as any", () => {
    expect(accepts(cluster, university)).toBe(true);
    expect(accepts(cluster, { ...university, countryCode: "DE", countryName: "Germany" })).toBe(false);
    expect(accepts(cluster, { ...university, type: "sme" })).toBe(false);
    expect(accepts({ ...cluster, partnerTypes: [], wantedCountries: [] }, { ...university, type: "sme", countryCode: "FR" })).toBe(true);
  });

  it("takes the programme's area for no wanted country when the side has one (partnerCountries)", () => {
    const inArea = { ...cluster, partnerTypes: [], wantedCountries: [], partnerCountries: ["AT", "SI"] };
    expect(accepts(inArea, university)).toBe(true); // in Slovenia
    expect(accepts(inArea, { ...university, countryCode: "FR", countryName: "France" })).toBe(false);
  });
});

describe("reciprocalFit", () => {
  it("fits two interests that look for each other and share a theme, with reasons for each side", () => {
    const fit = reciprocalFit(cluster, university)!;
    expect(fit).not.toBeNull();
    expect(fit.ab.score).toBe(fit.ba.score);
    // 0.4 + 0.1 + 0.1 (both name the other's type) + 0.3 × (1 shared theme + 0.5 related)/2 … wood is exact, clusters' root not shared
    expect(fit.ab.score).toBeCloseTo(0.4 + 0.2 + 0.3 * 0.5 + 0.1, 5);
    expect(fit.ab.reasons).toContain("They look for a cluster organisation — you are a cluster organisation in Austria.");
    expect(fit.ab.reasons).toContain("You look for a university or college in Slovenia — they are a university or college in Slovenia.");
    expect(fit.ab.reasons).toContain("Shared themes: Wood and furniture industry.");
    expect(fit.ab.reasons).toContain("You would coordinate; they would join as a partner.");
    expect(fit.ba.reasons).toContain("They would coordinate; you would join as a partner.");
  });

  it("does not fit when one side does not look for the other", () => {
    expect(reciprocalFit(cluster, { ...university, partnerTypes: ["sme"] })).toBeNull();
    expect(reciprocalFit({ ...cluster, wantedCountries: ["HU"] }, university)).toBeNull();
  });

  it("needs a subject in common: a theme, a related theme or the programme", () => {
    const otherSubject = { ...university, themes: [tourism], programmeId: 3 };
    expect(reciprocalFit(cluster, otherSubject)).toBeNull();
    const related = reciprocalFit(cluster, { ...otherSubject, themes: [production] })!;
    expect(related.ab.reasons).toContain("Related themes in Industry and manufacturing.");
    const sameProgramme = reciprocalFit(cluster, { ...otherSubject, programmeId: 1 })!;
    expect(sameProgramme.ab.reasons).toContain("Both aim at Interreg.");
  });

  it("shares a KEEP theme with the field of science the crosswalk links it to, either way round", () => {
    const fields = { ...university, themes: [woodworking], programmeId: 3 };
    const fit = reciprocalFit(cluster, fields)!;
    expect(fit).not.toBeNull();
    expect(fit.ab.reasons).toContain("Shared themes: Wood and furniture industry.");
    expect(fit.ba.reasons).toContain("Shared themes: woodworking.");
    // A field the crosswalk does not link to any of the cluster's themes is no subject in common.
    expect(reciprocalFit(cluster, { ...fields, themes: [{ ...woodworking, id: 901, code: "/25/63/399", label: "textiles" }] })).toBeNull();
  });

  it("never pairs an organisation with itself", () => {
    expect(reciprocalFit(cluster, { ...university, profileId: cluster.profileId })).toBeNull();
  });

  it("lists two would-be coordinators with a lower score and says so", () => {
    const both = reciprocalFit(cluster, { ...university, ownRole: "coordinator" })!;
    const one = reciprocalFit(cluster, university)!;
    expect(both.ab.score).toBeLessThan(one.ab.score);
    expect(both.ab.reasons).toContain("Both of you want to coordinate: one of you would join as a partner.");
  });
});
