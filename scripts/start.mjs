// `npm start`: builds the app when there is no build or the sources changed since the last one,
// then serves it on PORT (default 3000). The server migrates and loads the demo data itself.
import { spawnSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();

// Idle keep-alive connections stay open 65 s (Node's default is 5 s): longer than a load balancer's
// idle timeout (60 s by default on the common ones) and than a Node client's (5 s), so the server
// never closes a connection just as a client sends a request on it, which the client sees as
// ECONNRESET. KEEP_ALIVE_TIMEOUT_MS sets another value.
const keepAlive = process.env.KEEP_ALIVE_TIMEOUT_MS || "65000";
if (!/^\d+$/.test(keepAlive)) {
  console.error(`Consortia cannot start: KEEP_ALIVE_TIMEOUT_MS must be a whole number of milliseconds, not "${keepAlive}".`);
  process.exit(1);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sourceDirs = ["app", "components", "lib", "db", "public", "drizzle"];
const sourceFiles = ["next.config.ts", "package.json", "package-lock.json", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function needsBuild() {
  if (process.argv.includes("--rebuild") || !fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return [...sourceDirs, ...sourceFiles].some((entry) => newestMtime(path.join(root, entry)) > built);
}

const next = path.join(root, "node_modules", ".bin", "next");
if (needsBuild()) {
  console.log("Building Consortia (first start or sources changed)…");
  const build = spawnSync(next, ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Production needs AUTH_SECRET (the key of the session cookies). For a local `npm start` one is
// made once and kept in .data/auth-secret; a deployment sets its own.
const env = { ...process.env };
if (!env.AUTH_SECRET) {
  const secretFile = path.join(root, ".data", "auth-secret");
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("Consortia: AUTH_SECRET is not set; made one for this machine in .data/auth-secret.");
  }
  env.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}
const port = process.env.PORT ?? "3000";
const server = spawn(next, ["start", "-p", port, "--keepAliveTimeout", keepAlive], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
