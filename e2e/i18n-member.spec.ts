// Accounts, organisation profiles and partnership interests in French: a cluster manager in
// Austria registers with a French browser, signs in, creates the organisation, makes a bad
// submit of the interest form (French field errors), publishes the interest and reads its match
// reasons in French. Then the same pages in German and Polish, desktop and phone, to look at.
import { expect, test, type Page } from "@playwright/test";
import { checkPage } from "./pages/account-pages";
import { keepScreenshot, takingScreenshots } from "./pages/screenshots";

const run = Date.now().toString(36);
const user = { name: "Claire Dubois", email: `claire.${run}@holzcluster.at`, password: "Holz-Cluster-2030" };
let interestUrl = "";

test.describe.configure({ mode: "serial" });
test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });

async function shoot(page: Page, name: string) {
  if (!takingScreenshots) return;
  for (const [label, width] of [["desktop", 1280], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `i18n-member/${name}-${label}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("in French: register, sign in, a bad interest gets French field errors, the match reasons read in French", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/register");
  await expect(page.getByRole("heading", { name: "Créer un compte", exact: true })).toBeVisible();
  await page.getByLabel("Nom").fill(user.name);
  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByLabel("Mot de passe").fill(user.password);
  await expect(page.getByText(/Au moins 10 caractères, avec trois de ces types/)).toBeVisible();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await page.waitForURL(/\/verify\?sent=/);
  await expect(page.getByRole("heading", { name: "Consultez votre messagerie", exact: true })).toBeVisible();

  // The mail is in the language the account was registered in; its link opens a French page.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(user.email)}`);
  const mail = page.getByTestId("mail").filter({ has: page.getByRole("heading", { name: "Confirmez votre adresse e-mail pour Consortia" }) }).first();
  await expect(mail).toContainText("Le lien fonctionne une seule fois, pendant 48 heures.");
  const link = await mail.getByRole("link", { name: /\/verify\?token=/ }).first().getAttribute("href");
  await page.goto(link!);
  await page.getByRole("button", { name: "Confirmer mon adresse e-mail" }).click();
  await page.waitForURL(/\/sign-in\?verified=1/);

  // The sign-in page in French.
  await expect(page.getByRole("heading", { name: "Connexion", exact: true })).toBeVisible();
  await expect(page.getByText("Votre adresse e-mail est confirmée. Connectez-vous pour continuer.")).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Adresse e-mail ou mot de passe incorrect.");
  await page.getByLabel("Mot de passe").fill(user.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Votre compte", exact: true })).toBeVisible();

  // The organisation, created with the French form.
  await page.goto("/profile/new");
  const org = page.getByRole("form", { name: "Nouvelle organisation" });
  await org.getByLabel("Nom de l’organisation").fill(`Holzcluster Steiermark ${run}`);
  await org.getByLabel("Type d’organisation").selectOption({ label: "Pôle de compétitivité ou cluster" });
  // exact: the themes are listed in French now, and "Biodiversité, nature et paysages" holds "pays".
  await org.getByLabel("Pays", { exact: true }).selectOption({ label: "Autriche" });
  const region = org.getByLabel("Région", { exact: true });
  await expect(region.locator("option", { hasText: "(AT22)" }).first()).toBeAttached();
  await region.selectOption({ value: "AT22" });
  // The themes in French (theme_labels), the English names as the vocabulary's fallback.
  await org.getByRole("group", { name: "Thèmes" }).getByLabel("Industrie du bois et de l'ameublement", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer l’organisation" }).click();
  await page.waitForURL(/\/profile\/\d+\?created=1$/);
  await expect(page.getByText(/Votre organisation est créée/)).toBeVisible();

  // The interest form in French; an empty submit gets French field errors beside each field.
  await page.goto("/interests/new");
  await expect(page.getByRole("heading", { name: "Publier une recherche de partenaires", exact: true })).toBeVisible();
  const form = page.getByRole("form", { name: "Nouvelle recherche" });
  await expect(form.getByLabel("Titre")).toBeVisible();
  await expect(form.getByRole("group", { name: "Types de partenaires" })).toBeVisible();
  await page.getByRole("button", { name: "Publier la recherche" }).click();
  await expect(form.getByRole("alert")).toContainText("Veuillez corriger les champs signalés ci-dessous.");
  await expect(form.getByText("Donnez à la recherche un titre d’au moins 5 caractères.")).toBeVisible();
  await expect(form.getByText("Décrivez le projet et les partenaires recherchés en au moins 20 caractères.")).toBeVisible();
  await expect(form.getByText("Indiquez si vous coordonneriez le projet ou seriez partenaire.")).toBeVisible();
  await expect(form.getByLabel("Titre")).toHaveAttribute("aria-invalid", "true");

  // A good one: the matches' reasons read in French.
  await form.getByLabel("Titre").fill("Projet Interreg de clusters de la filière bois");
  await form
    .getByLabel("Description")
    .fill("Coopération de clusters de la filière bois sur la construction en bois et le mobilier : innovation pour les PME, compétences et transfert de technologie.");
  const programme = form.getByLabel("Programme", { exact: true });
  const option = programme.locator("option", { hasText: "CENTRAL EUROPE" }).first();
  await programme.selectOption({ value: (await option.getAttribute("value"))! });
  const themes = form.getByRole("group", { name: "Thèmes" });
  for (const theme of ["Industrie du bois et de l'ameublement", "Clusters et coopération économique"]) {
    const box = themes.getByLabel(theme, { exact: true });
    if (!(await box.isVisible())) await themes.locator("details").filter({ has: page.getByLabel(theme, { exact: true }) }).locator("summary").click();
    await box.check();
  }
  const countries = form.getByRole("group", { name: "Pays" });
  for (const country of ["Autriche", "Slovénie", "Hongrie"]) await countries.getByLabel(country, { exact: true }).check();
  await form.getByLabel("Notre rôle").selectOption({ label: "Coordinateur (chef de file)" });
  await page.getByRole("button", { name: "Publier la recherche" }).click();
  await page.waitForURL(/\/interests\/\d+\?published=1$/, { timeout: 120_000 });
  interestUrl = page.url().replace(/\?.*$/, "");
  // The wanted countries in French, in French order (the reference list names them in English).
  await expect(page.getByRole("main")).toContainText("Autriche, Hongrie, Slovénie");
  await expect(page.getByRole("main")).not.toContainText("Austria");
  await expect(page.getByRole("heading", { name: "Partenaires proposés", exact: true })).toBeVisible();
  const first = page.getByRole("list", { name: "Partenaires proposés, par rang" }).getByRole("article").first();
  await expect(first).toBeVisible();
  // The French text was also read in English, the past projects' language: the page says how.
  await expect(page.getByTestId("english-reading")).toContainText("Rédigée en français");
  await expect(page.getByTestId("english-reading")).toContainText("« wood industry »");
  const reasons = first.getByTestId("match-reasons");
  await expect(reasons).toContainText(/au total|a coordonné|projets passés sur|projets? dans/);
  await expect(reasons).not.toContainText(/ in all|coordinated |past projects on/);
  await checkPage(page, "i18n-member-interest-fr");
});

test("the pages in French, German and Polish, on a desktop and a phone", async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  expect(interestUrl, "the first test publishes the interest").not.toBe("");
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByLabel("Mot de passe").fill(user.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/account$/);
  const headings = {
    fr: { account: "Votre compte", form: "Publier une recherche de partenaires", matches: "Partenaires proposés" },
    de: { account: "Ihr Konto", form: "Partnersuche veröffentlichen", matches: "Vorschläge" },
    pl: { account: "Twoje konto", form: "Opublikuj poszukiwanie partnerów", matches: "Proponowani partnerzy" },
  } as const;
  for (const locale of ["fr", "de", "pl"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: headings[locale].account, level: 1 })).toBeVisible();
    await shoot(page, `account-${locale}`);
    await page.goto("/interests/new");
    await expect(page.getByRole("heading", { name: headings[locale].form, level: 1 })).toBeVisible();
    await shoot(page, `interest-form-${locale}`);
    await page.goto(interestUrl);
    await expect(page.getByRole("heading", { name: headings[locale].matches, exact: true })).toBeVisible();
    await shoot(page, `interest-${locale}`);
  }
  // The register page, signed out.
  await context.clearCookies();
  for (const locale of ["fr", "de", "pl"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto("/register");
    await expect(page.getByRole("button", { name: { fr: "Créer le compte", de: "Konto anlegen", pl: "Załóż konto" }[locale] })).toBeVisible();
    await shoot(page, `register-${locale}`);
    await checkPage(page, `i18n-member-register-${locale}`);
  }
});
