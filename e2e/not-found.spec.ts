// Unknown or malformed ids are a 404 page, never a server error.
import { expect, test } from "@playwright/test";

for (const path of ["/projects/abc", "/projects/99999999", "/projects/1.5", "/projects/-1", "/projects/%27%3B--", "/organisations/xyz", "/organisations/0", "/no-such-page"]) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("main")).toContainText(/not found|could not find|doesn.t exist/i);
    await expect(page.getByRole("link", { name: /projects/i }).first()).toBeVisible();
  });
}
