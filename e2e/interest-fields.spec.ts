// Fields of science in the organisation and interest forms: a Horizon Europe coordinator finds
// EuroSciVoc concepts by typing (a thousand on seven levels: not a list), keeps or removes them,
// and reads matches that cite past projects on them; editing brings the chosen fields back, and a
// call topic is found by the words of its title.
import { expect, test } from "@playwright/test";
import { checkPage } from "./pages/account-pages";
import { InterestFormPage, InterestPage, memberWithOrganisation, newMemberPage } from "./pages/interest-pages";

const run = Date.now().toString(36);
const user = { name: "Ines Brandt", email: `ines.${run}@oekolab.de`, password: "Oeko-Labor-2030" };
const lab = {
  name: `Ökolab Freiburg ${run}`,
  type: "Research organisation",
  country: "Germany",
  regionSearch: "freiburg",
  region: /^\s*Freiburg \(DE13\)$/,
  website: "https://www.oekolab.example",
  description: "Applied research on forest and freshwater ecosystems.",
  themes: [],
  fields: ["ecology"],
};

test("a coordinator chooses fields of science by typing, and the matches cite past projects on them", async ({ browser }) => {
  test.setTimeout(240_000);
  const { context, page } = await newMemberPage(browser, test.info().project.use.baseURL);
  await memberWithOrganisation(page, user, lab);
  // The organisation's field of science is saved with it.
  await expect(page.getByRole("group", { name: "Fields of science" }).getByRole("list", { name: "Chosen fields of science" })).toHaveText(/^ecology · natural sciences › biological sciences$/);
  await page.goto("/interests/new");
  const form = new InterestFormPage(page);
  await form.fill({
    title: "Restoring freshwater ecosystems with local innovation",
    description: "A Horizon Europe proposal on the restoration of freshwater ecosystems, with regional innovation agencies and universities.",
    programme: "Horizon Europe",
    themes: [],
    partnerTypes: [],
    countries: [],
    role: "Coordinator (lead partner)",
  });
  // The themes its words name are offered beside the list, and one click ticks one (taken back
  // here: the fields of science below are what this interest is about).
  const themes = form.form().getByRole("group", { name: "Themes" });
  const suggestion = themes.getByRole("button", { name: "Add the theme Biodiversity, nature and landscape" });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  const box = themes.getByLabel("Biodiversity, nature and landscape", { exact: true });
  await expect(box).toBeChecked();
  await expect(box).toBeVisible(); // its fold opened
  await expect(suggestion).toBeHidden();
  await expect(themes.getByText("(1 chosen)")).toBeVisible();
  await box.uncheck();
  await expect(suggestion).toBeVisible();
  await expect(themes.getByText("(1 chosen)")).toBeHidden();

  const fields = form.form().getByRole("group", { name: "Fields of science" });
  const search = fields.getByLabel("Find a field of science");
  const chosen = fields.getByRole("list", { name: "Chosen fields of science" });
  // So are the fields of science it names (taken back too: the search below chooses them).
  const fieldSuggestion = fields.getByRole("button", { name: "Add the field ecosystems" });
  await fieldSuggestion.click();
  await expect(chosen.getByRole("listitem")).toHaveText([/^ecosystems · natural sciences › biological sciences › ecology/]);
  await expect(fieldSuggestion).toBeHidden();
  await chosen.getByRole("button", { name: "Remove ecosystems" }).click();
  await expect(fieldSuggestion).toBeVisible();
  await search.fill("ecosys");
  await fields.getByRole("button", { name: "Add ecosystems" }).click();
  await expect(chosen.getByRole("listitem")).toHaveText([/^ecosystems · natural sciences › biological sciences › ecology/]);
  await expect(search).toHaveValue("");
  // Enter takes the first field found; it does not send the form.
  await search.fill("innovation manag");
  await search.press("Enter");
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await expect(chosen).toContainText("innovation management");
  await expect(page).toHaveURL(/\/interests\/new$/);
  // A field can be removed; a search that finds nothing says so.
  await search.fill("pollution");
  await fields.getByRole("button", { name: "Add pollution" }).click();
  await chosen.getByRole("button", { name: "Remove pollution" }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await search.fill("zzqx");
  await expect(fields.getByText("No field of science matches “zzqx”.")).toBeVisible();
  // A field already chosen is found too, and says so.
  await search.fill("ecosystem");
  await expect(fields.getByRole("button", { name: "ecosystems, already chosen" })).toBeDisabled();
  await checkPage(page, "interest-fields-form");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "interest-fields-form-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await search.fill("");

  await form.publish();
  await page.waitForURL(/\/interests\/\d+\?published=1$/);
  await expect(page.getByText("ecosystems, innovation management")).toBeVisible();
  const interest = new InterestPage(page);
  await expect(interest.matches().first()).toBeVisible();
  // The best match cites past projects on the chosen fields ("past projects on …", or "coordinated 1 relevant project on …" when it led them).
  await expect(interest.matches().first()).toContainText(/(past projects|relevant projects?) on (ecosystems|innovation management)/);
  await checkPage(page, "interest-fields-detail");

  // Editing brings the chosen fields back, as chosen.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.waitForURL(/\/edit$/);
  const again = new InterestFormPage(page).form().getByRole("list", { name: "Chosen fields of science" });
  await expect(again).toContainText("ecosystems");
  await expect(again).toContainText("innovation management");

  // The call topic, found by words of its title and confirmed with it; saved as its code.
  const topic = new InterestFormPage(page).form().getByLabel("Call or topic (optional)");
  await topic.fill("joint programmes innovation");
  await page.getByRole("button", { name: "Choose HORIZON-EIE-2023-CONNECT-01-02" }).click();
  await expect(topic).toHaveValue("HORIZON-EIE-2023-CONNECT-01-02");
  await expect(page.getByText("Topic: Preparatory action for setting up joint programmes among innovation ecosystems actors")).toBeVisible();
  // New partners only: ticked, saved, said on the page, and ticked again on the next edit.
  await new InterestFormPage(page).form().getByLabel("Only organisations we have not worked with").check();
  await checkPage(page, "interest-topic-form");
  await page.getByRole("button", { name: "Save interest" }).click();
  await page.waitForURL(/\/interests\/\d+\?saved=1$/);
  await expect(page.getByRole("main")).toContainText("HORIZON-EIE-2023-CONNECT-01-02");
  await expect(page.getByRole("main")).toContainText("Only organisations we have not worked with");
  await expect(page.locator("section[aria-labelledby=matches-heading]")).toContainText("Organisations you have not worked with whose past projects fit this interest");

  // A cross-border programme, listed under its strand: with no country chosen, partners are looked
  // for in the programme's countries only.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.waitForURL(/\/edit$/);
  await expect(new InterestFormPage(page).form().getByLabel("Only organisations we have not worked with")).toBeChecked();
  const programme = new InterestFormPage(page).form().getByLabel("Programme", { exact: true });
  const strands = await programme.locator("optgroup").evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label));
  expect(strands).toEqual(expect.arrayContaining(["Interreg A: cross-border", "Interreg B: transnational", "Interreg C: interregional"]));
  await expect(page.locator("#interest-countries-hint")).toContainText("None chosen: any country."); // Horizon Europe: no area
  await programme.selectOption({ label: "Slovenia-Austria (2021-2027)" });
  // The hint says at once where partners will come from with no country chosen.
  await expect(page.locator("#interest-countries-hint")).toContainText("None chosen: Austria and Slovenia, the programme's area (only their border regions take part).");
  await page.getByRole("button", { name: "Save interest" }).click();
  await page.waitForURL(/\/interests\/\d+\?saved=1$/);
  await expect(page.getByText("Any country of the programme's area: Austria, Slovenia (only their border regions take part)")).toBeVisible();
  await expect(interest.matches().first()).toBeVisible();
  // Each card's first line: "Higher education · Wien, Austria", "Development agency · Slovenia"
  // (a registered organisation's ends with "On Consortia").
  const places = await interest.matches().evaluateAll((cards) => cards.map((card) => card.querySelector("p")?.textContent?.trim() ?? ""));
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(place).toMatch(/· (?:[^·]*, )?(Austria|Slovenia)(?:On Consortia)?$/);
  await context.close();
});
