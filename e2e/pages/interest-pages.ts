// Page objects for partnership interests, in the user's words: the form's labels ("Title",
// "Description", "Programme", "Themes", "Partner types", "Countries", "Our role", "Deadline"),
// the button "Publish interest", the ranked matches and the mutual matches.
import { expect, type Browser, type Page } from "@playwright/test";
import { DevMailbox, OrganisationFormPage, RegisterPage, SignInPage, type OrganisationDetails } from "./account-pages";

export interface InterestDetails {
  title: string;
  description: string;
  /** Text of the programme option, e.g. "CENTRAL EUROPE". */
  programme: string;
  themes: string[];
  partnerTypes: string[];
  countries: string[];
  role: "Coordinator (lead partner)" | "Partner";
  visibility?: "Public: anyone can see it" | "Members only: signed-in Consortia members";
  /** Target regions, each found by typing `search` and added by the button naming `add` ("Steiermark (AT22)"). */
  targetRegions?: { search: string; add: string }[];
}

/** A new member: registers, confirms the address, signs in and creates the organisation. */
export async function memberWithOrganisation(page: Page, user: { name: string; email: string; password: string }, organisation: OrganisationDetails) {
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(user);
  const link = await new DevMailbox(page).linkIn(user.email, /Confirm your e-mail address/, /\/verify\?token=/);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await page.waitForURL(/\/sign-in\?verified=1/);
  await new SignInPage(page).signIn(user.email, user.password);
  await page.waitForURL(/\/account$/);
  await page.goto("/profile/new");
  const form = new OrganisationFormPage(page);
  await form.fill(organisation);
  await form.save();
  await page.waitForURL(/\/profile\/\d+\?created=1$/);
}

export async function newMemberPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  return { context, page: await context.newPage() };
}

export class InterestFormPage {
  constructor(private readonly page: Page) {}

  form() {
    return this.page.getByRole("form", { name: /interest/i });
  }

  async fill(interest: InterestDetails) {
    const form = this.form();
    await form.getByLabel("Title").fill(interest.title);
    await form.getByLabel("Description").fill(interest.description);
    const programme = form.getByLabel("Programme", { exact: true });
    const option = programme.locator("option", { hasText: interest.programme }).first();
    await programme.selectOption({ value: (await option.getAttribute("value"))! });
    const themes = form.getByRole("group", { name: "Themes" });
    for (const theme of interest.themes) {
      const box = themes.getByLabel(theme, { exact: true });
      // Sub-themes are folded under their theme: open the fold that holds it.
      if (!(await box.isVisible())) await themes.locator("details").filter({ has: this.page.getByLabel(theme, { exact: true }) }).locator("summary").click();
      await box.check();
    }
    const places = form.getByRole("group", { name: /^Target regions/ });
    for (const region of interest.targetRegions ?? []) {
      await places.getByLabel("Find a country or region").fill(region.search);
      await places.getByRole("button", { name: `Add ${region.add}`, exact: true }).click();
      await expect(places.getByRole("list", { name: "Chosen target regions" })).toContainText(region.add.replace(/ \(.*/, ""));
    }
    const types = form.getByRole("group", { name: "Partner types" });
    for (const type of interest.partnerTypes) await types.getByLabel(type, { exact: true }).check();
    const countries = form.getByRole("group", { name: "Countries" });
    for (const country of interest.countries) await countries.getByLabel(country, { exact: true }).check();
    await form.getByLabel("Our role").selectOption({ label: interest.role });
    if (interest.visibility) await form.getByLabel("Who can see it").selectOption({ label: interest.visibility });
    await expect(form.getByLabel("Deadline")).not.toHaveValue("");
  }

  async publish() {
    await this.page.getByRole("button", { name: "Publish interest" }).click();
  }
}

export class InterestPage {
  constructor(private readonly page: Page) {}

  matches() {
    return this.page.getByRole("list", { name: "Ranked matches" }).getByRole("article");
  }

  mutual() {
    return this.page.locator("section[aria-labelledby=reciprocal-heading]").getByRole("listitem").filter({ has: this.page.getByText("Mutual", { exact: true }) });
  }
}
