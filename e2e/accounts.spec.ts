// A new user's journey: register → the verification mail in the dev mailbox → verify → sign in →
// create the organisation → claim its CORDIS record (domain match) → its past projects show →
// invite a colleague → the colleague registers from the invitation and joins.
import { expect, test, type Page } from "@playwright/test";
import { DevMailbox, OrganisationFormPage, OrganisationProfilePage, RegisterPage, SignInPage, checkPage } from "./pages/account-pages";

// ZENTRUM FUR SOZIALE INNOVATION GMBH (PIC 940719872, www.zsi.at): six projects in the demo sample.
const run = Date.now().toString(36);
const anna = { name: "Anna Berger", email: `anna.${run}@zsi.at`, password: "Kl4ster-Wien-2030" };
const bernd = { name: "Bernd Huber", email: `bernd.${run}@zsi.at`, password: "Donau-Kanal-77" };
const zsi = {
  name: "Zentrum für Soziale Innovation",
  type: "Research organisation",
  country: "Austria",
  regionSearch: "wien",
  region: /^\s*Wien \(AT130\)$/,
  website: "https://www.zsi.at",
  description: "Social innovation research in Vienna. <script>alert('x')</script> stays text.",
  themes: ["Clusters and economic cooperation"],
};

test.describe.configure({ mode: "serial" });

async function verifyFromMailbox(page: Page, email: string) {
  const link = await new DevMailbox(page).linkIn(email, /Confirm your e-mail address/, /\/verify\?token=/);
  await page.goto(link);
  await checkPage(page, "accounts-verify");
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await page.waitForURL(/\/sign-in\?verified=1/);
  await expect(page.getByRole("status").filter({ hasText: "Your e-mail address is confirmed" })).toBeVisible();
}

test("bad input is refused field by field, and a wrong password gets one generic answer", async ({ page }) => {
  const register = new RegisterPage(page);
  await register.goto();
  await register.fill({ name: "Weak", email: `weak.${run}@zsi.at`, password: "abcdefghij" });
  await register.submit();
  await expect(page.getByText(/Too simple\. Use at least 10 characters/).first()).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(`weak.${run}@zsi.at`); // what was typed stays
  await checkPage(page, "accounts-register-error");

  await page.goto("/sign-in");
  await new SignInPage(page).signIn(`nobody.${run}@zsi.at`, "Wrong-password-1");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail address or password.");
  await checkPage(page, "accounts-sign-in-error");
});

