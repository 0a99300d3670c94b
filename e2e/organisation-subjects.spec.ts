// Organisations found by what they work on: a subject typed in any of the six languages lists the
// organisations whose projects match it, each with how many, and its page lists those projects.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./pages/screenshots";

test("a subject in Polish finds the organisations working on it, and each one's matching projects", async ({ page }) => {
  await page.goto("/organisations");
  await page.getByRole("searchbox", { name: "Search organisations" }).fill("przemysł drzewny");
  await page.getByRole("searchbox", { name: "Search organisations" }).press("Enter");
  await page.waitForURL(/\/organisations\?q=/);
  await expect(page.getByText(/Also searching the theme\s+Wood and furniture industry/)).toBeVisible();
  // And what the Polish words were searched as in English.
  await expect(page.getByText(/Also searching the theme\s+Wood and furniture industry/)).toContainText("(“przemysł drzewny”, Polish: “wood industry”)");

  const matching = page.getByRole("link", { name: /^\d+ matching$/ });
  await expect(matching.first()).toBeVisible();
  const counts = await Promise.all((await matching.all()).map(async (l) => Number((await l.innerText()).match(/^(\d+)/)![1])));
  expect(counts).toEqual([...counts].sort((a, b) => b - a)); // no name has the words: most matching projects first
  await keepScreenshot(page, "organisation-subjects");
  const listViolations = await new AxeBuilder({ page }).analyze();
  expect(listViolations.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Each row names its latest matching projects.
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow.getByText("Matching projects:")).toBeVisible();
  await expect(firstRow.locator('a[href^="/projects/"]').first()).toBeVisible();

  const n = counts[0]!;
  await matching.first().click();
  await page.waitForURL(/\/organisations\/\d+\?q=/);
  await expect(page.getByText(n === 1 ? "1 project matches “przemysł drzewny”" : `${n} projects match “przemysł drzewny”`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Projects" }).getByRole("row")).toHaveCount(Math.min(n, 20) + 1);
  await expect(page.getByRole("searchbox", { name: "Search its projects" })).toHaveValue("przemysł drzewny");
  await keepScreenshot(page, "organisation-subject-projects");
  const pageViolations = await new AxeBuilder({ page }).analyze();
  expect(pageViolations.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Its projects searched from its page: none on this.
  await page.getByRole("searchbox", { name: "Search its projects" }).fill("zzyzx");
  await page.getByRole("search", { name: "Search its projects" }).getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\?q=zzyzx/);
  await expect(page.getByText("None of its projects matches “zzyzx”")).toBeVisible();
});

test("the theme a subject was matched to lists the organisations on it and on its linked fields of science", async ({ page }) => {
  await page.goto(`/organisations?${new URLSearchParams({ q: "przemysł drzewny" })}`);
  // The field of science it is linked to is a filter of its own.
  const notice = page.locator("p", { hasText: "Also searching the theme" });
  await expect(notice.getByRole("link", { name: "forestry", exact: true })).toHaveAttribute("href", /theme=\d+/);
  await notice.getByRole("link", { name: "Wood and furniture industry" }).click();
  await page.waitForURL(/theme=\d+/);
  // The chip names what the filter lists: the Interreg theme and the CORDIS field it is linked to.
  await expect(page.getByText("Wood and furniture industry, with forestry")).toBeVisible();
  await expect(page.getByText(/^Showing 1–\d+ of \d+ organisations?$/)).toBeVisible();
  await keepScreenshot(page, "organisations-theme-linked");
});

test("a query no project matches whole lists those matching some of it, and says so", async ({ page }) => {
  // "klastry wodór" (clusters, hydrogen): the demo data has projects on each, none on both.
  await page.goto(`/projects?${new URLSearchParams({ q: "klastry wodór" })}`);
  await expect(page.getByRole("status").filter({ hasText: "No project matches “klastry” and “wodór” all at once" })).toBeVisible();
  await expect(page.getByText(/^Showing 1–\d+ of \d+ projects?$/)).toBeVisible();
  await expect(page.getByRole("link", { name: /CLUSTERS-CORD/ }).first()).toBeVisible();
  // Each project says which parts it has.
  await expect(page.getByText(/^Matches “klastry”/).first()).toBeVisible();
  await keepScreenshot(page, "projects-partial-match");

  await page.goto(`/organisations?${new URLSearchParams({ q: "klastry wodór" })}`);
  await expect(page.getByRole("status").filter({ hasText: "No organisation matches “klastry” and “wodór” all at once" })).toBeVisible();
  await expect(page.getByText(/^Projects matching “(klastry|wodór)”/).first()).toBeVisible();
  const matching = page.getByRole("link", { name: /^\d+ matching$/ }).first();
  const n = Number((await matching.innerText()).match(/^(\d+)/)![1]);
  await keepScreenshot(page, "organisations-partial-match");
  const violations = await new AxeBuilder({ page }).analyze();
  expect(violations.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Its page lists the projects the list counted, and says they match part of the query.
  await matching.click();
  await page.waitForURL(/\/organisations\/\d+\?q=/);
  await expect(page.getByText(n === 1 ? "1 project matches part of “klastry wodór”" : `${n} projects match part of “klastry wodór”`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "None of its projects matches “klastry” and “wodór” all at once" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Projects" }).getByRole("row")).toHaveCount(Math.min(n, 20) + 1);
  // Each row says which parts it has.
  await expect(page.getByRole("table", { name: "Projects" }).getByText(/^Matches “(klastry|wodór)”/)).toHaveCount(Math.min(n, 20));
});

test("a query few projects match whole offers those matching some of it, and the way back", async ({ page }) => {
  // "wood industry clusters": CLUSTERS-CORD is on both, more demo projects on one of them.
  await page.goto(`/search?${new URLSearchParams({ q: "wood industry clusters" })}`);
  const offer = page.getByRole("status").filter({ hasText: /more projects? match(es)? some of “wood industry” and “clusters”, not all of them\./ });
  await expect(offer).toBeVisible();
  const more = Number((await offer.innerText()).match(/^(\d+|One) more/)![1]!.replace("One", "1"));
  const shown = Number((await page.getByText(/^Showing 1–\d+ of \d+ projects?$/).innerText()).match(/of (\d+)/)![1]);
  await expect(page.getByRole("link", { name: /CLUSTERS-CORD/ })).toBeVisible();
  await offer.getByRole("link", { name: "Show them too" }).click();
  await page.waitForURL(/[?&]match=any/);
  await expect(page.getByRole("status").filter({ hasText: "Projects matching some of “wood industry” and “clusters”, those matching the most first." })).toBeVisible();
  await expect(page.getByText(`Showing 1–${Math.min(shown + more, 20)} of ${shown + more} projects`)).toBeVisible();
  // The project with both parts first, each row saying which parts it has.
  await expect(page.getByRole("main").getByRole("link", { name: /^CLUSTERS-CORD/ }).first()).toBeVisible();
  await expect(page.getByText("Matches “wood industry” and “clusters”").first()).toBeVisible();
  await expect(page.getByText(/^Matches “(wood industry|clusters)”$/).first()).toBeVisible();
  // A new sort keeps the choice; the way back lists only those with both.
  await page.getByLabel("Sort by").selectOption("recent");
  await page.getByRole("button", { name: "Sort" }).click();
  await page.waitForURL(/sort=recent/);
  expect(page.url()).toContain("match=any");
  await keepScreenshot(page, "projects-some-of-the-words");
  await page.getByRole("link", { name: "Only those matching all of them" }).click();
  await page.waitForURL((url) => !url.searchParams.has("match"));
  await expect(page.getByText(`Showing 1–${shown} of ${shown} project${shown === 1 ? "" : "s"}`)).toBeVisible();
});

test("a misspelt query that finds nothing offers the spelling the knowledge base has", async ({ page }) => {
  await page.goto(`/search?${new URLSearchParams({ q: "hydorgen", country: "DE" })}`);
  await expect(page.getByRole("heading", { name: "No projects match" })).toBeVisible();
  const offer = page.getByRole("status").filter({ hasText: "Did you mean “hydrogen”?" });
  await expect(offer).toBeVisible();
  await keepScreenshot(page, "projects-did-you-mean");
  // The offer searches the corrected words with the same filters.
  await offer.getByRole("link", { name: "“hydrogen”" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === "hydrogen" && url.searchParams.get("country") === "DE");
  await expect(page.getByText(/^Showing 1–\d+ of \d+ projects?$/)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Did you mean" })).toHaveCount(0);
});
