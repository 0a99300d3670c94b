// GET /projects/export?…: the project search's results as a CSV file — the parameters of the list
// (and of /api/projects) but the page, the list's order, its first 5,000 rows (lib/search/export-csv.ts).
// Public data, as the list is; bad parameters are a 400 naming each.
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { exportProjects } from "@/db/search/export";
import { appUrl } from "@/lib/accounts/store";
import { csvResponse } from "@/lib/csv";
import { ATTRIBUTIONS } from "@/lib/importers/sources";
import { parseProjectApiParams } from "@/lib/search/api";
import { projectExportColumns, projectsCsv, searchExportFileName } from "@/lib/search/export-csv";
import { withoutPaging } from "@/lib/search/export-response";

export async function GET(request: Request): Promise<Response> {
  const parsed = parseProjectApiParams(withoutPaging(request));
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  const [t, { rows }] = await Promise.all([getTranslations("search.export.columns"), exportProjects(getDb(), parsed.state)]);
  const csv = projectsCsv(
    rows,
    projectExportColumns.map((column) => t(column)),
    { link: appUrl, attribution: ATTRIBUTIONS.map((a) => a.text) },
  );
  return csvResponse(csv, searchExportFileName("projects", parsed.state.q, new Date().toISOString().slice(0, 10)));
}
