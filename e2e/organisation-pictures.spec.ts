// The pictures on an organisation page: the activity chart and the partner network load when the
// reader scrolls near them (not with the page), draw (sigma needs WebGL: headless Chromium falls back to software rendering), stay
// accessible to axe once drawn, and a node or list entry leads to another organisation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./pages/screenshots";

test("activity chart and partner network on the busiest organisation", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/organisations?sort=projects");
  // An organisation's own page: a row of the list (not a facet, "Save search" or "Download CSV").
  await page.locator('main table a[href^="/organisations/"]').filter({ hasNotText: /^\d+$/ }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const url = page.url();

  // Before the reader comes near them, neither library has drawn anything.
  await expect(page.getByRole("heading", { name: "Partner network" })).toBeAttached();
  await expect(page.getByTestId("partner-network-canvas")).toHaveCount(0);

  await page.getByRole("heading", { name: "Activity over time" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("heading", { name: "Activity over time" })).toBeVisible();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("table", { name: "Activity over time" }).getByRole("row").nth(1)).toBeAttached();

  await page.getByRole("heading", { name: "Partner network" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("heading", { name: "Partner network" })).toBeVisible();
  await expect(page.getByTestId("partner-network-canvas").locator("canvas").first()).toBeAttached({ timeout: 20_000 });
  await keepScreenshot(page, "organisation-pictures");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByText("The network as a list").click();
  const first = page.getByRole("list", { name: "Partner network" }).getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/organisations\/\d+$/);
  expect(url.endsWith(href!)).toBe(false);
  await first.click();
  await page.waitForURL((u) => u.pathname === href);
});
