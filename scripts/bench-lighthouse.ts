// `npm run bench:lighthouse`: Lighthouse's performance and accessibility scores of the home, a
// project, an organisation and the search page, on a production build with the demo data.
//
// It starts the app itself (`node scripts/start.mjs`, which builds when the sources changed) on a
// fresh embedded database in .data/lighthouse, unless --url points at a running one; then runs
// npm `lighthouse` (pinned to 12.2.3: 13 needs Node 22) in the system's Chromium (CHROME_PATH,
// else /usr/bin/chromium, headless) once per page, or --runs times keeping the median, and
// prints one row per page with its first-load JavaScript (gzip), and what costs points below 100.
//
//   npm run bench:lighthouse                         mobile (Lighthouse's default: slow 4G, 4× CPU slowdown)
//   npm run bench:lighthouse -- --preset desktop     desktop
//   npm run bench:lighthouse -- --runs 3 --min 95    median of 3; exit 1 when a score is below 95
//   npm run bench:lighthouse -- --url http://localhost:3000 --json
//   npm run bench:lighthouse -- --js-only            only the first-load JavaScript of each page, by chunk
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string", default: "3310" },
    preset: { type: "string", default: "mobile" },
    runs: { type: "string", default: "1" },
    min: { type: "string" },
    json: { type: "boolean", default: false },
    "js-only": { type: "boolean", default: false },
  },
});
if (args.preset !== "mobile" && args.preset !== "desktop") throw new Error("--preset must be mobile or desktop");
const runs = Math.max(1, Number(args.runs) || 1);

const root = process.cwd();
let server: ChildProcess | undefined;

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    if (server && server.exitCode !== null) throw new Error(`the app stopped (exit code ${server.exitCode})`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function startApp(): Promise<string> {
  const port = args.port!;
  const dir = path.join(root, ".data", "lighthouse");
  fs.rmSync(dir, { recursive: true, force: true });
  console.error(`Starting the app on port ${port} with the demo data (builds first if the sources changed)…`);
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: port,
      PGLITE_DIR: path.join(dir, "pglite"),
      DATABASE_URL: "",
      LOAD_DEMO_DATA: "true",
      AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("hex"),
      APP_URL: `http://localhost:${port}`,
      SMTP_URL: "",
      NODE_ENV: "production",
    },
  });
  const base = `http://localhost:${port}`;
  await waitFor(base, 15 * 60_000);
  return base;
}

function stopApp() {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM"); // the whole group: start.mjs and the server it started
    } catch {
      // already gone
    }
  }
}

/** The first link of the form `/<kind>/<id>` on a page of the app. */
async function firstDetailPath(base: string, listPath: string, kind: string): Promise<string> {
  const html = await (await fetch(base + listPath)).text();
  const match = html.match(new RegExp(`href="(/${kind}/\\d+)"`));
  if (!match) throw new Error(`no /${kind}/<id> link on ${listPath}`);
  return match[1]!;
}

interface PageScore {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** First-load JavaScript, gzip (see firstLoadJs). */
  firstLoadKb: number;
  /** Audits that cost points: failing accessibility audits, performance opportunities. */
  notes: string[];
}

function scoreOf(lhr: Result, name: string, path: string, firstLoadKb: number): PageScore {
  const audit = (id: string) => lhr.audits[id];
  const notes: string[] = [];
  for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
    const a = audit(ref.id);
    if (ref.weight > 0 && a && a.score !== null && a.score < 1) notes.push(`a11y: ${a.title}`);
  }
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const a = audit(ref.id);
    if (a && a.details?.type === "opportunity" && a.score !== null && a.score < 0.9) notes.push(`perf: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
  }
  return {
    page: name,
    path,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(audit("largest-contentful-paint")?.numericValue ?? 0),
    tbtMs: Math.round(audit("total-blocking-time")?.numericValue ?? 0),
    cls: Number((audit("cumulative-layout-shift")?.numericValue ?? 0).toFixed(3)),
    firstLoadKb: Math.round(firstLoadKb * 10) / 10,
    notes,
  };
}

/**
 * The page's first-load JavaScript, gzip: every script its HTML loads (the framework, the layout's
 * and the page's client components), not what it imports later (next/dynamic, import()) nor the
 * polyfills for browsers without modules.
 * `next build` no longer prints this figure since Next.js 16.
 */
async function firstLoadJs(base: string, pagePath: string): Promise<{ kB: number; chunks: { src: string; kB: number }[] }> {
  const html = await (await fetch(base + pagePath)).text();
  // Not the noModule polyfills: browsers that run modules skip them.
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const srcs = [...new Set(tags.flatMap((tag) => tag.match(/src="([^"]+\.js)"/)?.[1] ?? []))];
  const chunks = await Promise.all(
    srcs.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      return { src, kB: gzipSync(body).length / 1024 };
    }),
  );
  return { kB: chunks.reduce((n, c) => n + c.kB, 0), chunks: chunks.sort((a, b) => b.kB - a.kB) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const base = args.url?.replace(/\/$/, "") ?? (await startApp());
  const pages: [string, string][] = [
    ["home", "/"],
    ["project", await firstDetailPath(base, "/projects", "projects")],
    ["organisation", await firstDetailPath(base, "/organisations?sort=projects", "organisations")],
    ["search", "/search?q=cluster"],
  ];
  // One visit each first, so that Lighthouse measures pages, not the server's first-request caches.
  const js = new Map<string, Awaited<ReturnType<typeof firstLoadJs>>>();
  for (const [name, p] of pages) js.set(name, await firstLoadJs(base, p));
  if (args["js-only"]) {
    for (const [name, p] of pages) {
      const { kB, chunks } = js.get(name)!;
      console.log(`${name.padEnd(13)} ${kB.toFixed(1).padStart(6)} kB  ${p}`);
      for (const c of chunks) console.log(`    ${c.kB.toFixed(1).padStart(6)} kB  ${c.src}`);
    }
    return;
  }

  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const scores: PageScore[] = [];
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] };
    for (const [name, p] of pages) {
      const results: PageScore[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(base + p, flags, args.preset === "desktop" ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse gave no result for ${p}`);
        results.push(scoreOf(result.lhr, name, p, js.get(name)!.kB));
      }
      // The run with the median performance score (its other figures with it).
      const mid = median(results.map((r) => r.performance));
      scores.push(results.find((r) => r.performance === mid)!);
    }
  } finally {
    await chrome.kill();
  }

  if (args.json) {
    console.log(JSON.stringify({ preset: args.preset, runs, scores }, null, 2));
  } else {
    console.log(`Lighthouse 12 (${args.preset}, ${runs === 1 ? "one run" : `median of ${runs} runs`}) on ${base}`);
    console.log(["page".padEnd(13), "perf", "a11y", "LCP ms", "TBT ms", "  CLS", "JS kB", "path"].join("  "));
    for (const s of scores) {
      console.log(
        [s.page.padEnd(13), String(s.performance).padStart(4), String(s.accessibility).padStart(4), String(s.lcpMs).padStart(6), String(s.tbtMs).padStart(6), s.cls.toFixed(3).padStart(5), s.firstLoadKb.toFixed(1).padStart(5), s.path].join("  "),
      );
    }
    for (const s of scores) for (const note of s.notes) console.log(`  ${s.page}: ${note}`);
  }
  const min = args.min === undefined ? undefined : Number(args.min);
  if (min !== undefined && scores.some((s) => s.performance < min || s.accessibility < min)) {
    console.error(`Below ${min}: ${scores.filter((s) => s.performance < min || s.accessibility < min).map((s) => s.page).join(", ")}`);
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopApp);
