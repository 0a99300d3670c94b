// The regional view: choose a theme, see where its projects' partners are (map, bar chart and
// table, drawn after the page), drill into a country's NUTS regions, and stay clean under axe, on
// a desktop and a phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot } from "./pages/screenshots";

async function expectNoSeriousAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious).toEqual([]);
}

for (const [width, suffix] of [
  [1280, ""],
  [390, "-phone"],
] as const) {
  test(`a theme's projects by country, then one country's regions (${width} wide)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/regions");
    await expect(page.getByRole("heading", { level: 1, name: "Where projects and partners are" })).toBeVisible();

    // A top-level Interreg theme, from the selection's theme list.
    const selection = page.getByRole("region", { name: "Selection" });
    const theme = selection.getByRole("link", { name: /projects?$/ }).first();
    const themeName = ((await theme.locator("span").first().textContent()) ?? "").trim();
    await theme.click();
    await page.waitForURL(/[?&]theme=\d+/);
    await expect(selection.getByText(themeName, { exact: true }).first()).toBeVisible();

    // The map and the chart draw after the page; the table is there at once.
    await expect(page.getByRole("heading", { name: "Map of Europe" })).toBeVisible();
    await expect(page.locator("svg path[fill]").first()).toBeAttached({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "Projects by country" })).toBeVisible();
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible({ timeout: 30_000 });
    const table = page.getByRole("table", { name: "Countries" });
    await expect(table.getByRole("columnheader", { name: "Projects", exact: true })).toHaveAttribute("aria-sort", "descending");
    const rows = table.getByRole("row");
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(page.getByRole("heading", { name: "Activity over time" })).toBeVisible();
    await keepScreenshot(page, `regions-theme${suffix}`);
    await expectNoSeriousAxeViolation(page);

    // Sort by name, then drill into the first country.
    await table.getByRole("link", { name: "Sort by Country" }).click();
    await page.waitForURL(/sort=name/);
    await expect(page.getByRole("table", { name: "Countries" }).getByRole("columnheader", { name: "Country", exact: true })).toHaveAttribute("aria-sort", "ascending");
    const first = page.getByRole("table", { name: "Countries" }).getByRole("link", { name: /^Regions of / }).first();
    const country = ((await first.getAttribute("aria-label")) ?? "").replace(/^Regions of /, "");
    await first.click();
    await page.waitForURL(/[?&]country=[A-Z]{2}/);
    expect(page.url()).toMatch(/theme=\d+/);
    await expect(page.getByRole("navigation", { name: "Place" }).getByText(country, { exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: "NUTS 1 regions" }).getByRole("row").nth(1)).toBeAttached();
    await expect(page.getByRole("heading", { name: "Map of Europe" })).toHaveCount(0);
    await keepScreenshot(page, `regions-country${suffix}`);
    await expectNoSeriousAxeViolation(page);

    // Back up to all countries, the theme kept.
    await page.getByRole("navigation", { name: "Place" }).getByRole("link", { name: "All countries" }).click();
    await page.waitForURL((u) => !u.search.includes("country=") && u.search.includes("theme="));
  });
}

test("an unknown theme or programme in the URL is dropped", async ({ page }) => {
  await page.goto("/regions?theme=999999&programme=NOPE&country=DE");
  await page.waitForURL((u) => u.search === "?country=DE");
  await expect(page.getByRole("navigation", { name: "Place" }).getByText("Germany")).toBeVisible();
});
