// axe on every public page (no serious or critical violation), with a screenshot of each to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ProjectsPage } from "./pages/app-pages";
import { memberWithOrganisation } from "./pages/interest-pages";
import { keepScreenshot } from "./pages/screenshots";

async function checkPage(page: Page, name: string) {
  await keepScreenshot(page, name);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious).toEqual([]);
}

test("home", async ({ page }) => {
  await page.goto("/");
  await checkPage(page, "home");
});

test("projects list", async ({ page }) => {
  await page.goto("/projects");
  await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
  await checkPage(page, "projects");
});

test("project page", async ({ page }) => {
  const projects = new ProjectsPage(page);
  await projects.open("CLUSTERS-CORD");
  await projects.openResult("CLUSTERS-CORD");
  await checkPage(page, "project");
});

test("organisations list and an organisation page", async ({ page }) => {
  test.setTimeout(60_000); // two searches with facets and two axe runs: slow on a busy 2-core machine
  await page.goto("/organisations");
  await checkPage(page, "organisations");
  // An organisation's own page: a row of the list (not a facet, "Save search" or "Download CSV").
  await page.locator('main table a[href^="/organisations/"]').filter({ hasNotText: /^\d+$/ }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  await checkPage(page, "organisation");
});

test("phone width home and project", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await checkPage(page, "home-phone");
  const projects = new ProjectsPage(page);
  await projects.open("INCLUD");
  await projects.openResult("INCLUD");
  await checkPage(page, "project-phone");
});

// The account pages a signed-out visitor reaches, including links that no longer work (the
// signed-in pages are checked along the journey in accounts.spec.ts).
const accountPages: [path: string, name: string][] = [
  ["/register", "register"],
  ["/sign-in", "sign-in"],
  ["/forgot-password", "forgot-password"],
  ["/reset-password?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "reset-password-unknown-link"],
  ["/verify?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "verify-unknown-link"],
  ["/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "invitation-unknown-link"],
  ["/dev/mailbox", "mailbox"],
];

test("account pages, signed out", async ({ page }) => {
  test.setTimeout(120_000);
  for (const [path, name] of accountPages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkPage(page, `account-${name}`);
  }
});

test("account pages at phone width", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, name] of accountPages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkPage(page, `account-${name}-phone`);
  }
});

// The interest pages a visitor reaches without an account; the signed-in ones (form, errors, an
// interest with its matches and mutual matches, edit, closed) are checked by e2e/interests.spec.ts.
test("interests list, desktop and phone", async ({ page }) => {
  await page.goto("/interests");
  await expect(page.getByRole("heading", { name: "Partnership interests", level: 1 })).toBeVisible();
  await checkPage(page, "interests-anonymous");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "interests-anonymous-phone");
});

test("member pages: shortlists and messages (empty), desktop and phone", async ({ page }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  await memberWithOrganisation(page, { name: "Axe Tester", email: `axe.${run}@example-org.eu`, password: "Lindenbaum-Quelle-77" }, {
    name: `Axe Agency ${run}`,
    type: "Development agency",
    country: "Austria",
    regionSearch: "steiermark",
    region: /^\s*Steiermark \(AT22\)$/,
    website: "https://www.axe-agency.at",
    description: "An agency.",
    themes: [],
  });
  for (const [path, name] of [
    ["/shortlists", "shortlists"],
    ["/messages", "messages"],
  ] as const) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(path);
    await checkPage(page, `${name}-member`);
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage(page, `${name}-member-phone`);
  }
});
