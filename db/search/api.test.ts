// The JSON API's route handlers, called as Next calls them: GET with a Request. The database is
// injected as the process's handle (getDb() returns it), a fresh test database with the fixture.
import { describe, expect, it } from "vitest";
import { GET as getOrganisations } from "@/app/api/organisations/route";
import { GET as getProjects } from "@/app/api/projects/route";
import { GET as getSuggestions } from "@/app/api/suggestions/route";
import { fixtureAsProcessDatabase } from "../test-databases";
import { testEngine } from "../testing";

fixtureAsProcessDatabase();

const call = async (handler: (r: Request) => Promise<Response>, query: string) => {
  const response = await handler(new Request(`http://localhost${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { issues?: { field: string; reason: string }[] } };
};

describe(`GET /api/projects on ${testEngine}`, () => {
  it("answers 400 naming each bad field and why", async () => {
    const { status, body } = await call(getProjects, "/api/projects?page=0&type=spy&pageSize=1000&contry=DE");
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_parameters");
    expect(body.issues).toEqual([
      { field: "contry", reason: expect.stringMatching(/^is not a parameter/) },
      { field: "type", reason: expect.stringMatching(/^must be one of public_authority/) },
      { field: "page", reason: "must be from 1 to 10000" },
      { field: "pageSize", reason: "must be from 1 to 100" },
    ]);
    expect(body.message).toMatch(/page: must be from 1 to 10000/);
  });

  it("answers 400 for a repeated param, a region outside the country and a bad sort", async () => {
    expect((await call(getProjects, "/api/projects?country=DE&country=FR")).body.issues).toEqual([{ field: "country", reason: "must be given once" }]);
    expect((await call(getProjects, "/api/projects?country=FR&region=DE1")).body.issues).toEqual([{ field: "region", reason: "DE1 is not in country FR" }]);
    expect((await call(getProjects, "/api/projects?sort=name")).status).toBe(400);
    expect((await call(getProjects, "/api/projects?part=abc")).body.issues).toEqual([{ field: "part", reason: expect.stringMatching(/whole number/) }]);
  });

  it("returns a page of results with facet counts, links and attribution", async () => {
    const { status, body } = await call(getProjects, "/api/projects?q=cluster&country=IT&pageSize=1");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total: 2,
      page: 1,
      pageSize: 1,
      pageCount: 2,
      sort: "relevance",
      query: { q: "cluster", country: "IT", page: 1, pageSize: 1 },
      links: { self: "/api/projects?q=cluster&country=IT&pageSize=1", next: "/api/projects?q=cluster&country=IT&page=2&pageSize=1", prev: null },
    });
    const results = body.results as { acronym: string; url: string }[];
    expect(results).toHaveLength(1);
    expect(results[0]!.url).toMatch(/^\/projects\/\d+$/);
    const facets = body.facets as { country: { value: string; count: number; selected: boolean }[] };
    expect(facets.country.find((c) => c.value === "IT")).toEqual({ value: "IT", label: "Italy", count: 2, selected: true });
    expect(body.attribution).toContainEqual({ text: "Source: CORDIS, © European Union, CC BY 4.0", url: "https://cordis.europa.eu/" });
    expect(body.partialMatch).toBeNull();
  });

  it("says when no project had every part of the query and the results have some", async () => {
    const { status, body } = await call(getProjects, "/api/projects?q=smart%20grids%20production");
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, partialMatch: { segments: ["smart", "grids", "production"] } });
    const organisations = await call(getOrganisations, "/api/organisations?q=smart%20grids%20production");
    expect(organisations.body).toMatchObject({ total: 4, partialMatch: { segments: ["smart", "grids", "production"] } });
  });

  it("offers the results with some parts of the query when fewer than a page have all, and lists them with match=any", async () => {
    const all = await call(getProjects, "/api/projects?q=cluster%20production");
    expect(all.body).toMatchObject({ total: 1, partialMatch: null, someMore: { count: 2, segments: ["cluster", "production"] } });
    const any = await call(getProjects, "/api/projects?q=cluster%20production&match=any");
    expect(any.body).toMatchObject({ total: 3, partialMatch: { segments: ["cluster", "production"], chosen: true }, someMore: null });
    expect((any.body.links as { self: string }).self).toBe("/api/projects?q=cluster+production&match=any");
    const organisations = await call(getOrganisations, "/api/organisations?q=cluster%20production&match=any");
    expect(organisations.body).toMatchObject({ total: 4, partialMatch: { chosen: true } });
    expect((await call(getProjects, "/api/projects?q=cluster&match=some")).body.issues).toEqual([{ field: "match", reason: "must be all or any" }]);
  });

  it("offers the query spelt as the knowledge base spells it when nothing is found", async () => {
    expect((await call(getProjects, "/api/projects?q=gridz")).body).toMatchObject({ total: 0, spelling: "grids" });
    expect((await call(getProjects, "/api/projects?q=grids")).body).toMatchObject({ total: 1, spelling: null });
    expect((await call(getOrganisations, "/api/organisations?q=techniche")).body).toMatchObject({ total: 0, spelling: "technische" });
  });
});

describe(`GET /api/organisations on ${testEngine}`, () => {
  it("answers 400 naming the field and the reason", async () => {
    const { status, body } = await call(getOrganisations, "/api/organisations?coordinated=yes&part=3");
    expect(status).toBe(400);
    expect(body.issues).toEqual([
      { field: "part", reason: expect.stringMatching(/^is not a parameter/) },
      { field: "coordinated", reason: "must be 1, true, 0 or false" },
    ]);
  });

  it("returns named organisations with facet counts", async () => {
    const { status, body } = await call(getOrganisations, "/api/organisations?coordinated=true");
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect((body.results as { name: string | null }[]).every((r) => r.name !== null)).toBe(true);
    expect(body.facets).toMatchObject({ coordinated: { count: 3, selected: true } });
  });
});

describe(`GET /api/suggestions on ${testEngine}`, () => {
  it("answers 400 naming the field and the reason", async () => {
    const { status, body } = await call(getSuggestions, "/api/suggestions?locale=xx");
    expect(status).toBe(400);
    expect(body.issues).toEqual([
      { field: "q", reason: "is required" },
      { field: "locale", reason: "must be one of en, fr, de, pl" },
    ]);
  });

  it("offers projects, named organisations and themes holding the query's words, cacheable", async () => {
    const response = await getSuggestions(new Request("http://localhost/api/suggestions?q=tu%20wien&locale=de"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body = (await response.json()) as { organisations: { name: string; shortName: string | null; countryCode: string }[] };
    expect(body.organisations[0]).toMatchObject({ name: "Technische Universität Wien", shortName: "TU Wien", countryCode: "AT" });
    const grids = await call(getSuggestions, "/api/suggestions?q=greengr");
    expect(grids.body.projects).toEqual([expect.objectContaining({ acronym: "GREENGRID", programme: expect.objectContaining({ name: "Horizon Europe" }) })]);
  });

  it("offers nothing before a word of three letters", async () => {
    expect(await call(getSuggestions, "/api/suggestions?q=tu")).toEqual({ status: 200, body: { projects: [], organisations: [], themes: [] } });
  });
});
