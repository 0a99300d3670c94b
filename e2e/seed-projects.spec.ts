// The five Interreg seed pages the product was conceived from: every fact on them must be on ours.
import { expect, test } from "@playwright/test";
import { HomePage, ProjectsPage, escapeRegExp } from "./pages/app-pages";

test("home → search INCLUD → the project page shows its dates, programme, co-financing and partners", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.search("INCLUD");
  await new ProjectsPage(page).openResult("INCLUD");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toContainText("Industrial Cluster Development");
  await expect(main).toContainText("30 Nov 2002");
  await expect(main).toContainText("30 Dec 2004");
  await expect(main).toContainText("Cadses");
  await expect(main).toContainText(/43\.8\s?%/);
  await expect(main).toContainText(/11\s+partners/i);
  // Similar projects: the other cluster seeds, each saying which themes it shares; one opens.
  const similar = main.getByRole("region", { name: "Similar projects" });
  await expect(similar.getByRole("link", { name: "POOLING4CLUSTERS" })).toBeVisible();
  await expect(similar.getByText(/^Also on .*Clusters and economic cooperation/).first()).toBeVisible();
  await similar.getByRole("link", { name: "POOLING4CLUSTERS" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toContainText("Best shared services for regional cluster inititative needs");
});

// Facts copied from ../shared/seeds/*.txt (dates as the pages print them, in en-GB form).
const seeds: { acronym: string; facts: (string | RegExp)[] }[] = [
  {
    acronym: "INCLUD",
    facts: ["Industrial Cluster Development", "30 Nov 2002", "30 Dec 2004", /finished/i, "2000", "2006", "Cadses", /43\.8\s?%/, "1,200,000.00", /11\s+partners/i, "behaviour schemes have been developed to support cluster organisation in CADSES"],
  },
  {
    acronym: "CLOUD",
    facts: ["CLusters Orientation towards Up-to-date technologies and models for common Development", "30 Sept 2012", "29 Sept 2014", "South East Europe", "2007", "2013", /85\s?%/, "1,342,357.00", /10\s+partners/i, "Hidden Champions"],
  },
  {
    acronym: "POOLING4CLUSTERS",
    facts: ["Best shared services for regional cluster inititative needs", "31 Dec 2009", "30 Dec 2012", /finished/i, "Economic Office of the Province of Namur", /7\s+partners/i, "Sophia-Antipolis"],
  },
  {
    acronym: "CLUSTERS-CORD",
    facts: ["CLUSTERS AND COOPERATION FOR REGIONAL DEVELOPMENT IN CENTRAL EUROPE", "USTI REGION", "Legnica", "Bielsko", "CELJE", "MID-PANNON", "Milano", /10\s+partners/i, "Geograficzne i gospodarcze klastry", "clusterscord.eu"],
  },
  {
    acronym: "InterregCluster",
    facts: ["Inside a cluster - beyond the border", "31 Jan 2012", "30 Jan 2013", "Hungary - Romania (HU-RO)", /81\.7\s?%/, "49,562.63", "SHENA", "Timisoara", "support of cross-border business cooperation"],
  },
];

for (const seed of seeds) {
  test(`seed project ${seed.acronym} shows every fact of its page`, async ({ page }) => {
    const projects = new ProjectsPage(page);
    await projects.open(seed.acronym);
    await projects.openResult(seed.acronym);
    const main = page.getByRole("main");
    for (const fact of seed.facts) {
      await expect(main, `fact ${String(fact)}`).toContainText(typeof fact === "string" ? new RegExp(escapeRegExp(fact)) : fact);
    }
  });
}
