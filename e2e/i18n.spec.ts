// The public pages in French, German and Polish: chosen by the browser's language (Accept-Language)
// or by the language switcher in the footer; headings and labels translated, <html lang> set, dates
// and money formatted for the language, axe clean, and the header on one row at 1280 px even with
// the longer German and Polish labels. Screenshots of each page in each language to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { escapeRegExp, ProjectsPage } from "./pages/app-pages";
import { memberWithOrganisation } from "./pages/interest-pages";
import { keepScreenshot } from "./pages/screenshots";

type Lang = "fr" | "de" | "pl";

const BROWSER_LOCALE: Record<Lang, string> = { fr: "fr-FR", de: "de-DE", pl: "pl-PL" };

/** What each page says in each language (from lib/i18n/messages/<lang>/). */
const TEXT: Record<Lang, { home: RegExp; search: string; keyFacts: string; orgFacts: string; partners: RegExp; orgProjects: string }> = {
  fr: { home: /Trouvez les partenaires/, search: "Recherche", keyFacts: "L’essentiel", orgFacts: "Partenaires les plus fréquents", partners: /11\s+partenaires/, orgProjects: "Projets" },
  de: { home: /Finden Sie die Partner/, search: "Suche", keyFacts: "Eckdaten", orgFacts: "Häufigste Partner", partners: /11\s+Partner/, orgProjects: "Projekte" },
  pl: { home: /Znajdź partnerów/, search: "Wyszukiwanie", keyFacts: "Najważniejsze informacje", orgFacts: "Najczęstsi partnerzy", partners: /11\s+partnerów/, orgProjects: "Projekty" },
};

/** INCLUD's start date and budget as the server formats them for `locale` (same ICU as this process). */
function expectedDate(locale: string) {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(2002, 10, 30));
}
function expectedMoney(locale: string) {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", minimumFractionDigits: 2 }).format(1_200_000);
}
/** Intl writes narrow and ordinary no-break spaces; the page text may carry either. */
function loose(text: string) {
  return new RegExp(escapeRegExp(text).replace(/[\s\u00a0\u202f]/g, "[\\s\\u00a0\\u202f]"));
}

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious).toEqual([]);
}

async function shot(page: Page, name: string) {
  await keepScreenshot(page, `i18n/${name}`);
}

async function contextFor(browser: Browser, baseURL: string | undefined, lang: Lang, width = 1280) {
  const context = await browser.newContext({ baseURL, locale: BROWSER_LOCALE[lang], viewport: { width, height: width > 800 ? 900 : 844 } });
  return { context, page: await context.newPage() };
}

/** The first organisation the organisations list shows (the one with most projects). */
async function openFirstPartner(page: Page) {
  await page.goto("/organisations");
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
}

for (const lang of ["fr", "de", "pl"] as const) {
  test(`${lang}: the browser's language gives home, search, a project and an organisation in ${lang}, with its dates and money`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const { context, page } = await contextFor(browser, baseURL, lang);
    const text = TEXT[lang];
    const main = page.getByRole("main");

    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(text.home);
    await shot(page, `home-${lang}`);

    await page.goto("/search?q=cluster");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(text.search);
    await shot(page, `search-${lang}`);

    await new ProjectsPage(page).open("INCLUD");
    await new ProjectsPage(page).openResult("INCLUD");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(main.getByText(text.keyFacts, { exact: true })).toBeVisible();
    await expect(main).toContainText(loose(expectedDate(BROWSER_LOCALE[lang])));
    await expect(main).toContainText(loose(expectedMoney(BROWSER_LOCALE[lang])));
    await expect(main).toContainText(text.partners);
    // The project's own text stays in its language, marked as such.
    await expect(main.getByRole("heading", { level: 1 })).toContainText("Industrial Cluster Development");
    await expect(main.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
    await shot(page, `project-${lang}`);

    await openFirstPartner(page);
    await expect(main.getByText(text.orgFacts, { exact: true })).toBeVisible();
    await expect(main.getByText(text.orgProjects, { exact: true }).first()).toBeVisible();
    await shot(page, `organisation-${lang}`);
    await context.close();
  });
}

test("the language switcher in the footer changes the interface language and keeps it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("contentinfo").getByLabel("Language").selectOption("pl");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(TEXT.pl.home);
  await page.goto("/search");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Wyszukiwanie");
  // Back to English for whoever shares the browser.
  await page.getByRole("contentinfo").getByLabel("Język").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

for (const lang of ["fr", "pl"] as const) {
  test(`${lang}: axe finds nothing serious on home, search, a project and an organisation`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const { context, page } = await contextFor(browser, baseURL, lang);
    await page.goto("/");
    await axeClean(page);
    await page.goto("/search?q=klastry");
    await axeClean(page);
    await new ProjectsPage(page).open("INCLUD");
    await new ProjectsPage(page).openResult("INCLUD");
    await axeClean(page);
    await openFirstPartner(page);
    await axeClean(page);
    await context.close();
  });
}

