// Options of the benchmark scripts (npm run bench:*): node's parseArgs, with --help (or -h)
// printing the script's usage, and an unknown option answered with the error and the usage (exit
// code 2) instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
type WithHelp<O extends Options> = O & { help: { type: "boolean"; short: "h" } };

export function scriptArgs<const O extends Options>(options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs<{ options: WithHelp<O> }>({ options: { ...options, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.values;
}
