// Horizon Europe projects come without dates (CORDIS publishes none): the lists place them by the
// year of their call and say so ("2023 call"), on the search page and on an organisation's page.
import { expect, test } from "@playwright/test";

test("most recent first places Horizon Europe projects by their call's year, and says it", async ({ page }) => {
  await page.goto("/search?sort=recent");
  const results = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading") });
  await expect(results.first()).toContainText(/20\d\d call/);
  const texts = await results.allInnerTexts();
  const years = texts.map((t) => /(20\d\d) call/.exec(t)?.[1]).filter((y) => y != null).map(Number);
  expect(years.length).toBeGreaterThan(1);
  expect(years).toEqual([...years].sort((a, b) => b - a));

  // The first result's coordinator (or sole beneficiary) lists it with its call year in the dates column.
  const first = results.first();
  const acronym = (await first.getByRole("link").first().innerText()).split("\n")[0]!.trim();
  await first.getByRole("link").first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  await page.getByRole("main").getByRole("row").filter({ hasText: /coordinator|sole beneficiary/i }).getByRole("link").first().click();
  await page.waitForURL(/\/organisations\/\d+/);
  const row = page.getByRole("main").getByRole("row").filter({ hasText: acronym });
  await expect(row).toContainText(/20\d\d call/);
});
