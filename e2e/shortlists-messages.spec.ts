// Shortlists in a browser, as two new users would try them: a cluster manager posts an interest,
// adds its best match to a new shortlist with a note, adds her own organisation and sees the
// consortium checks change, sets a status, reorders, exports the CSV and finds the right rows;
// another member (another browser context) cannot open the list or its export.
// (Messaging is not built yet: the message and reply steps are not here.)
import { expect, test } from "@playwright/test";
import { checkPage } from "./pages/account-pages";
import { InterestFormPage, InterestPage, memberWithOrganisation, newMemberPage, type InterestDetails } from "./pages/interest-pages";
import { AddToShortlistForm, ShortlistPage } from "./pages/shortlist-pages";

const run = Date.now().toString(36);
const password = "Holz-Cluster-2030";
const anna = { name: "Anna Berger", email: `anna.${run}@holzcluster.at`, password };
const boris = { name: "Boris Kranjc", email: `boris.${run}@agency.si`, password };
const cluster = {
  name: `Holzcluster Kärnten ${run}`,
  type: "Cluster organisation",
  country: "Austria",
  regionSearch: "kärnten",
  region: /^\s*Kärnten \(AT21\)$/,
  website: "https://www.holzcluster-kaernten.at",
  description: "The wood-industry cluster of Carinthia.",
  themes: ["Wood and furniture industry", "Clusters and economic cooperation"],
};
const agency = {
  name: `Razvojna agencija ${run}`,
  type: "Development agency",
  country: "Slovenia",
  regionSearch: "vzhodna",
  region: /^\s*Vzhodna Slovenija \(SI03\)$/,
  website: "https://www.ra.si",
  description: "Regional development agency.",
  themes: ["Business support services"],
};
const interest: InterestDetails = {
  title: "Timber construction clusters AT-SI-HU",
  description:
    "Cooperation of wood-industry clusters on timber construction, furniture and the forest-based bioeconomy: innovation support for SMEs and technology transfer from research.",
  programme: "CENTRAL EUROPE",
  themes: ["Wood and furniture industry", "Clusters and economic cooperation", "SMEs and entrepreneurship"],
  partnerTypes: ["Higher education", "Development agency"],
  countries: ["Slovenia", "Hungary"],
  role: "Coordinator (lead partner)",
};

test("a member shortlists a match with a note, sees the consortium checks change and exports the CSV", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await memberWithOrganisation(page, anna, cluster);
  await page.goto("/interests/new");
  const form = new InterestFormPage(page);
  await form.fill(interest);
  await form.publish();
  await page.waitForURL(/\/interests\/\d+\?published=1$/);

  // The best match goes to a new shortlist, with a note; the list is about the interest.
  const matches = new InterestPage(page).matches();
  await expect(matches.first()).toBeVisible();
  const best = matches.first();
  const bestName = (await best.getByRole("heading").textContent())!.trim();
  await new AddToShortlistForm(best).addToNewList("Timber partners", "Strong in timber research");
  await best.getByRole("link", { name: "Open the shortlist" }).click();
  await page.waitForURL(/\/shortlists\/\d+$/);
  const listUrl = new URL(page.url()).pathname;

  const list = new ShortlistPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timber partners");
  await expect(list.entries()).toHaveCount(1);
  await expect(list.entry(bestName)).toContainText("Added by Anna Berger");
  await expect(list.entry(bestName).getByLabel(/^Note/)).toHaveValue("Strong in timber research");
  await expect(page.getByText(`For “${interest.title}”`)).toBeVisible();
  await expect(list.check("requester")).toHaveAttribute("data-status", "warn");
  await expect(list.check("eligibility")).toBeVisible();
  const before = await list.checksSummary().textContent();

  // Adding her own organisation changes the checks: the requester is in, a second country may be.
  const own = page.getByRole("main").locator("details", { hasText: "Add to shortlist" });
  await own.getByText("Add to shortlist").click();
  await own.getByRole("button", { name: "Add", exact: true }).click();
  await expect(list.entries()).toHaveCount(2);
  await expect(list.check("requester")).toHaveAttribute("data-status", "pass");
  await expect(list.checksSummary()).not.toHaveText(before!);

  // Status, note and order.
  await list.setStatus(bestName, "Contacted");
  await expect(page.getByLabel(`Status of ${bestName}`)).toHaveValue("contacted");
  await page.reload();
  await expect(page.getByLabel(`Status of ${bestName}`)).toHaveValue("contacted");
  await page.getByRole("button", { name: `Move ${cluster.name} up` }).click();
  await expect(list.entries().first()).toContainText(cluster.name);
  await checkPage(page, "shortlist-detail");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "shortlist-detail-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/screenshots/shortlist-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The CSV: a header and one row per entry, in the list's order, with status and note.
  const csv = await list.exportCsv();
  const rows = csv.trim().split("\r\n");
  expect(rows[0]).toBe("Kind,Name,Country,Region,Type,Status,Note,Added by,Added on,Link");
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain(cluster.name);
  expect(rows[1]).toContain("Austria");
  expect(rows[2]).toContain(bestName.replace(/"/g, '""'));
  expect(rows[2]).toContain("Contacted");
  expect(rows[2]).toContain("Strong in timber research");

  await page.goto("/shortlists");
  await expect(page.getByRole("link", { name: "Timber partners" })).toBeVisible();
  await checkPage(page, "shortlists-list");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "shortlists-list-phone");

  // Another organisation's member cannot open the list or its export.
  const other = await newMemberPage(browser, test.info().project.use.baseURL);
  await memberWithOrganisation(other.page, boris, agency);
  const response = await other.page.goto(listUrl);
  expect(response?.status()).toBe(404);
  expect((await other.page.request.get(`${listUrl}/export`)).status()).toBe(404);
  await other.page.goto("/shortlists");
  await expect(other.page.getByRole("link", { name: "Timber partners" })).toHaveCount(0);
  await checkPage(other.page, "shortlists-empty");
  await other.context.close();
});
