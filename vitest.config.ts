import fs from "node:fs";
import path from "node:path";
import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";
import { listTestFiles, testDirs } from "./scripts/test-files.mjs";

const include = testDirs.map((dir) => `${dir}/**/*.test.ts`);

/**
 * Test files that replace modules (vi.mock): they run isolated, each in a fresh module registry.
 * The others share their worker's modules from one file to the next, which spares each file the
 * import of the app's modules again (a third of the database tests' time on a 2-core machine);
 * they keep no state in modules (their databases are their own: db/testing.ts).
 */
function filesReplacingModules(): string[] {
  return listTestFiles(import.meta.dirname).filter((file) => /\bvi\.(mock|doMock)\(/.test(fs.readFileSync(path.join(import.meta.dirname, file), "utf8")));
}
const isolated = filesReplacingModules();

export default defineConfig({
  plugins: [tsconfigPaths()],
  resolve: {
    // `server-only` throws outside React Server Components; tests import server modules directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
  },
  test: {
    environment: "node",
    globalSetup: ["db/test-global-setup.ts"],
    // next-intl's server functions answer from the real catalogues outside a request.
    setupFiles: ["lib/testing/next-intl.ts"],
    // Vitest's default is one worker below the core count: one worker on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "isolated", include: isolated, isolate: true } },
      { extends: true, test: { name: "shared", include, exclude: isolated, isolate: false } },
    ],
  },
});
