// Matches found for their activity alone — organisations of the wanted type whose only reason is
// how many projects they have — come after those with a reason about the interest, folded, and
// numbered after them: a short list first, the filler on demand.
import { expect, test } from "@playwright/test";
import { checkPage } from "./pages/account-pages";
import { InterestFormPage, InterestPage, memberWithOrganisation } from "./pages/interest-pages";

const run = Date.now().toString(36);

test("matches known only for their activity are folded after the others", async ({ page }) => {
  test.setTimeout(240_000);
  await memberWithOrganisation(page, { name: "Ida Berg", email: `ida.${run}@woodlab.se`, password: "Trä-Labb-2031" }, {
    name: `Woodlab Småland ${run}`,
    type: "SME",
    country: "Sweden",
    regionSearch: "småland",
    region: /^\s*Småland med öarna \(SE21\)$/,
    website: "https://woodlab.example.se",
    description: "Engineered wood products for timber construction.",
    themes: ["Wood and furniture industry"],
  });
  await page.goto("/interests/new");
  const form = new InterestFormPage(page);
  // Universities of the programme's area, on a theme few of them have worked on in the demo sample
  // and in a programme few of them know: the list is filled with the most active universities of
  // the area, which have nothing else to say for them.
  await form.fill({
    title: "Timber construction research partners",
    description: "Engineered wood and timber construction: we look for universities with research on wood products.",
    programme: "CENTRAL EUROPE (2021-2027)",
    themes: ["Wood and furniture industry"],
    partnerTypes: ["Higher education"],
    countries: [],
    role: "Coordinator (lead partner)",
  });
  await form.publish();
  await page.waitForURL(/\/interests\/\d+\?published=1$/);

  const ranked = new InterestPage(page).matches();
  await expect(ranked.first()).toBeVisible();
  const rankedCount = await ranked.count();
  // Each ranked match has a reason beyond its activity.
  for (let i = 0; i < rankedCount; i++) {
    const reasons = ranked.nth(i).getByTestId("match-reasons").getByRole("listitem");
    await expect(reasons.filter({ hasNotText: /^\d+ projects? in all/ }).first()).toBeVisible();
  }

  const fold = page.getByText(/^\d+ more match(es)? for their activity alone$/);
  await expect(fold).toBeVisible();
  const folded = page.getByRole("list", { name: "Matches for their activity alone" }).getByRole("article");
  await expect(folded.first()).toBeHidden();
  await checkPage(page, "interests-activity-folded");
  await fold.click();
  await expect(folded.first()).toBeVisible();
  const foldedCount = await folded.count();
  expect(await fold.textContent()).toMatch(new RegExp(`^${foldedCount} more match`));
  // Numbered after the ranked ones; each says only how active it is.
  await expect(folded.first().locator("span[aria-hidden]").first()).toHaveText(String(rankedCount + 1));
  for (let i = 0; i < foldedCount; i++) {
    await expect(folded.nth(i).getByTestId("match-reasons").getByRole("listitem")).toHaveText([/^\d+ projects? in all/]);
  }
});
