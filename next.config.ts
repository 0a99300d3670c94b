import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The catalogues are compiled when the app is built: each message becomes a small array that
    // use-intl formats without the ICU parser, so the parser (intl-messageformat, ~12 kB gzip)
    // stays out of every page's JavaScript. Whatever formats catalogue messages in the app must go
    // through use-intl (getTranslations, useTranslations, createTranslator: lib/i18n/say.ts does);
    // vitest, the CLI and the worker read the JSON as written, which use-intl formats just as well.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and postgres.js must not be bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project, the route types included (`npm run typecheck` runs
  // `next typegen` before tsc), before its browser tests build the app: that build skips Next's
  // own pass of the same check (45 s on a 2-core machine). Every other build checks the types.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "true" },
};

export default withNextIntl(nextConfig);
