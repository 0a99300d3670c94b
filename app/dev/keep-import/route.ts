// POST /dev/keep-import: imports a KEEP-style JSON file (docs/keep-format.md) into the running
// app's database with the importer the CLI uses, then refreshes the search data and records the
// import — what `npm run cli -- import keep FILE` does, for tests on the embedded database, which a
// second process cannot open while the server runs. 404 unless DEV_MAILBOX is on, like /dev/mailbox.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { markSourcesImported } from "@/db/jobs/refresh-matches";
import { loadKeepProjects } from "@/db/load/keep";
import { refreshProjectSearch } from "@/db/search/refresh";
import { env } from "@/lib/env";
import { parseKeepFile } from "@/lib/importers/keep";

export async function POST(request: NextRequest) {
  if (!env().DEV_MAILBOX) return new NextResponse("Not found", { status: 404 });
  const parsed = parseKeepFile(await request.json().catch(() => null));
  if (parsed.errors.length > 0) return NextResponse.json({ errors: parsed.errors }, { status: 400 });
  const db = getDb();
  const counts = await loadKeepProjects(db, { projects: parsed.projects });
  await refreshProjectSearch(db);
  // The stored matches computed before are stale (the fresh-matches job recomputes them).
  await markSourcesImported(db, ["keep"]);
  return NextResponse.json(counts);
}
