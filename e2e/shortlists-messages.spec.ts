// Shortlists and messages in a browser, as two new users would try them (issue 7, "Done when"):
// A posts an interest, sees B among the matches, adds B from the match card to a new shortlist
// with a note, sees the consortium checks change (her own organisation, then a knowledge-base
// organisation added from the organisation search results), sends B a message; B gets the
// notification mail in the dev mailbox, sees the unread count, replies and reports the message;
// A sees the reply and exports the CSV, which is parsed and holds the right rows. B cannot open
// A's list or the administrators' view of the reported thread. Then the list and the checks in
// French, and screenshots of the member pages in French, German and Polish.
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { checkPage, DevMailbox } from "./pages/account-pages";
import { InterestFormPage, InterestPage, memberWithOrganisation, newMemberPage, type InterestDetails } from "./pages/interest-pages";
import { AddToShortlistForm, ShortlistPage } from "./pages/shortlist-pages";
import { whenHydrated } from "./pages/hydration";
import { keepScreenshot, takingScreenshots } from "./pages/screenshots";

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
  test.setTimeout(900_000);
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

  const matches = new InterestPage(page).matches();
  await expect(matches.first()).toBeVisible();
  // B, registered without any past project on record, is among the matches by its profile's themes.
  const bMatch = matches.filter({ has: page.getByRole("heading", { name: agency.name, exact: true }) });
  await expect(bMatch).toHaveCount(1);
  await expect(bMatch).toContainText("registered on Consortia, with no past project in the knowledge base yet");
  await expect(bMatch).toContainText("its profile lists SMEs and entrepreneurship");
  await expect(bMatch.getByRole("link", { name: agency.name, exact: true })).toHaveAttribute("href", `/profiles/${agencyId}`);
  await expect(bMatch.getByRole("link", { name: `Message ${agency.name}` })).toHaveAttribute("href", new RegExp(`^/messages/new\\?to=${agencyId}&`));
  const best = matches.filter({ hasNot: page.getByRole("heading", { name: agency.name, exact: true }) }).first();
  const bestName = (await best.getByRole("heading").textContent())!.trim();

  // B goes from its match card to a new shortlist, with a note; the list is about the interest.
  await new AddToShortlistForm(bMatch).addToNewList("Timber partners", "Knows the SME support schemes in Slovenia");
  await bMatch.getByRole("link", { name: "Open the shortlist" }).click();
  await page.waitForURL(/\/shortlists\/\d+$/);
  const listUrl = new URL(page.url()).pathname;

  const list = new ShortlistPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timber partners");
  await expect(list.entries()).toHaveCount(1);
  await expect(list.entry(agency.name)).toContainText("Added by Anna Berger");
  await expect(list.entry(agency.name).getByLabel(/^Note/)).toHaveValue("Knows the SME support schemes in Slovenia");
  await expect(page.getByText(`For “${interest.title}”`)).toBeVisible();
  await expect(list.check("size")).toHaveAttribute("data-status", "warn");
  await expect(list.check("requester")).toHaveAttribute("data-status", "warn");
  await expect(list.check("countries")).toContainText("1 country: Slovenia.");
  await expect(list.check("eligibility")).toHaveAttribute("data-status", "fail");
  const before = await list.checksSummary().textContent();

  // Adding her own organisation changes the checks: the requester is in, two countries, eligible for CENTRAL EUROPE.
  const own = page.getByRole("main").locator("details[data-hydrated]", { hasText: "Add to shortlist" });
  await own.getByText("Add to shortlist").click();
  await own.getByRole("button", { name: "Add", exact: true }).click();
  await expect(list.entries()).toHaveCount(2);
  await expect(list.check("requester")).toHaveAttribute("data-status", "pass");
  await expect(list.check("requester")).toContainText(`${cluster.name} is in the consortium.`);
  await expect(list.check("countries")).toContainText("2 countries: Austria and Slovenia.");
  await expect(list.check("size")).toHaveAttribute("data-status", "pass");
  await expect(list.checksSummary()).not.toHaveText(before!);

  // Her best knowledge-base match is added from the organisation search results, with a note.
  await page.goto(`/organisations?q=${encodeURIComponent(bestName)}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: bestName, exact: true }) }).first();
  await new AddToShortlistForm(row).addTo("Timber partners", "Strong in timber research");
  await page.goto(listUrl);
  await expect(list.entries()).toHaveCount(3);
  await expect(list.entry(bestName).getByLabel(/^Note/)).toHaveValue("Strong in timber research");

  // Status and order.
  await list.setStatus(bestName, "Contacted");
  await expect(page.getByLabel(`Status of ${bestName}`)).toHaveValue("contacted");
  await page.reload();
  await expect(page.getByLabel(`Status of ${bestName}`)).toHaveValue("contacted");
  await page.getByRole("button", { name: `Move ${agency.name} down` }).click();
  await expect(list.entries().first()).toContainText(cluster.name);
  await expect(list.entries().nth(1)).toContainText(agency.name);
  await checkPage(page, "shortlist-detail");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "shortlist-detail-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: "print" });
  await keepScreenshot(page, "shortlist-print");
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
  // B reports A's message; the administrators' view of the thread is not for B, nor for anonymous visitors.
  const first = b.getByRole("list", { name: "Messages" }).getByRole("listitem").first();
  await first.getByText("Report", { exact: true }).click();
  await first.getByLabel("What is wrong with this message?").fill("Testing the report");
  await first.getByRole("button", { name: "Report to the administrators" }).click();
  await expect(first.getByRole("status")).toContainText("Reported.");
  const threadId = threadUrl.split("/").pop();
  expect((await b.goto(`/admin/messages/${threadId}`))?.status()).toBe(404);
  const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto(`/admin/messages/${threadId}`);
  await expect(anonymousPage).toHaveURL(new RegExp(`/sign-in\\?next=%2Fadmin%2Fmessages%2F${threadId}$`));
  await anonymous.close();
  await b.goto(threadUrl);
  await b.setViewportSize({ width: 390, height: 844 });
  await checkPage(b, "messages-thread-phone");

  // A sees the reply (the header count first).
  await page.goto("/messages");
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  await page.getByRole("link", { name: /Timber construction clusters/ }).click();
  await expect(page.getByRole("list", { name: "Messages" })).toContainText("Yes, gladly. Let us talk next week.");

  // The CSV opens with a header and one row per entry, in the list's order, with status and note.
  await page.goto(listUrl);
  const csv = await list.exportCsv();
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  expect(Object.keys(records[0]!)).toEqual(["Kind", "Name", "Country", "Region", "Type", "Status", "Note", "Added by", "Added on", "Link"]);
  expect(records.map((r) => r.Name)).toEqual([cluster.name, agency.name, bestName]);
  expect(records[0]).toMatchObject({ Kind: "organisation", Country: "Austria", Type: "Research organisation", Status: "Candidate", "Added by": anna.name });
  expect(records[1]).toMatchObject({ Country: "Slovenia", Type: "Development agency", Note: "Knows the SME support schemes in Slovenia" });
  expect(records[1]!.Link).toMatch(new RegExp(`/profiles/${agencyId}$`));
  expect(records[2]).toMatchObject({ Status: "Contacted", Note: "Strong in timber research" });
  expect(records[2]!.Link).toMatch(/\/organisations\/\d+$/);
  for (const r of records) expect(r["Added on"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);

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

  // In French: the list, the consortium checks and the CSV header.
  await inLanguage(page, "fr");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(listUrl);
  await expect(page.getByRole("heading", { name: "Vérifications du consortium" })).toBeVisible();
  await expect(list.check("requester")).toContainText(`${cluster.name} fait partie du consortium.`);
  // Country names in French, joined the French way ("Slovénie ×2 et Autriche" when her best match is Slovenian too).
  await expect(list.check("countries")).toContainText(/2 pays : (Autriche et Slovénie( ×2)?|Slovénie( ×2)? et Autriche)\./);
  await expect(page.getByRole("link", { name: "Exporter en CSV" })).toBeVisible();
  await expect(page.getByLabel(`Statut de ${bestName}`)).toHaveValue("contacted");
  const frenchCsv = parse((await (await page.request.get(`${listUrl}/export`)).text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
  expect(frenchCsv[2]).toMatchObject({ Statut: "Contacté", Note: "Strong in timber research" });

  // The member pages in French, German and Polish answer, with screenshots (desktop and phone) to look at.
  for (const locale of ["fr", "de", "pl"] as const) {
    await inLanguage(page, locale);
    for (const [path, name] of [[listUrl, "shortlist"], ["/messages", "messages"], [threadUrl, "thread"]] as const) {
      for (const width of takingScreenshots ? [1280, 390] : [1280]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        expect((await page.goto(path))?.ok(), `${locale} ${name}`).toBe(true);
        await keepScreenshot(page, `${locale}-${name}-${width}`);
      }
    }
  }
  await other.context.close();
});

async function inLanguage(page: Page, locale: string) {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
}
