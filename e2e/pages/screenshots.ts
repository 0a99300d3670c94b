// Screenshots of pages, for people to look at (test-results/screenshots/). A CI run has nobody to
// look at them and each full page costs the software-rendered browser about a second, so there
// they are taken only when E2E_SCREENSHOTS is set. A failing test's own screenshot (the config's
// `screenshot: "only-on-failure"`) does not depend on this.
import type { Locator, Page } from "@playwright/test";

export const takingScreenshots = !process.env.CI || Boolean(process.env.E2E_SCREENSHOTS);

/** A screenshot of the page (whole, unless `fullPage: false`) or of one element, as test-results/screenshots/<name>.png. */
export async function keepScreenshot(target: Page | Locator, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  if (!takingScreenshots) return;
  const path = `test-results/screenshots/${name}.png`;
  if ("goto" in target) await target.screenshot({ path, fullPage });
  else await target.screenshot({ path });
}
