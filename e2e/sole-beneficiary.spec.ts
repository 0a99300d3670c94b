// "Coordinated" means a consortium led: CORDIS calls the single beneficiary of a grant held alone
// (an SME's, an ERC grant, a fellowship) its coordinator, and the pages call it the sole
// beneficiary. FRATAXAV, in the demo sample, is BIOINTAXIS SL's alone.
import { expect, test } from "@playwright/test";

test("a grant held alone names its sole beneficiary, which is not counted as having coordinated", async ({ page }) => {
  await page.goto("/search?q=FRATAXAV");
  await page.getByRole("main").getByRole("link", { name: /FRATAXAV/ }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const row = page.getByRole("main").getByRole("row").filter({ hasText: "BIOINTAXIS" });
  await expect(row).toContainText("Sole beneficiary");
  await expect(row).not.toContainText("Coordinator");
  // One participant, not "1 partner".
  await expect(page.getByRole("main").getByText("1 participant.", { exact: true })).toBeVisible();

  await row.getByRole("link").first().click();
  await page.waitForURL(/\/organisations\/\d+/);
  await expect(page.locator("#projects-heading + *")).toHaveText("1 project: sole beneficiary of 1");
  await expect(page.getByRole("table", { name: "Projects" }).getByRole("row").filter({ hasText: "FRATAXAV" })).toContainText("Sole beneficiary");

  // Organisation search's "has coordinated a consortium" leaves it out, and counts consortia.
  await page.goto("/organisations?q=BIOINTAXIS");
  await expect(page.getByRole("main").getByRole("link", { name: /BIOINTAXIS/ })).toBeVisible();
  await page.goto("/organisations?q=BIOINTAXIS&coordinated=true");
  await expect(page.getByRole("main").getByRole("link", { name: /BIOINTAXIS/ })).toHaveCount(0);
  await page.goto("/organisations?coordinated=true");
  await expect(page.getByRole("link", { name: "Remove filter Role: Coordinated a consortium" })).toBeVisible();
  await expect(page.getByRole("main").getByText(/^\d[\d,]* consorti(a|um) coordinated$/).first()).toBeVisible();

  // Sorted by the consortia led: the counts never rise down the list.
  await page.getByLabel("Sort by").selectOption({ label: "Most consortia coordinated" });
  await page.getByRole("button", { name: "Sort" }).click();
  await page.waitForURL(/sort=coordinated/);
  const led = page.getByRole("main").getByText(/^\d[\d,]* consorti(a|um) coordinated$/);
  await expect(led.first()).toBeVisible();
  const counts = (await led.allInnerTexts()).map((text) => Number(text.replace(/[^\d]/g, "")));
  expect(counts.length).toBeGreaterThan(5);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]!);
});

test("an organisation's consortia led are one click from its counts", async ({ page }) => {
  await page.goto("/organisations?sort=coordinated");
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const summary = page.locator("#projects-heading + *");
  const link = summary.getByRole("link", { name: /^coordinated \d[\d,]* consorti(a|um)$/ });
  const led = Number((await link.innerText()).replace(/[^\d]/g, ""));
  expect(led).toBeGreaterThan(0);
  await link.click();
  await page.waitForURL(/role=led/);
  await expect(summary).toContainText(`${led} ${led === 1 ? "consortium" : "consortia"} coordinated`);
  const rows = page.getByRole("table", { name: "Projects" }).getByRole("row");
  await expect(rows).toHaveCount(Math.min(led, 20) + 1);
  for (const role of await rows.locator("td:nth-child(2)").allInnerTexts()) expect(role).toMatch(/^(Coordinator|Lead partner)$/);
  await summary.getByRole("link", { name: /^Show (all|its project)/ }).click();
  await page.waitForURL(/\/organisations\/\d+(#projects-heading)?$/);
  await expect(summary).toContainText(/^\d[\d,]* projects?: coordinated/);
});

test("the role switch keeps the theme: an organisation's consortia coordinated on it, or none", async ({ page }) => {
  // Universidade Nova de Lisboa coordinated 4 consortia of the demo sample, and its projects have themes.
  await page.goto("/organisations?q=UNIVERSIDADE%20NOVA%20DE%20LISBOA");
  await page.getByRole("main").getByRole("link", { name: /UNIVERSIDADE NOVA DE LISBOA/ }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const summary = page.locator("#projects-heading + *");
  const rows = page.getByRole("table", { name: "Projects" }).getByRole("row");
  const roles = page.getByRole("navigation", { name: "Projects by its role" });
  await expect(roles.getByRole("link", { name: "All roles" })).toHaveAttribute("aria-current", "page");
  const led = Number((await summary.getByRole("link", { name: /^coordinated \d+ consorti(a|um)$/ }).innerText()).replace(/[^\d]/g, ""));
  const theme = page.getByRole("list", { name: "What it works on" }).getByRole("link").first();
  const themeName = (await theme.innerText()).replace(/\s*\d[\d,]*$/, "").trim();
  await theme.click();
  await page.waitForURL(/theme=\d+/);
  await expect(summary).toContainText(` on ${themeName}`);
  const onTheme = Number((await summary.innerText()).replace(/[^\d].*$/s, ""));
  await roles.getByRole("link", { name: "Consortia coordinated" }).click();
  await page.waitForURL(/theme=\d+&role=led/);
  await expect(roles.getByRole("link", { name: "Consortia coordinated" })).toHaveAttribute("aria-current", "page");
  await expect(summary).toContainText(`coordinated on ${themeName}`);
  const ledOnTheme = Number((await summary.innerText()).replace(/[^\d].*$/s, ""));
  expect(ledOnTheme).toBeLessThanOrEqual(Math.min(led, onTheme));
  if (ledOnTheme > 0) {
    await expect(summary).toContainText(`${ledOnTheme} ${ledOnTheme === 1 ? "consortium" : "consortia"} coordinated on ${themeName}`);
    await expect(rows).toHaveCount(Math.min(ledOnTheme, 20) + 1);
    for (const role of await rows.locator("td:nth-child(2)").allInnerTexts()) expect(role).toMatch(/^(Coordinator|Lead partner)$/);
  } else {
    await expect(page.getByRole("heading", { name: `It coordinated no consortium on ${themeName}` })).toBeVisible();
  }
  // And back to every role on that theme.
  await roles.getByRole("link", { name: "All roles" }).click();
  await page.waitForURL((url) => url.searchParams.has("theme") && !url.searchParams.has("role"));
  await expect(summary).toContainText(`${onTheme} ${onTheme === 1 ? "project" : "projects"} on ${themeName}`);
});
