// Page objects for the public pages: what a visitor does, in the visitor's words.
import { expect, type Page } from "@playwright/test";

export class HomePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The search box in the page's main content (the header has one too): a combobox, as it offers while one types. */
  async search(text: string) {
    const box = this.page.getByRole("main").getByRole("combobox").first();
    await box.fill(text);
    await box.press("Enter");
    await this.page.waitForURL(/\/projects\?.*q=/);
  }
}

export class ProjectsPage {
  constructor(private readonly page: Page) {}

  async open(query: string) {
    await this.page.goto(`/projects?q=${encodeURIComponent(query)}`);
  }

  /** Opens the result whose link names the acronym. */
  async openResult(acronym: string) {
    await this.page.getByRole("main").getByRole("link", { name: new RegExp(`\\b${escapeRegExp(acronym)}\\b`) }).first().click();
    await this.page.waitForURL(/\/projects\/\d+$/);
  }
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A search box that offers projects, organisations and themes while one types (the header's, the home page's). */
export class SuggestingSearchBox {
  constructor(
    private readonly page: Page,
    readonly name: string,
  ) {}

  get box() {
    return this.page.getByRole("combobox", { name: this.name });
  }

  get offers() {
    return this.page.getByRole("listbox", { name: "Suggestions" });
  }

  option(name: string | RegExp) {
    return this.offers.getByRole("option", { name });
  }

  /** Types the text as a person does, key by key, and waits for the offers. */
  async type(text: string) {
    await this.box.fill("");
    await this.box.pressSequentially(text, { delay: 20 });
    await expect(this.offers).toBeVisible();
  }
}
