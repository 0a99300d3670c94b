// What an organisation works on: the themes of its projects with how many, each listing those
// projects on the same page (a shareable URL), and back to all of them.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./pages/screenshots";

test("an organisation's themes list its projects on each", async ({ page }) => {
  await page.goto("/organisations?sort=projects");
  await page.locator('main table a[href^="/organisations/"]').filter({ hasNotText: /^\d+$/ }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const all = await page.locator("#projects-heading + *").innerText(); // "N projects: coordinated …"
  const total = Number(all.match(/^([\d,]+) projects?/)![1]!.replace(/,/g, ""));

  const themes = page.getByRole("list", { name: "What it works on" }).getByRole("link");
  await expect(themes.first()).toBeVisible();
  const first = themes.first();
  const [label, count] = [await first.locator("span").first().innerText(), Number((await first.locator("span").last().innerText()).replace(/,/g, ""))];
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(total);
  await first.click();
  await page.waitForURL(/\/organisations\/\d+\?theme=\d+/);

  const chosen = page.getByRole("list", { name: "What it works on" }).locator('[aria-current="true"]');
  await expect(chosen).toHaveText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page.getByText(`${count} ${count === 1 ? "project" : "projects"} on ${label}`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Projects" }).getByRole("row")).toHaveCount(Math.min(count, 20) + 1);
  await keepScreenshot(page, "organisation-themes");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByRole("link", { name: total === 1 ? "Show its project" : `Show all ${total.toLocaleString("en-GB")}` }).click();
  await page.waitForURL(/\/organisations\/\d+(#projects-heading)?$/);
  await expect(page.getByRole("list", { name: "What it works on" }).locator('[aria-current="true"]')).toHaveCount(0);
});

test("an organisation's page lists organisations like it: of its type, on its themes", async ({ page }) => {
  await page.goto("/organisations?sort=projects&type=higher_education");
  await page.locator('main table a[href^="/organisations/"]').filter({ hasNotText: /^\d+$/ }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const name = await page.getByRole("heading", { level: 1 }).innerText();
  const like = page.getByRole("list", { name: "Organisations like this one" }).getByRole("listitem");
  await expect(like.first()).toBeVisible();
  // Each of its type, saying which of its themes it shares.
  for (const item of await like.all()) {
    await expect(item).toContainText("Higher education");
    await expect(item).toContainText(/Also on \S/);
  }
  await like.first().getByRole("link").first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(name);
});
