// "Download CSV" beside a search: the list's rows in its order, as a spreadsheet file.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test("an organisation search downloads as CSV with its filters, names and links", async ({ page }) => {
  await page.goto("/organisations?q=namur&country=BE");
  const first = page.getByRole("main").getByRole("table").getByRole("link").first();
  const firstName = (await first.textContent())!.replace(/\s*\(.*\)$/, "").trim();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^consortia-organisations-namur-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("Name,Short name,PIC,Type,SME,Country,City,Projects,Consortia led,Matching projects,Link");
  expect(lines[1]).toContain(firstName);
  expect(lines[1]).toMatch(/,Belgium,/);
  expect(lines[1]).toMatch(/\/organisations\/\d+$/);
  expect(csv).toContain("Source: CORDIS, © European Union, CC BY 4.0");
});
