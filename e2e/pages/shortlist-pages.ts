// Page objects for shortlists, in the user's words: "Add to shortlist" (with "Shortlist", "Name
// of the new shortlist", "Note (optional)" and "Add"), the list's entries with "Status" and
// "Note", the "Consortium checks" panel and "Export CSV".
import { expect, type Locator, type Page } from "@playwright/test";
import { whenHydrated } from "./hydration";

export class AddToShortlistForm {
  constructor(private readonly within: Locator) {}

  async open() {
    await whenHydrated(this.within.page());
    // The disclosure is loaded apart from the page and may hydrate later than it.
    await this.within.locator("details[data-hydrated]").first().waitFor({ state: "attached" });
    await this.within.getByText("Add to shortlist", { exact: false }).first().click();
  }

  async addToNewList(name: string, note?: string) {
    await this.open();
    await this.within.getByLabel("Shortlist", { exact: true }).selectOption({ label: "New shortlist…" });
    await this.within.getByLabel("Name of the new shortlist").fill(name);
    if (note) await this.within.getByLabel("Note (optional)").fill(note);
    await this.within.getByRole("button", { name: "Add", exact: true }).click();
    await expect(this.within.getByRole("status")).toContainText("Added to the shortlist.");
  }

  async addTo(listName: string, note?: string) {
    await this.open();
    await this.within.getByLabel("Shortlist", { exact: true }).selectOption({ label: listName });
    if (note) await this.within.getByLabel("Note (optional)").fill(note);
    await this.within.getByRole("button", { name: "Add", exact: true }).click();
    await expect(this.within.getByRole("status")).toContainText(/Added to the shortlist.|Already on this shortlist./);
  }
}

export class ShortlistPage {
  constructor(private readonly page: Page) {}

  entries() {
    return this.page.getByRole("list", { name: "Entries" }).getByRole("article");
  }

  entry(name: string) {
    return this.entries().filter({ has: this.page.getByRole("heading", { name, exact: true }) });
  }

  checksSummary() {
    return this.page.getByTestId("checks-summary");
  }

  check(id: string) {
    return this.page.locator(`[data-check="${id}"]`);
  }

  /** Chooses a status (it saves on change) and waits for the server to answer the save. */
  async setStatus(name: string, status: string) {
    await whenHydrated(this.page);
    const saved = this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/shortlists/"));
    await this.page.getByLabel(`Status of ${name}`).selectOption({ label: status });
    expect((await saved).status()).toBe(200);
  }

  async exportCsv(): Promise<string> {
    const href = await this.page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const response = await this.page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    return (await response.text()).replace(/^\uFEFF/, "");
  }
}
