import { describe, expect, it } from "vitest";
import { organisationPageState, projectPageState } from "./page-state";

describe("list page search state", () => {
  it("keeps a canonical URL and gives the clean one for a stale or empty form submit", () => {
    expect(projectPageState("/projects", {})).toMatchObject({ canonical: "", redirectTo: null, state: { q: "", page: 1 } });
    const canonical = projectPageState("/search", { q: "clusters" });
    expect(canonical.redirectTo).toBeNull();
    expect(projectPageState("/search", { q: "clusters", type: "", page: "1" }).redirectTo).toBe(`/search?${canonical.canonical}`);
    expect(projectPageState("/projects", { q: "", type: "" }).redirectTo).toBe("/projects");
  });

  it("never redirects to a URL that would redirect again", () => {
    const first = organisationPageState("/organisations", { q: " TU Wien ", country: "", page: "1" });
    expect(first.redirectTo).not.toBeNull();
    const params = Object.fromEntries(new URLSearchParams(first.redirectTo!.split("?")[1] ?? ""));
    expect(organisationPageState("/organisations", params).redirectTo).toBeNull();
  });
});
