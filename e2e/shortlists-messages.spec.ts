// Shortlists in a browser, as two new users would try them: a cluster manager posts an interest,
// sees the other new user's agency among the matches, adds its best match to a new shortlist with a note, adds her own organisation and sees the
// consortium checks change, sets a status, reorders, exports the CSV and finds the right rows;
// she writes to another registered organisation from the list; its member gets the mail, sees the
// unread count and replies; she reads the reply; he cannot open her list or its export.
import { expect, test } from "@playwright/test";
import { checkPage, DevMailbox } from "./pages/account-pages";
import { InterestFormPage, InterestPage, memberWithOrganisation, newMemberPage, type InterestDetails } from "./pages/interest-pages";
import { AddToShortlistForm, ShortlistPage } from "./pages/shortlist-pages";
import { whenHydrated } from "./pages/hydration";

const run = Date.now().toString(36);
const password = "Holz-Cluster-2030";
const anna = { name: "Anna Berger", email: `anna.${run}@holzcluster.at`, password };
const boris = { name: "Boris Kranjc", email: `boris.${run}@agency.si`, password };
const cluster = {
  name: `Holzforschung Kärnten ${run}`,
  // Not a cluster: the interests spec's university looks for one, and the two specs share a database.
  type: "Research organisation",
  country: "Austria",
  regionSearch: "kärnten",
  region: /^\s*Kärnten \(AT21\)$/,
  website: "https://www.holzcluster-kaernten.at",
  description: "Wood research institute of Carinthia.",
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
  themes: ["Business support services", "SMEs and entrepreneurship"],
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

test("two members: shortlist with consortium checks, a message and its reply, the CSV", async ({ page, browser }) => {
  test.setTimeout(420_000);
  // B registers first (another browser context), so that A can find and write to it.
  const other = await newMemberPage(browser, test.info().project.use.baseURL);
  const b = other.page;
  await memberWithOrganisation(b, boris, agency);
  const agencyId = Number(new URL(b.url()).pathname.split("/").pop());

  await memberWithOrganisation(page, anna, cluster);
  await page.goto("/interests/new");
  const form = new InterestFormPage(page);
  await form.fill(interest);
  await form.publish();
  await page.waitForURL(/\/interests\/\d+\?published=1$/);

  // The best match goes to a new shortlist, with a note; the list is about the interest.
  const matches = new InterestPage(page).matches();
  await expect(matches.first()).toBeVisible();
  // B, registered without any past project on record, is among the matches by its profile's themes.
  const bMatch = matches.filter({ has: page.getByRole("heading", { name: agency.name, exact: true }) });
  await expect(bMatch).toHaveCount(1);
  await expect(bMatch).toContainText("registered on Consortia, with no past project in the knowledge base yet");
  await expect(bMatch).toContainText("its profile lists SMEs and entrepreneurship");
  await expect(bMatch.getByRole("link", { name: agency.name, exact: true })).toHaveAttribute("href", `/profiles/${agencyId}`);
  await expect(bMatch.getByRole("link", { name: `Message ${agency.name}` })).toHaveAttribute("href", new RegExp(`^/messages/new\\?to=${agencyId}&`));
  // Her best knowledge-base match (B comes later, from its own page).
  const best = matches.filter({ hasNot: page.getByRole("heading", { name: agency.name, exact: true }) }).first();
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

  // Adding her own organisation changes the checks: the requester is in.
  const own = page.getByRole("main").locator("details", { hasText: "Add to shortlist" });
  await own.getByText("Add to shortlist").click();
  await own.getByRole("button", { name: "Add", exact: true }).click();
  await expect(list.entries()).toHaveCount(2);
  await expect(list.check("requester")).toHaveAttribute("data-status", "pass");
  await expect(list.checksSummary()).not.toHaveText(before!);

  // B (registered) is added from its public page.
  await page.goto(`/profiles/${agencyId}`);
  await new AddToShortlistForm(page.getByRole("main")).addTo("Timber partners");
  await page.goto(listUrl);
  await expect(list.entries()).toHaveCount(3);
  await expect(list.check("countries")).toContainText("Slovenia");

  // Status and order.
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

  // A writes to B from the shortlist.
  await list.entry(agency.name).getByRole("link", { name: /^Message/ }).click();
  await page.waitForURL(/\/messages\/new\?to=\d+/);
  await whenHydrated(page);
  await page.getByLabel("Subject").fill("Timber construction clusters");
  await page.getByLabel("Message", { exact: true }).fill("Hello, would your agency join our Interreg project? See https://www.holzcluster-kaernten.at");
  await checkPage(page, "messages-new");
  await page.getByRole("button", { name: "Send" }).click();
  await page.waitForURL(/\/messages\/\d+$/);
  const threadUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("list", { name: "Messages" })).toContainText("would your agency join");

  // B: the notification mail, the unread count, the thread; the stranger's link is not clickable; B replies.
  const link = await new DevMailbox(b).linkIn(boris.email, /New message from Holzforschung/, /\/messages\/\d+/);
  expect(new URL(link).pathname).toBe(threadUrl);
  await b.goto("/messages");
  await expect(b.getByTestId("unread-count")).toHaveText("1");
  await checkPage(b, "messages-inbox");
  await b.goto(link);
  await expect(b.getByRole("list", { name: "Messages" })).toContainText("would your agency join");
  await expect(b.getByRole("list", { name: "Messages" }).getByRole("link", { name: /holzcluster-kaernten/ })).toHaveCount(0);
  await whenHydrated(b);
  await b.getByLabel("Your reply").fill("Yes, gladly. Let us talk next week.");
  await b.getByRole("button", { name: "Send" }).click();
  await expect(b.getByRole("list", { name: "Messages" })).toContainText("Yes, gladly.");
  await checkPage(b, "messages-thread");
  await b.setViewportSize({ width: 390, height: 844 });
  await checkPage(b, "messages-thread-phone");

  // A sees the reply (the header count first).
  await page.goto("/messages");
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  await page.getByRole("link", { name: /Timber construction clusters/ }).click();
  await expect(page.getByRole("list", { name: "Messages" })).toContainText("Yes, gladly. Let us talk next week.");

  // The CSV: a header and one row per entry, in the list's order, with status and note.
  await page.goto(listUrl);
  const csv = await list.exportCsv();
  const rows = csv.trim().split("\r\n");
  expect(rows[0]).toBe("Kind,Name,Country,Region,Type,Status,Note,Added by,Added on,Link");
  expect(rows).toHaveLength(4);
  expect(rows[1]).toContain(cluster.name);
  expect(rows[1]).toContain("Austria");
  expect(rows[2]).toContain(bestName.replace(/"/g, '""'));
  expect(rows[2]).toContain("Contacted");
  expect(rows[2]).toContain("Strong in timber research");
  expect(rows[3]).toContain(agency.name);
  expect(rows[3]).toContain(`/profiles/${agencyId}`);

  await page.goto("/shortlists");
  await expect(page.getByRole("link", { name: "Timber partners" })).toBeVisible();
  await checkPage(page, "shortlists-list");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "shortlists-list-phone");

  // B cannot open A's list or its export.
  const response = await b.goto(listUrl);
  expect(response?.status()).toBe(404);
  expect((await b.request.get(`${listUrl}/export`)).status()).toBe(404);
  await b.goto("/shortlists");
  await expect(b.getByRole("link", { name: "Timber partners" })).toHaveCount(0);
  await checkPage(b, "shortlists-empty");
  await other.context.close();
});
