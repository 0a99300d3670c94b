// GET /organisations/export?…: the organisation search's results as a CSV file — the parameters of
// the list (and of /api/organisations) but the page, the list's order, its first 5,000 rows
// (lib/search/export-csv.ts). Named organisations only, as the list. Bad parameters are a 400.
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { exportOrganisations } from "@/db/search/export";
import { appUrl } from "@/lib/accounts/store";
import { csvResponse } from "@/lib/csv";
import { formatCountry } from "@/lib/format";
import { ATTRIBUTIONS } from "@/lib/importers/sources";
import { parseOrganisationApiParams } from "@/lib/search/api";
import { organisationExportColumns, organisationsCsv, searchExportFileName } from "@/lib/search/export-csv";
import { withoutPaging } from "@/lib/search/export-response";

export async function GET(request: Request): Promise<Response> {
  const parsed = parseOrganisationApiParams(withoutPaging(request));
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  const [t, types, locale, { rows }] = await Promise.all([
    getTranslations("search.export"),
    getTranslations("labels.organisationTypes"),
    getLocale(),
    exportOrganisations(getDb(), parsed.state),
  ]);
  const csv = organisationsCsv(
    rows,
    organisationExportColumns.map((column) => t(`columns.${column}`)),
    {
      link: appUrl,
      attribution: ATTRIBUTIONS.map((a) => a.text),
      type: (type) => types(type as "sme"),
      country: (code, name) => formatCountry(code, locale, name) ?? "",
      yes: t("yes"),
      no: t("no"),
    },
  );
  return csvResponse(csv, searchExportFileName("organisations", parsed.state.q, new Date().toISOString().slice(0, 10)));
}