/** EuroSciVoc fields in each language (data/themes/euroscivoc-labels.json), and a query naming one. */
const FIELDS: Record<"fr" | "pl", { natural: string; social: string; paediatrics: string }> = {
  fr: { natural: "sciences naturelles", social: "sciences sociales", paediatrics: "pédiatrie" },
  pl: { natural: "nauki przyrodnicze", social: "nauki społeczne", paediatrics: "pediatria" },
};

test("fr and pl: the fields of science named in the reader's language in the search facets, a query's expansion and a project's themes, at 1280 and 390 px", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  for (const lang of ["fr", "pl"] as const) {
    for (const width of [1280, 390]) {
      const { context, page } = await contextFor(browser, baseURL, lang, width);
      const main = page.getByRole("main");
      const phone = width < 800 ? "-phone" : "";
      const filters = main.getByRole("navigation", { name: lang === "fr" ? "Filtres" : "Filtry" });

      await page.goto("/search");
      if (phone) await main.locator("summary", { hasText: lang === "fr" ? "Filtres" : "Filtry" }).click();
      // The theme facet's top level: the six fields, none left in English.
      const natural = filters.getByRole("link", { name: new RegExp(`^${FIELDS[lang].natural}\\b`) });
      await expect(natural).toBeVisible();
      await expect(filters.getByRole("link", { name: /^natural sciences\b/ })).toHaveCount(0);
      // The facet list scrolls on its own: the screen as the reader sees it there.
      await natural.scrollIntoViewIfNeeded();
      await keepScreenshot(page, `i18n/fields-search-${lang}${phone}`, { fullPage: false });

      // A query in the reader's language reaches the field, and says so in that language.
      await page.goto(`/search?q=${encodeURIComponent(FIELDS[lang].social)}`);
      const notice = main.getByText(lang === "fr" ? "Recherche étendue au thème" : "Szukamy też w temacie").locator("..");
      await expect(notice.getByRole("link", { name: FIELDS[lang].social, exact: true })).toBeVisible();
      await expect(main.getByRole("link", { name: /^social sciences$/ })).toHaveCount(0);
      await shot(page, `fields-query-${lang}${phone}`);

      // A CORDIS project's EuroSciVoc theme (paediatrics, level 3).
      await new ProjectsPage(page).open("Add4Kids");
      await new ProjectsPage(page).openResult("Add4Kids");
      await expect(main.getByText(FIELDS[lang].paediatrics, { exact: true })).toBeVisible();
      await expect(main.getByText("paediatrics", { exact: true })).toHaveCount(0);
      await shot(page, `fields-project-${lang}${phone}`);
      await context.close();
    }
  }
});

test("phone width: home, search, project and organisation in fr, de and pl (screenshots)", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  for (const lang of ["fr", "de", "pl"] as const) {
    const { context, page } = await contextFor(browser, baseURL, lang, 390);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), `home-${lang} is wider than the phone`).toBeLessThanOrEqual(0);
    await shot(page, `home-${lang}-phone`);
    await page.goto("/search?q=cluster");
    expect(await overflow(), `search-${lang} is wider than the phone`).toBeLessThanOrEqual(0);
    await shot(page, `search-${lang}-phone`);
    await new ProjectsPage(page).open("INCLUD");
    await new ProjectsPage(page).openResult("INCLUD");
    expect(await overflow(), `project-${lang} is wider than the phone`).toBeLessThanOrEqual(0);
    await shot(page, `project-${lang}-phone`);
    await openFirstPartner(page);
    expect(await overflow(), `organisation-${lang} is wider than the phone`).toBeLessThanOrEqual(0);
    await shot(page, `organisation-${lang}-phone`);
    await context.close();
  }
});

test("signed in, the header keeps to one row at 1280 px in every language and wraps cleanly on a phone", async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  await memberWithOrganisation(page, { name: "Wiesława Przybyszewska-Kowalczyk", email: `i18n.${run}@example-org.eu`, password: "Lindenbaum-Quelle-77" }, {
    name: `Regionalna Agencja Rozwoju Innowacji ${run}`,
    type: "Development agency",
    country: "Austria",
    regionSearch: "steiermark",
    region: /^\s*Steiermark \(AT22\)$/,
    website: "https://www.rari.example.eu",
    description: "A regional innovation agency.",
    themes: [],
  });
  const header = page.getByRole("banner");
  for (const lang of ["en", "fr", "de", "pl"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: lang, url: baseURL ?? "http://localhost:3100" }]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/projects");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const logo = await header.getByRole("link").first().boundingBox();
    const account = await header.locator("nav").last().boundingBox();
    expect(logo && account, "logo and account corner are shown").toBeTruthy();
    // One row: the account corner sits beside the logo, not under it.
    expect(Math.abs(account!.y + account!.height / 2 - (logo!.y + logo!.height / 2)), `${lang}: account corner on the logo's row`).toBeLessThan(12);
    await keepScreenshot(header, `i18n/header-${lang}-signed-in`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/projects");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${lang}: phone header overflows`).toBeLessThanOrEqual(0);
    await keepScreenshot(header, `i18n/header-${lang}-signed-in-phone`);
  }
});
