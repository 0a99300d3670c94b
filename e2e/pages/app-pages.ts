// Page objects for the public pages: what a visitor does, in the visitor's words.
import { expect, type Page } from "@playwright/test";

export class HomePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The search box in the page's main content (the header has one too). */
  async search(text: string) {
    const box = this.page.getByRole("main").getByRole("searchbox").first();
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
