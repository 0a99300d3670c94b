// The two theme vocabularies side by side: a CORDIS project on fields of science is listed under the
// Interreg themes the crosswalk links to them, its page says so, and each theme counts what it lists.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./pages/screenshots";

test("a project's page names the Interreg themes it is listed under, and each lists it", async ({ page }) => {
  await page.goto(`/projects?${new URLSearchParams({ q: "AeroSTREAM" })}`);
  await page.getByRole("link", { name: /AeroSTREAM/ }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const themes = page.locator("div", { has: page.getByText("Also listed under the Interreg themes linked to its fields of science", { exact: true }) }).last();
  const wood = themes.getByRole("link", { name: "Wood and furniture industry" });
  await expect(wood).toHaveAttribute("href", /^\/projects\?theme=\d+$/);
  await keepScreenshot(page, "project-linked-themes");
  const violations = await new AxeBuilder({ page }).analyze();
  expect(violations.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The theme lists it, and its facet count is what the list holds.
  await wood.click();
  await page.waitForURL(/\/projects\?theme=\d+/);
  await expect(page.getByRole("link", { name: /AeroSTREAM/ })).toBeVisible();
  const shown = Number((await page.getByText(/^Showing 1–\d+ of [\d,]+ projects?$/).innerText()).match(/of ([\d,]+)/)![1]!.replace(/,/g, ""));
  // One level up (the filter's trail), the theme's count is what its list held.
  const woodUrl = page.url();
  await page.getByRole("link", { name: "Industry and manufacturing", exact: true }).click();
  await page.waitForURL((url) => url.href !== woodUrl && url.searchParams.has("theme"));
  await expect(page.getByRole("link", { name: new RegExp(`^Wood and furniture industry\\s*${shown}$`) })).toBeVisible();
});

test("an organisation's page names the Interreg themes its projects are listed under, each listing them", async ({ page }) => {
  await page.goto(`/projects?${new URLSearchParams({ q: "AeroSTREAM" })}`);
  await page.getByRole("link", { name: /AeroSTREAM/ }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  await page.locator('table a[href^="/organisations/"]').first().click(); // its coordinator
  await page.waitForURL(/\/organisations\/\d+$/);
  const linked = page.getByRole("list", { name: /also listed under these Interreg themes/ });
  const chip = linked.getByRole("link").first();
  const label = await chip.locator("span").first().innerText();
  const count = Number((await chip.locator("span").last().innerText()).replace(/,/g, ""));
  await keepScreenshot(page, "organisation-linked-themes");
  await chip.click();
  await page.waitForURL(/\/organisations\/\d+\?theme=\d+/);
  await expect(page.getByText(`${count} ${count === 1 ? "project" : "projects"} on ${label}`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Projects" }).getByRole("row")).toHaveCount(Math.min(count, 20) + 1);
  await expect(linked.locator('[aria-current="true"]')).toHaveText(new RegExp(`^${label}`));
});
