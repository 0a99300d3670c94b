// The search box offers while one types: projects by acronym, organisations by name, themes by a
// name in any language; the arrow keys and Enter open one, Escape closes the list, Enter without a
// choice searches as before.
import { expect, test } from "@playwright/test";
import { checkPage } from "./pages/account-pages";
import { SuggestingSearchBox } from "./pages/app-pages";
import { whenHydrated } from "./pages/hydration";

test("the header's search box offers a project by its acronym, opened with the keyboard", async ({ page }) => {
  await page.goto("/organisations");
  await whenHydrated(page);
  const search = new SuggestingSearchBox(page, "Search projects");
  await search.type("clusters-c");
  await expect(search.option(/CLUSTERS-CORD/)).toBeVisible();
  await expect(search.box).toHaveAttribute("aria-expanded", "true");
  await search.box.press("ArrowDown");
  await expect(search.option(/CLUSTERS-CORD/)).toHaveAttribute("aria-selected", "true");
  await expect(search.box).toHaveAttribute("aria-activedescendant", (await search.option(/CLUSTERS-CORD/).getAttribute("id"))!);
  await search.box.press("Enter");
  await page.waitForURL(/\/projects\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CLUSTERS-CORD");
});

test("a theme is offered by its Polish name, and lists the projects on it", async ({ page }) => {
  await page.goto("/");
  await whenHydrated(page);
  const search = new SuggestingSearchBox(page, "Search past projects");
  await search.type("klast");
  const theme = search.option(/Clusters and economic cooperation/);
  await expect(theme).toContainText("Klastry");
  await checkPage(page, "search-suggestions", { fullPage: false });
  await theme.click();
  await page.waitForURL(/\/projects\?theme=\d+$/);
  await expect(page.getByRole("main").getByRole("link", { name: /INCLUD/ }).first()).toBeVisible();
});

test("Escape closes the offers and Enter without a choice searches for what was typed", async ({ page }) => {
  await page.goto("/");
  await whenHydrated(page);
  const search = new SuggestingSearchBox(page, "Search projects");
  await search.type("namur");
  await expect(search.offers.getByRole("group", { name: "Organisations" }).getByRole("option").first()).toBeVisible();
  await search.box.press("Escape");
  await expect(search.offers).toBeHidden();
  await expect(search.box).toHaveValue("namur");
  await search.box.press("Enter");
  await page.waitForURL(/\/projects\?q=namur$/);
});
