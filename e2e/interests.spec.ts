// Partnership interests in a browser: a cluster manager posts the issue's interest ("a university
// and an SME support agency in Austria, Slovenia or Hungary for an Interreg wood-industry cluster
// project") and reads a ranked, explained list; a university posts an interest that looks for a
// cluster like hers, and each sees the other as a mutual match. Bad input is refused field by field.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { checkPage } from "./pages/account-pages";
import { escapeRegExp } from "./pages/app-pages";
import { InterestFormPage, InterestPage, memberWithOrganisation, newMemberPage, type InterestDetails } from "./pages/interest-pages";

const run = Date.now().toString(36);
const password = "Holz-Cluster-2030";
const clara = { name: "Clara Wolf", email: `clara.${run}@holzcluster.at`, password };
const matej = { name: "Matej Novak", email: `matej.${run}@um.si`, password };
const cluster = {
  name: `Holzcluster Steiermark ${run}`,
  type: "Cluster organisation",
  country: "Austria",
  regionSearch: "steiermark",
  region: /^\s*Steiermark \(AT22\)$/,
  website: "https://www.holzcluster-steiermark.at",
  description: "The wood-industry cluster of Styria: timber construction, furniture, sawmills.",
  themes: ["Wood and furniture industry", "Clusters and economic cooperation"],
};
const university = {
  name: `Univerza v Mariboru ${run}`,
  type: "Higher education",
  country: "Slovenia",
  regionSearch: "vzhodna",
  region: /^\s*Vzhodna Slovenija \(SI03\)$/,
  website: "https://www.um.si",
  description: "University in Maribor: wood science, engineering, regional economics.",
  themes: ["Higher education and universities", "Wood and furniture industry"],
};
// The issue's first paragraph, as the demo sample can answer it: its CORDIS organisations in
// Austria, Slovenia and Hungary include universities and development agencies.
const woodInterest: InterestDetails = {
  title: "Interreg wood-industry cluster project",
  description:
    "Cooperation of wood-industry clusters on timber construction, furniture and the forest-based bioeconomy: innovation support for SMEs, skills, and technology transfer from research. We look for a university and an SME support agency in Austria, Slovenia or Hungary.",
  programme: "CENTRAL EUROPE (2021-2027)", // the current programme (reference list), listed before 2007-2013
  themes: ["Wood and furniture industry", "Clusters and economic cooperation", "Business support services", "SMEs and entrepreneurship"],
  partnerTypes: ["Higher education", "Development agency"],
  countries: ["Austria", "Slovenia", "Hungary"],
  role: "Coordinator (lead partner)",
  visibility: "Public: anyone can see it",
  targetRegions: [{ search: "steiermark", add: "Steiermark (AT22)" }, { search: "slovenia", add: "Slovenia (SI)" }],
};
const universityInterest: InterestDetails = {
  title: "Wood science faculty seeks an industry cluster",
  description: "Our wood science department prepares an Interreg project on timber construction and circular furniture with industry, and looks for a cluster organisation to lead it.",
  programme: "CENTRAL EUROPE",
  themes: ["Wood and furniture industry"],
  partnerTypes: ["Cluster organisation"],
  countries: [],
  role: "Partner",
  // Found by name, in the region's own language and in German for a country.
  targetRegions: [{ search: "vzhod slov", add: "Vzhodna Slovenija (SI03)" }, { search: "Österreich", add: "Austria (AT)" }],
};

test.describe.configure({ mode: "serial" });
let woodUrl = "";

