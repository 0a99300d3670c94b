import { defineConfig, devices } from "@playwright/test";

// Browser tests run Debian's Chromium (Playwright cannot download its own browsers here) against
// a production build served by `npm start` on a fresh embedded database.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "en-GB",
    // A trace records the browser throughout the test, which costs CI a fifth of its browser time:
    // there it is recorded on the retry of a failed test only.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: "rm -rf .data/e2e && node scripts/start.mjs",
    url: `http://localhost:${port}`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    // DEV_MAILBOX: the production build shows /dev/mailbox for the tests to read the mail (no SMTP server).
    env: {
      PORT: String(port),
      PGLITE_DIR: ".data/e2e/pglite",
      DATABASE_URL: "",
      LOAD_DEMO_DATA: "true",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      APP_URL: `http://localhost:${port}`,
      DEV_MAILBOX: "true",
      SMTP_URL: "",
    },
  },
});
