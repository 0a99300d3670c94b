// The command-line entry: `npm run cli -- <command>`. Works on the database DATABASE_URL names,
// else on the embedded PGlite in PGLITE_DIR (which no other process may have open).
import { parseArgs } from "node:util";
import { getDatabase } from "@/db/index";
import { loadDemoData } from "@/db/demo";
import { migrateDatabase } from "@/db/migrate";
import { checkConnection, describeTarget, prepareDatabase } from "@/db/setup";
import { knowledgeBaseStats } from "@/db/stats";
import { runAdmin } from "./admin";
import { importUsage, runImport } from "./import";
import { matchUsage, runMatch } from "./match";
import { evalUsage, runEval } from "./eval";

const usage = `Usage: npm run cli -- <command>

Commands:
  migrate     apply the migrations in drizzle/
  setup       migrate, then load the demo sample if the knowledge base is empty
  load-demo   (re)load the demo sample (idempotent: a second run changes nothing)
  import      import cordis [--dir DIR] [--exclude-projects FILE] [--rejects FILE] [--json]
              import keep FILE [--rejects FILE] [--json]   (npm run cli -- import --help)
  stats       print the knowledge base's counts as one JSON object
  match       match --queries FILE --out FILE   (partners for JSON Lines queries; npm run cli -- match --help)
  eval        eval [--seed N] [--size N] [--out FILE]   (leave-projects-out evaluation of matching)
  admin       admin grant EMAIL | admin revoke EMAIL | admin list   (site administrators)`;

const commands = ["migrate", "setup", "load-demo", "import", "stats"];

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "admin") return runAdmin(argv.slice(1));
  // import has options of its own: it parses the rest of the line itself.
  if (argv[0] === "import") {
    if (argv.includes("--help") || argv.includes("-h")) {
      console.log(importUsage);
      return 0;
    }
    return runImport(argv.slice(1));
  }
  if (argv[0] === "match" || argv[0] === "eval") {
    if (argv.includes("--help") || argv.includes("-h")) {
      console.log(argv[0] === "match" ? matchUsage : evalUsage);
      return 0;
    }
    const handle = getDatabase();
    try {
      await checkConnection(handle);
      await migrateDatabase(handle);
      return argv[0] === "match" ? await runMatch(handle, argv.slice(1)) : await runEval(handle, argv.slice(1));
    } finally {
      await handle.close();
    }
  }
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  if (!commands.includes(command)) {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    return 2;
  }
  const handle = getDatabase();
  try {
    switch (command) {
      case "migrate":
        await checkConnection(handle);
        await migrateDatabase(handle);
        console.error(`Migrated ${describeTarget(handle)}`);
        return 0;
      case "setup": {
        const report = await prepareDatabase(handle, { loadDemo: true });
        console.error(`Ready: ${report.target} in ${report.ms} ms${report.demo ? " (demo data loaded)" : ""}`);
        return 0;
      }
      case "load-demo": {
        await checkConnection(handle);
        await migrateDatabase(handle);
        const report = await loadDemoData(handle.db);
        console.log(JSON.stringify(report, null, 2));
        return 0;
      }
      case "stats":
        await checkConnection(handle);
        await migrateDatabase(handle);
        console.log(JSON.stringify(await knowledgeBaseStats(handle.db)));
        return 0;
      default:
        return 2;
    }
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
