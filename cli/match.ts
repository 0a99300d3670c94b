// `match --queries FILE --out FILE`: one JSON query per line in, one result line per query out,
// in the same order. A line that is not JSON, fails validation or names unknown codes gets a
// result with an `error` naming the problem (and no matches); the other lines go on.
import fs from "node:fs";
import { parseArgs } from "node:util";
import type { DatabaseHandle } from "@/db/index";
import { findMatches } from "@/db/matching/find-matches";
import { resolveMatchQuery } from "@/db/matching/resolve-query";
import { describeIssues, matchQueryLine } from "@/lib/matching/query-input";

export const matchUsage = `Usage: npm run cli -- match --queries FILE --out FILE

  --queries FILE  JSON Lines, one query per line:
                  {"id": "q1", "text": "…", "programme": "HORIZON", "programmePart": "HORIZON.2.5", "topic": "HORIZON-CL5-2022-D2-01-02",
                   "themes": ["/natural sciences/…" or "/23/49/335"], "requester": "PIC", "partnerTypes": ["HES","REC","PRC","PUB","OTH"],
                   "countries": ["DE","EL"], "regions": ["AT2"], "newPartnersOnly": true, "k": 20}
                  (every field but id optional; newPartnersOnly leaves out the requester's past partners)
  --out FILE      one line per query, same order: {"id": "q1", "matches": [{"pic", "organisationId", "score", "reasons"}]}
                  or {"id": "q1", "matches": [], "error": "what is wrong"}`;

export interface MatchResultLine {
  id: string | null;
  matches: { pic: string | null; organisationId: string; score: number; reasons: string[] }[];
  error?: string;
}

/** The result line of one input line (never throws for bad input). */
export async function matchLine(handle: DatabaseHandle, text: string, lineNumber: number): Promise<MatchResultLine> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { id: null, matches: [], error: `line ${lineNumber}: not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const rawId = typeof json === "object" && json !== null && "id" in json ? (json as { id: unknown }).id : null;
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : null;
  const parsed = matchQueryLine.safeParse(json);
  if (!parsed.success) return { id, matches: [], error: `line ${lineNumber}: ${describeIssues(parsed.error)}` };
  const { query, problems } = await resolveMatchQuery(handle.db, parsed.data);
  if (problems.length > 0) return { id: parsed.data.id, matches: [], error: `line ${lineNumber}: ${problems.join("; ")}` };
  const matches = await findMatches(handle.db, query);
  return {
    id: parsed.data.id,
    matches: matches.map((m) => ({ pic: m.pic, organisationId: String(m.organisationId ?? ""), score: m.score, reasons: m.reasons })),
  };
}

export async function runMatch(handle: DatabaseHandle, argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { queries: { type: "string" }, out: { type: "string" } } });
  if (!values.queries || !values.out) {
    console.error(matchUsage);
    return 2;
  }
  const lines = fs.readFileSync(values.queries, "utf8").split(/\r?\n/);
  const out = fs.createWriteStream(values.out);
  let errors = 0;
  let count = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const result = await matchLine(handle, line, i + 1);
    if (result.error) {
      errors++;
      console.error(result.error);
    }
    count++;
    out.write(`${JSON.stringify(result)}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  console.error(`${count} queries, ${errors} with errors → ${values.out}`);
  return errors > 0 ? 3 : 0;
}