test("register, verify, sign in, create the organisation, claim its record, invite a colleague who joins", async ({ page, browser }) => {
  test.setTimeout(300_000);
  // The description carries a <script> with alert(): shown as text, it must never run.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Register.
  const register = new RegisterPage(page);
  await register.goto();
  await checkPage(page, "accounts-register");
  await register.register(anna);
  await checkPage(page, "accounts-check-mailbox");

  // Verify from the dev mailbox, then sign in.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(anna.email)}`);
  await checkPage(page, "accounts-mailbox");
  await verifyFromMailbox(page, anna.email);
  await checkPage(page, "accounts-sign-in");
  await new SignInPage(page).signIn(anna.email, anna.password);
  await page.waitForURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" }).first()).toBeVisible();
  await checkPage(page, "accounts-account");

  // Create the organisation.
  await page.getByRole("link", { name: "Create an organisation" }).click();
  await page.waitForURL(/\/profile\/new$/);
  const form = new OrganisationFormPage(page);
  // The themes its description names are offered, and one click ticks one (taken back here).
  const orgThemes = page.getByRole("form", { name: /organisation/i }).getByRole("group", { name: "Themes" });
  await page.getByRole("form", { name: /organisation/i }).getByLabel("Description").fill("We support SMEs and clusters in Vienna with research on the labour market.");
  const offered = orgThemes.getByRole("button", { name: "Add the theme SMEs and entrepreneurship" });
  await offered.click();
  await expect(orgThemes.getByLabel("SMEs and entrepreneurship", { exact: true })).toBeChecked();
  await expect(offered).toBeHidden();
  await expect(orgThemes.getByRole("button", { name: "Add the theme Labour market and employment" })).toBeVisible();
  await orgThemes.getByLabel("SMEs and entrepreneurship", { exact: true }).uncheck();
  await expect(offered).toBeVisible();
  await form.fill(zsi);
  await checkPage(page, "accounts-organisation-new");
  await form.save();
  await page.waitForURL(/\/profile\/\d+\?created=1$/);
  const profileUrl = new URL(page.url());
  const profileId = profileUrl.pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zsi.name);

  // Claim the CORDIS record: Anna's e-mail is at zsi.at, the record's website is www.zsi.at.
  const profile = new OrganisationProfilePage(page);
  await expect(page.getByText("same website").first()).toBeVisible();
  await checkPage(page, "accounts-organisation-created");
  await profile.claim(/ZENTRUM FUR SOZIALE INNOVATION/i);
  await page.goto(profileUrl.pathname);
  await expect(page.getByRole("list", { name: "Claimed records" })).toContainText("Verified");
  await expect(profile.pastProjects().first()).toBeVisible();
  expect(await profile.pastProjects().count()).toBeGreaterThanOrEqual(5);
  await checkPage(page, "accounts-organisation-claimed");

  // The public page: registered, with its past projects, and no member's name or e-mail.
  await page.goto(`/profiles/${profileId}`);
  await expect(page.getByText("Registered on Consortia")).toBeVisible();
  await expect(page.getByRole("list", { name: "Past projects" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText("<script>alert('x')</script> stays text.");
  expect(await page.locator("main script").count()).toBe(0);
  expect(dialogs).toEqual([]);
  await expect(page.getByRole("main")).not.toContainText(anna.email);
  await expect(page.getByRole("main")).not.toContainText(anna.name);
  await checkPage(page, "accounts-public-profile");
  // The knowledge-base record's page says so too.
  await page.getByRole("main").getByRole("link", { name: /ZENTRUM FUR SOZIALE INNOVATION/i }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  await expect(page.getByText("Registered on Consortia").first()).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(anna.email);
  await checkPage(page, "accounts-record-registered");

  // Invite a colleague.
  await page.goto(profileUrl.pathname);
  await profile.invite(bernd.email);
  await expect(page.getByRole("list", { name: "Open invitations" })).toContainText(bernd.email);

  // The colleague, in a browser of their own, follows the invitation, registers and joins.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "en-GB" });
  const colleague = await context.newPage();
  const invitation = await new DevMailbox(colleague).linkIn(bernd.email, /invites you to Zentrum/, /\/invitations\//);
  await colleague.goto(invitation);
  await expect(colleague.getByRole("heading", { name: `Join ${zsi.name}` })).toBeVisible();
  await checkPage(colleague, "accounts-invitation");
  await colleague.getByRole("link", { name: "Create an account" }).click();
  await colleague.waitForURL(/\/register\?next=/);
  await new RegisterPage(colleague).register(bernd);
  await verifyFromMailbox(colleague, bernd.email);
  await new SignInPage(colleague).signIn(bernd.email, bernd.password);
  await colleague.waitForURL(/\/invitations\//);
  await colleague.getByRole("button", { name: `Join ${zsi.name}` }).click();
  await colleague.waitForURL(new RegExp(`/profile/${profileId}\\?joined=1$`));
  const members = new OrganisationProfilePage(colleague).members();
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: anna.name })).toContainText("Owner");
  await expect(members.filter({ hasText: bernd.name })).toContainText("Member");
  await checkPage(colleague, "accounts-colleague-joined");
  await context.close();

  // Anna sees her colleague; signing out ends the session.
  await page.reload();
  await expect(profile.members()).toHaveCount(2);
  // The account page says what deleting the account would do to the organisation.
  await page.goto("/account");
  await expect(page.getByRole("list", { name: "What happens to your organisations" })).toContainText(`${zsi.name}: you are its last owner: ${bernd.name} becomes owner.`);

  // Removing a member asks first; Cancel (focused) and Escape leave everything as it was.
  await page.goto(profileUrl.pathname);
  const removeBernd = page.getByRole("button", { name: `Remove ${bernd.name}` });
  await removeBernd.click();
  const remove = profile.dialog(`Remove ${bernd.name} from ${zsi.name}?`);
  await expect(remove).toBeVisible();
  await expect(remove).toHaveAccessibleDescription(`${bernd.name} stops being a member of ${zsi.name}: they lose access to its page, interests, shortlists and messages. To bring them back, invite them again.`);
  await expect(remove.getByRole("button", { name: "Cancel" })).toBeFocused();
  await checkPage(page, "accounts-remove-member-dialog", { fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "accounts-remove-member-dialog-phone", { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 720 });
  await remove.getByRole("button", { name: "Cancel" }).click();
  await expect(remove).toBeHidden();
  await expect(removeBernd).toBeFocused();
  await removeBernd.press("Enter");
  await expect(remove).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(remove).toBeHidden();
  await page.reload();
  await expect(profile.members()).toHaveCount(2);
  await expect(profile.members().filter({ hasText: bernd.name })).toContainText("Member");

  // Leaving says what happens to the organisation: Anna is its last owner.
  await page.getByRole("button", { name: "Leave organisation" }).click();
  const leave = profile.dialog(`Leave ${zsi.name}?`);
  await expect(leave).toContainText(`You are its last owner: ${bernd.name} becomes the owner.`);
  await leave.getByRole("button", { name: "Cancel" }).click();
  await expect(leave).toBeHidden();

  // In a second tab Anna hands ownership to Bernd, after saying so.
  const second = await page.context().newPage();
  await second.goto(profileUrl.pathname);
  await second.getByRole("button", { name: `Make ${bernd.name} the owner instead of you` }).click();
  const transfer = new OrganisationProfilePage(second).dialog(`Make ${bernd.name} the owner of ${zsi.name}?`);
  await expect(transfer).toContainText(`${bernd.name} becomes the owner; you become an ordinary member.`);
  await checkPage(second, "accounts-transfer-dialog", { fullPage: false });
  await transfer.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(transfer).toBeHidden();
  const secondMembers = new OrganisationProfilePage(second).members();
  await expect(secondMembers.filter({ hasText: bernd.name })).toContainText("Owner");
  await expect(secondMembers.filter({ hasText: anna.name })).toContainText("Member");
  await expect(second.getByRole("button", { name: `Remove ${bernd.name}` })).toHaveCount(0);
  await second.close();

  // The first tab still offers to remove Bernd: confirmed, the refusal shows in the dialog.
  await removeBernd.click();
  await remove.getByRole("button", { name: "Remove member" }).click();
  await expect(remove.getByRole("alert")).toHaveText("Only owners of this organisation can do this.");
  await expect(remove).toBeVisible();
  await remove.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(profile.members()).toHaveCount(2);

  // Anna, now a member, leaves: the dialog says what she loses; confirmed, she is out.
  await page.getByRole("button", { name: "Leave organisation" }).click();
  await expect(leave).toHaveAccessibleDescription(`You stop being a member of ${zsi.name}: you lose access to its page, interests, shortlists and messages. To come back, you need a new invitation.`);
  await leave.getByRole("button", { name: "Leave organisation" }).click();
  await page.waitForURL(/\/account\?left=1$/);
  await expect(page.getByRole("status").filter({ hasText: "You have left the organisation." })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(zsi.name);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/account");
  await page.waitForURL(/\/sign-in\?next=%2Faccount/);
});
