// A search's CSV export: the rows the list shows, in its order, read a page at a time; and the
// route handlers that send it (called as Next calls them, with the fixture as the process's database).
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as exportOrganisationsRoute } from "@/app/(public)/organisations/export/route";
import { GET as exportProjectsRoute } from "@/app/(public)/projects/export/route";
import { parseOrganisationSearchState, parseProjectSearchState } from "@/lib/search/params";
import { fixtureAsProcessDatabase } from "../test-databases";
import { testEngine } from "../testing";
import { exportOrganisations, exportProjects } from "./export";
import { searchOrganisationsWithFacets } from "./organisations";
import { searchProjectsWithFacets } from "./projects";

const database = fixtureAsProcessDatabase();

const rowsOfCsv = async (response: Response) => parse((await response.text()).replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];

describe(`search export on ${testEngine}`, () => {
  it("reads every page of the search, in the list's order, up to the limit", async () => {
    for (const sort of ["recent", "budget"] as const) {
      const state = parseProjectSearchState({ sort });
      const list = await searchProjectsWithFacets(database.db, { ...state, pageSize: 100 });
      expect(list.total).toBeGreaterThan(2);
      const all = await exportProjects(database.db, state, 100, 2);
      expect(all.rows.map((r) => r.id)).toEqual(list.rows.map((r) => r.id));
      expect(all.total).toBe(list.total);
      expect((await exportProjects(database.db, state, 2, 1)).rows.map((r) => r.id)).toEqual(list.rows.slice(0, 2).map((r) => r.id));
    }
    const organisations = parseOrganisationSearchState({ q: "cluster" });
    const list = await searchOrganisationsWithFacets(database.db, { ...organisations, pageSize: 100 });
    expect((await exportOrganisations(database.db, organisations, 100, 1)).rows.map((r) => r.id)).toEqual(list.rows.map((r) => r.id));
  });

  it("GET /projects/export sends the search's projects as a CSV download, whatever page the list was on", async () => {
    const response = await exportProjectsRoute(new Request("http://localhost/projects/export?q=cluster&country=IT&page=2&pageSize=1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="consortia-projects-cluster-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = await rowsOfCsv(response);
    expect(rows[0]).toEqual(["Acronym", "Title", "Call topic", "Programme", "Start", "End", "Call year", "Coordinator", "Participants", "Countries", "Link"]);
    // The two Italian projects on clusters (as /api/projects?q=cluster&country=IT counts them), then the attribution.
    const records = rows.slice(1, rows.findIndex((r) => r.length === 1 && r[0] === ""));
    expect(records).toHaveLength(2);
    for (const record of records) expect(record[10]).toMatch(/\/projects\/\d+$/);
    expect(rows.flat()).toContain("Source: CORDIS, © European Union, CC BY 4.0");
  });

  it("GET /organisations/export names types in words and counts the matching projects", async () => {
    const response = await exportOrganisationsRoute(new Request("http://localhost/organisations/export?q=tu%20wien"));
    expect(response.status).toBe(200);
    const [header, first] = await rowsOfCsv(response);
    expect(header).toEqual(["Name", "Short name", "PIC", "Type", "SME", "Country", "City", "Projects", "Consortia led", "Matching projects", "Link"]);
    expect(first!.slice(0, 6)).toEqual(["Technische Universität Wien", "TU Wien", expect.any(String), "Higher education", "no", "Austria"]);
  });

  it("answers 400 naming each bad parameter, as the JSON API does", async () => {
    const response = await exportProjectsRoute(new Request("http://localhost/projects/export?type=spy&sort=name"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { field: string }[] };
    expect(body.issues.map((i) => i.field)).toEqual(["type", "sort"]);
  });
});
