// Page objects for accounts and organisations: what a user does, in the user's words (the
// visible labels "Email", "Password", "Name", "Create account", "Sign in", "Sign out", …).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { keepScreenshot } from "./screenshots";

/** Screenshot of the page (to look at; of the viewport only with an open dialog) and axe: no serious or critical violation. */
export async function checkPage(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  // After a client-side navigation (a server action's redirect) the title arrives with the stream.
  await expect(page).toHaveTitle(/Consortia/);
  await keepScreenshot(page, name, { fullPage });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious, `axe on ${name}`).toEqual([]);
}

export class RegisterPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/register");
    await expect(this.page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  }

  async fill(user: { name: string; email: string; password: string }) {
    await this.page.getByLabel("Name").fill(user.name);
    await this.page.getByLabel("Email").fill(user.email);
    await this.page.getByLabel("Password").fill(user.password);
  }

  async submit() {
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async register(user: { name: string; email: string; password: string }) {
    await this.fill(user);
    await this.submit();
    await this.page.waitForURL(/\/verify\?sent=/);
    await expect(this.page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();
  }
}

export class DevMailbox {
  constructor(private readonly page: Page) {}

  /** Opens the newest mail to `to` whose subject matches and returns the link in it that matches `link`. */
  async linkIn(to: string, subject: RegExp, link: RegExp): Promise<string> {
    await this.page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    const mail = this.page.getByTestId("mail").filter({ has: this.page.getByRole("heading", { name: subject }) }).first();
    await expect(mail).toBeVisible();
    const href = await mail.getByRole("link", { name: link }).first().getAttribute("href");
    expect(href, "the link in the mail").toBeTruthy();
    expect(href!).toMatch(/^http:\/\/localhost:\d+\//);
    return href!;
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}

export interface OrganisationDetails {
  name: string;
  type: string;
  country: string;
  regionSearch: string;
  region: RegExp;
  website: string;
  description: string;
  themes: string[];
  /** Fields of science (EuroSciVoc), found by typing their name. */
  fields?: string[];
}

export class OrganisationFormPage {
  constructor(private readonly page: Page) {}

  async fill(org: OrganisationDetails) {
    const form = this.page.getByRole("form", { name: /organisation/i });
    await form.getByLabel("Organisation name").fill(org.name);
    await form.getByLabel("Organisation type").selectOption({ label: org.type });
    await form.getByLabel("Country").selectOption({ label: org.country });
    const region = form.getByLabel("Region", { exact: true });
    await expect(region.locator("option", { hasText: org.region }).first()).toBeAttached();
    await form.getByLabel("Search regions").fill(org.regionSearch);
    const option = region.locator("option", { hasText: org.region }).first();
    await region.selectOption({ value: (await option.getAttribute("value"))! });
    await form.getByLabel("Website").fill(org.website);
    await form.getByLabel("Description").fill(org.description);
    const themes = form.getByRole("group", { name: "Themes" });
    for (const theme of org.themes) await themes.getByLabel(theme, { exact: true }).check();
    const fields = form.getByRole("group", { name: "Fields of science" });
    for (const field of org.fields ?? []) {
      await fields.getByLabel("Find a field of science").fill(field);
      await fields.getByRole("button", { name: `Add ${field}`, exact: true }).click();
    }
  }

  async save() {
    await this.page.getByRole("button", { name: "Save organisation" }).click();
  }
}

export class OrganisationProfilePage {
  constructor(private readonly page: Page) {}

  /** Claims the offered record whose name matches `record`. */
  async claim(record: RegExp) {
    const recordName = new RegExp(`Claim ${record.source}`, record.flags);
    const candidates = this.page.getByRole("region", { name: "Is this your organisation?" }).or(this.page.locator("section[aria-labelledby=candidates-heading]"));
    await expect(candidates).toBeVisible();
    await candidates.getByRole("button", { name: recordName }).click();
    // The record moves from the offers to the claimed records.
    await expect(this.page.getByRole("list", { name: "Claimed records" }).getByRole("listitem").filter({ hasText: record })).toBeVisible();
  }

  pastProjects() {
    return this.page.getByRole("list", { name: "Past projects" }).getByRole("listitem");
  }

  async invite(email: string) {
    await this.page.getByLabel("Colleague's e-mail").fill(email);
    await this.page.getByRole("button", { name: "Send invitation" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  }

  members() {
    return this.page.getByRole("list", { name: "Members" }).getByRole("listitem");
  }

  /** The confirmation dialog titled `title` (removing, transferring ownership, leaving). */
  dialog(title: string) {
    return this.page.getByRole("alertdialog", { name: title });
  }
}
