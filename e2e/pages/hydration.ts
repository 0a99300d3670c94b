import type { Page } from "@playwright/test";

/** Waits until React has hydrated the page (components/hydration-marker.tsx). */
export async function whenHydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
