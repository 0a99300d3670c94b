// Saved searches and alerts in a browser: a member saves a search with a weekly alert; a new
// KEEP project is imported (the KEEP importer, through the test-only /dev/keep-import, since the
// CLI cannot open the embedded database while the server runs); /saved counts it as new; the
// digest job runs once as if a week had passed (/dev/alerts); the digest in /dev/mailbox names
// the new project; its unsubscribe link works signed out and switches off that alert.
import { expect, test, type Page } from "@playwright/test";
import { checkPage, DevMailbox, RegisterPage, SignInPage } from "./pages/account-pages";
import { newMemberPage } from "./pages/interest-pages";
import { whenHydrated } from "./pages/hydration";
import { keepScreenshot } from "./pages/screenshots";

const run = Date.now().toString(36);
const member = { name: "Marta Nowak", email: `marta.${run}@rda.pl`, password: "Drewno-Alerty-2030" };
const word = `timberalert${run}`;
const newProject = {
  externalId: `e2e-saved-${run}`,
  acronym: `TIMBER${run.toUpperCase()}`,
  title: `Timber bridges for alpine valleys ${word}`,
  description: `Cross-border cooperation on timber bridges and wood construction in alpine valleys (${word}).`,
  startDate: "2024-01-01",
  endDate: "2026-12-31",
  programme: { code: "INTERREG-VI-ALPINE", name: "Alpine Space", family: "Interreg", period: "2021-2027", startYear: 2021, endYear: 2027 },
  themes: ["keep/economy/clusters"],
  partners: [{ name: `Holzbau Tirol ${run}`, country: "AT", role: "coordinator", type: "sme" }],
  language: "en",
};

async function signedUp(page: Page) {
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(member);
  const link = await new DevMailbox(page).linkIn(member.email, /Confirm your e-mail address/, /\/verify\?token=/);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await page.waitForURL(/\/sign-in\?verified=1/);
  await new SignInPage(page).signIn(member.email, member.password);
  await page.waitForURL(/\/account$/);
}

test("a weekly alert on a saved search mails the newly imported project; its unsubscribe link works signed out", async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  // Signed out, the button asks to sign in and come back.
  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("link", { name: "Sign in to save this search" })).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(`/search?q=${word}`)}`);

  await signedUp(page);
  await page.goto(`/search?q=${word}`);
  await whenHydrated(page);
  const save = page.getByTestId("save-search");
  await save.getByText("Save search").click();
  await save.getByLabel("Name").fill("Timber bridges");
  await save.getByLabel("Alerts").selectOption({ label: "Weekly" });
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, "save-search-phone", { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  await keepScreenshot(page, "save-search-desktop", { fullPage: false });
  await save.getByRole("button", { name: "Save" }).click();
  await expect(save.getByRole("status")).toContainText("Saved as “Timber bridges”.");

  await page.goto("/saved");
  const saved = page.getByTestId("saved-search").filter({ hasText: "Timber bridges" });
  await expect(saved).toHaveCount(1);
  await expect(saved.getByTestId("new-count")).toHaveText("no new projects");
  await expect(saved).toContainText("Weekly");

  // New data arrives: one KEEP project, through the KEEP importer.
  const imported = await request.post("/dev/keep-import", { data: { source: "keep", projects: [newProject] } });
  expect(imported.status(), await imported.text()).toBe(200);
  await page.reload();
  await expect(saved.getByTestId("new-count")).toHaveText("1 new project");
  await checkPage(page, "saved-searches");
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, "saved-searches-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The digest job, once, as if a week and a day had passed.
  const inAWeek = new Date(Date.now() + 8 * 86_400_000).toISOString();
  const job = await request.post("/dev/alerts", { data: { at: inAWeek } });
  expect(job.status()).toBe(200);
  expect((await job.json()).mails).toBeGreaterThanOrEqual(1);
  // Run again: no second digest for the same user and day.
  expect((await (await request.post("/dev/alerts", { data: { at: inAWeek } })).json()).mails).toBe(0);

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(member.email)}`);
  const digest = page.getByTestId("mail").filter({ has: page.getByRole("heading", { name: "1 new result for your saved searches on Consortia" }) });
  await expect(digest).toHaveCount(1);
  await expect(digest).toContainText("Timber bridges — 1 new project");
  await expect(digest).toContainText(`${newProject.acronym} — ${newProject.title}`);
  const unsubscribe = await new DevMailbox(page).linkIn(member.email, /new result for your saved searches/, /\/alerts\/unsubscribe\?token=/);

  // The link, in a browser that is not signed in.
  const stranger = await newMemberPage(browser, test.info().project.use.baseURL);
  await stranger.page.goto(unsubscribe);
  await expect(stranger.page.getByText("Stop the e-mail alerts for the saved search “Timber bridges”?")).toBeVisible();
  await checkPage(stranger.page, "unsubscribe");
  await whenHydrated(stranger.page);
  await stranger.page.getByRole("button", { name: "Stop these alerts" }).click();
  await expect(stranger.page.getByRole("status")).toHaveText("Done: you will no longer get alerts for “Timber bridges”.");
  // A token edited to name another saved search is refused.
  await stranger.page.goto(unsubscribe.replace(/token=(\d+)\./, (_, id: string) => `token=${Number(id) + 1}.`));
  await expect(stranger.page.getByText("This link is not valid")).toBeVisible();
  await stranger.context.close();

  await page.goto("/saved");
  await expect(saved.getByLabel("Alerts")).toHaveValue("none");
  // Opening the saved search marks it visited: the new project is no longer new.
  await saved.getByRole("link", { name: "Timber bridges" }).click();
  await page.waitForURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole("link", { name: new RegExp(newProject.acronym) }).first()).toBeVisible();
  await page.goto("/saved");
  await expect(saved.getByTestId("new-count")).toHaveText("no new projects");
});