test("a cluster manager publishes the wood-industry interest and reads a ranked, explained list", async ({ page }) => {
  test.setTimeout(240_000);
  await memberWithOrganisation(page, clara, cluster);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Interests" }).click();
  await page.waitForURL(/\/interests$/);
  await checkPage(page, "interests-list-empty");
  await page.getByRole("link", { name: "Publish an interest" }).click();
  await page.waitForURL(/\/interests\/new$/);

  // Bad input first: nothing is published, every field says what is wrong.
  const form = new InterestFormPage(page);
  await form.publish();
  await expect(form.form().getByText("Give the interest a title of at least 5 characters.")).toBeVisible();
  await expect(form.form().getByText("Choose a programme, or “Other”.")).toBeVisible();
  await expect(form.form().getByText("Say whether you would coordinate or be a partner.")).toBeVisible();
  await expect(form.form().getByLabel("Programme", { exact: true })).toHaveValue(""); // nothing chosen for the user
  await checkPage(page, "interests-new-errors");
  // No usable signal: the form says what to add.
  await form.form().getByLabel("Title").fill("Partners wanted");
  await form.form().getByLabel("Description").fill("We are looking for partners for a new project together.");
  const programme = form.form().getByLabel("Programme", { exact: true });
  await programme.selectOption("other");
  await form.form().getByLabel("Programme name").fill("Some programme");
  await form.form().getByLabel("Our role").selectOption({ label: "Partner" });
  await form.publish();
  await expect(form.form().getByRole("alert")).toContainText("Say what the project is about");
  await expect(page).toHaveURL(/\/interests\/new$/);

  await page.reload();
  await form.fill(woodInterest);
  await checkPage(page, "interests-new");
  await form.publish();
  await page.waitForURL(/\/interests\/\d+\?published=1$/);
  woodUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(woodInterest.title);
  // The owner is told when the matches were computed, and that they are kept fresh (or, should
  // another spec's organisation on its themes have changed since, that they are being recomputed).
  await expect(
    page.getByText(/Matches computed .* (They are recomputed after each update of the knowledge base, soon after a member organisation changes its profile, records or interests, and at least once a day|A member organisation in this list or on this interest's themes has changed since: the matches are being recomputed and will be up to date within minutes)\./),
  ).toBeVisible();

  // A ranked, explained list: only wanted types and countries, each with reasons and evidence.
  const interest = new InterestPage(page);
  await expect(interest.matches().first()).toBeVisible();
  const count = await interest.matches().count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < Math.min(count, 5); i++) {
    const match = interest.matches().nth(i);
    await expect(match).toContainText(/Higher education|Development agency/);
    await expect(match).toContainText(/Austria|Slovenia|Hungary/);
    await expect(match.getByRole("listitem").first()).toBeVisible(); // a reason in words
    await expect(match.getByRole("link").first()).toHaveAttribute("href", /^\/(organisations|profiles)\/\d+$/);
  }
  await expect(interest.matches().first()).toContainText(/Score \d+/);
  // A match is reached through its website where the source gives one (opened in a new tab).
  const website = interest.matches().getByRole("link", { name: /^Website \(opens .+'s website in a new tab\)$/ }).first();
  await expect(website).toHaveAttribute("href", /^https?:\/\/[^/]+\.[a-z]+/);
  await expect(website).toHaveAttribute("target", "_blank");
  // Regional experience is said with the places' names, as the interest chose them.
  await expect(interest.matches().getByText(/^\d+ projects? involving (Steiermark or Slovenia|Steiermark|Slovenia)$/).first()).toBeVisible();
  // The interest's programme counts, with the programmes it continues: the development agencies of
  // the demo's CENTRAL EUROPE 2007-2013 project (CLUSTERS-CORD) say so.
  await expect(interest.matches().getByText(/^1 project in CENTRAL EUROPE or its predecessors$/).first()).toBeVisible();
  await expect(interest.matches().getByRole("link", { name: /.+/ }).filter({ has: page.locator("xpath=self::a[starts-with(@href, '/projects/')]") }).first()).toBeVisible();
  await checkPage(page, "interests-detail");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "interests-detail-phone");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Filters live in the URL.
  await page.goto(`${woodUrl}?type=higher_education`);
  const filtered = interest.matches();
  await expect(filtered.first()).toBeVisible();
  for (let i = 0; i < (await filtered.count()); i++) await expect(filtered.nth(i)).toContainText("Higher education");
  await expect(page.getByLabel("Type")).toHaveValue("higher_education");

  // The matches download as CSV, in the page's order, with their reasons.
  await page.goto(woodUrl);
  const firstListed = (await interest.matches().first().getByRole("heading").textContent())!.trim();
  const [matchesFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(matchesFile.suggestedFilename()).toMatch(/^consortia-matches-interreg-wood-industry-cluster-project-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readFile((await matchesFile.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows[0]).toBe("Rank,Organisation,Type,Country,City,Website,Score (of 100),Why,Past projects,Link");
  expect(rows[1]).toMatch(new RegExp(`^1,"?${escapeRegExp(firstListed)}"?,(Higher education|Development agency),(Austria|Slovenia|Hungary),`));

  // Where would another organisation rank? One of the list is placed and explained as there; one of
  // another type is left out, and the page says why.
  await page.goto(woodUrl);
  const secondName = (await interest.matches().nth(1).getByRole("heading").textContent())!.trim();
  await page.getByText("Where would another organisation rank?").click();
  const lookup = page.getByRole("search", { name: "Where would another organisation rank?" });
  await lookup.getByLabel("Organisation").fill(secondName);
  await lookup.getByRole("button", { name: "Look up" }).click();
  const verdict = page.getByTestId("place-verdict");
  await expect(verdict).toContainText(new RegExp(`^${escapeRegExp(secondName)} would rank \\d+(st|nd|rd|th) of the \\d+ organisations scored in full for this interest\\. It is among your matches above\\.`));
  await expect(verdict.getByRole("article").getByRole("heading", { name: secondName })).toBeVisible();
  await checkPage(page, "interests-place");
  // The box offers organisations by name as one types; choosing one places it.
  await lookup.getByLabel("Organisation").fill("");
  await lookup.getByLabel("Organisation").pressSequentially("software competence", { delay: 20 });
  await page.getByRole("listbox", { name: "Suggestions" }).getByRole("option", { name: /SOFTWARE COMPETENCE CENTER HAGENBERG/ }).click();
  await page.waitForURL(/\?placeId=\d+#place$/);
  await expect(verdict).toHaveText("SOFTWARE COMPETENCE CENTER HAGENBERG GMBH is left out: its type is “Research organisation”, and this interest asks for “Development agency” or “Higher education”.");

  // A matched organisation's own page says where it stands in the member's open interests.
  await interest.matches().getByRole("heading").locator('a[href^="/organisations/"]').first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const fit = page.getByTestId("fit-for-your-interests");
  await expect(fit.getByRole("link", { name: woodInterest.title })).toHaveAttribute("href", /^\/interests\/\d+\?placeId=\d+#place$/);
  await expect(fit).toContainText(/would rank \d+(st|nd|rd|th) of \d+ · in your matches/);

  // Dismiss the first match: it leaves the list, stays dismissed after a recompute, and can come back.
  await page.goto(woodUrl);
  const first = interest.matches().first();
  const firstName = (await first.getByRole("heading").textContent())!.trim();
  await first.getByRole("button", { name: `Dismiss ${firstName}` }).click();
  await expect(interest.matches().getByRole("heading", { name: firstName, exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Recompute matches" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The matches are up to date." })).toBeVisible();
  await page.reload();
  await expect(interest.matches().first()).toBeVisible();
  await expect(interest.matches().getByRole("heading", { name: firstName, exact: true })).toHaveCount(0);
  await page.getByText(/^Dismissed \(1\)$/).click();
  await expect(page.getByRole("button", { name: `Show again ${firstName}` })).toBeVisible();

  // Its organisation's page lists it; anonymous visitors see it (public) without the matches.
  await page.goto("/interests");
  const mine = page.getByRole("list", { name: "Your organisation's interests" });
  await expect(mine).toContainText(woodInterest.title);
  // With how many matches it has (and how many are new, when other specs' changes brought some in
  // a recomputation) and the best of them: the dismissed one is neither.
  await expect(mine.getByText(/^\d+ matches( · \d+ new)? · best: /)).toBeVisible();
  await expect(mine).not.toContainText(`best: ${firstName}`);
  await checkPage(page, "interests-list");
});

test("two members post fitting interests and each sees the other as a mutual match", async ({ browser }) => {
  test.setTimeout(240_000);
  const baseURL = test.info().project.use.baseURL;
  const { context, page } = await newMemberPage(browser, baseURL);
  await memberWithOrganisation(page, matej, university);
  await page.goto("/interests/new");
  const form = new InterestFormPage(page);
  await form.fill(universityInterest);
  await form.publish();
  await page.waitForURL(/\/interests\/\d+\?published=1$/);
  const universityUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("main")).toContainText("Vzhodna Slovenija (SI03), Austria (AT)");
  // It names no countries: its matches come from the programme's area (Interreg CENTRAL EUROPE 2021-2027).
  await expect(page.getByRole("main")).toContainText("Any country of the programme's area: Austria, Croatia, Czechia, Germany, Hungary, Italy, Poland, Slovakia, Slovenia");

  // The university sees the cluster's interest as mutual …
  // (Other specs publish interests into the same database, so the cluster's is found by its title.)
  const mine = new InterestPage(page);
  const clusterMutual = () => mine.mutual().filter({ hasText: woodInterest.title });
  await expect(clusterMutual()).toHaveCount(1);
  await expect(clusterMutual()).toContainText("They look for a university or college in Slovenia");
  await checkPage(page, "interests-mutual");

  // Edit (the form comes back filled), close (a banner offers to reopen), reopen.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.waitForURL(/\/edit$/);
  await expect(form.form().getByLabel("Title")).toHaveValue(universityInterest.title);
  await expect(form.form().getByRole("group", { name: "Partner types" }).getByLabel("Cluster organisation", { exact: true })).toBeChecked();
  await expect(form.form().getByRole("list", { name: "Chosen target regions" }).getByRole("listitem")).toHaveText(["Vzhodna Slovenija (SI03)", "Austria (AT)"]);
  await checkPage(page, "interests-edit");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "interests-edit-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Save interest" }).click();
  await page.waitForURL(/\/interests\/\d+\?saved=1$/);
  await page.getByRole("button", { name: "Close interest" }).click();
  await expect(page.getByText("This interest is closed: nobody else sees it.")).toBeVisible();
  await expect(mine.mutual()).toHaveCount(0);
  await checkPage(page, "interests-closed");
  await page.getByRole("button", { name: "Reopen for 90 days" }).click();
  // The banner goes with the closed state; the interest is open again until a new deadline.
  await expect(page.getByText("This interest is closed: nobody else sees it.")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Close interest" })).toBeVisible();
  await page.reload();
  await expect(clusterMutual()).toHaveCount(1);

  // … and browses it among the other members' open interests.
  await page.goto("/interests?wants=higher_education");
  await expect(page.getByRole("list", { name: "Other members' open interests" })).toContainText(woodInterest.title);
  // By words in another language: "klastry" (Polish) is its cluster theme; hydrogen is none of it.
  const filters = page.getByRole("form", { name: "Filter interests" });
  await filters.getByLabel("Words").fill("klastry");
  await filters.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/[?&]q=klastry/);
  await expect(page.getByRole("list", { name: "Other members' open interests" })).toContainText(woodInterest.title);
  await page.goto("/interests?wants=higher_education&q=hydrogen");
  await expect(page.getByText("No open interest matches these filters")).toBeVisible();
  await page.goto("/interests?wants=higher_education");
  await page.getByRole("link", { name: woodInterest.title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(woodInterest.title);
  await expect(page.getByText("Its matches are shown to its members only.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Ranked matches" })).toHaveCount(0);
  await checkPage(page, "interests-detail-outsider");
  await context.close();

  // The cluster manager sees the university's interest as mutual on hers.
  const clusterSide = await newMemberPage(browser, baseURL);
  await clusterSide.page.goto("/sign-in");
  await clusterSide.page.getByLabel("Email").fill(clara.email);
  await clusterSide.page.getByLabel("Password").fill(clara.password);
  await clusterSide.page.getByRole("button", { name: "Sign in" }).click();
  await clusterSide.page.waitForURL(/\/account$/);
  await clusterSide.page.goto(woodUrl);
  const theirs = new InterestPage(clusterSide.page);
  const universityMutual = theirs.mutual().filter({ hasText: universityInterest.title });
  await expect(universityMutual).toHaveCount(1);
  await expect(universityMutual.getByRole("link", { name: universityInterest.title })).toHaveAttribute("href", universityUrl);
  // The list of the cluster's interests says the wood interest has a mutual match.
  await clusterSide.page.goto("/interests");
  await expect(clusterSide.page.getByRole("list", { name: "Your organisation's interests" }).getByText(/ · \d+ mutual match(es)?$/)).toBeVisible();
  await clusterSide.context.close();
});

test("anonymous visitors see public interests, and are sent to sign in to publish", async ({ page }) => {
  await page.goto("/interests");
  await expect(page.getByRole("list", { name: "Open public interests" })).toContainText(woodInterest.title);
  // The university's interest is for members only.
  await expect(page.getByRole("main")).not.toContainText(universityInterest.title);
  await checkPage(page, "interests-list-anonymous");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "interests-list-anonymous-phone");
  await page.goto(woodUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(woodInterest.title);
  await expect(page.getByRole("list", { name: "Ranked matches" })).toHaveCount(0);
  await page.goto("/interests/new");
  await page.waitForURL(/\/sign-in\?next=%2Finterests%2Fnew/);
});
