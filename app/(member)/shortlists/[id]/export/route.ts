// GET /shortlists/[id]/export: the shortlist as a CSV file (UTF-8 with BOM, one row per entry),
// for the members of its organisation only. Anyone else gets 401 (no session) or 404 (as if
// the list did not exist), never the list.
import { getLocale, getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getShortlist, listShortlistEntries } from "@/db/queries/shortlists";
import { appUrl } from "@/lib/accounts/store";
import { csvResponse } from "@/lib/csv";
import { roleIn } from "@/lib/authz";
import { getCurrentUser } from "@/lib/current-user";
import { entryHref } from "@/lib/shortlists/links";
import { shortlistCsvColumns, shortlistFileName, shortlistToCsv } from "@/lib/shortlists/export-csv";
import { parseId } from "@/lib/url-state";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [user, t, types] = await Promise.all([getCurrentUser(), getTranslations("shortlists"), getTranslations("labels.organisationTypes")]);
  if (!user || !user.emailVerified) return NextResponse.json({ error: t("csv.signIn") }, { status: 401 });
  const id = parseId((await params).id);
  const db = getDb();
  const list = id === null ? null : await getShortlist(db, id);
  if (!list || (await roleIn(db, user.id, list.profileId)) === null) return NextResponse.json({ error: t("csv.notFound") }, { status: 404 });
  const entries = await listShortlistEntries(db, list.id, list.profileId, list.programme?.family ?? null, await getLocale());
  const csv = shortlistToCsv(
    entries.map((e) => ({
      kind: e.kind === "project" ? t("csv.project") : t("csv.organisation"),
      name: e.name,
      country: e.countryName ?? e.countryCode,
      region: e.nutsCode,
      type: e.kind === "project" ? (e.programmeName ?? null) : e.type ? types(e.type) : null,
      status: t(`status.${e.status}`),
      note: e.note,
      addedBy: e.addedByName,
      addedAt: e.addedAt,
      link: appUrl(entryHref(e)),
    })),
    // The header row in the reader's language, in the file's column order.
    shortlistCsvColumns.map((column) => t(`csv.${column}`)),
  );
  return csvResponse(csv, shortlistFileName(list.name), { private: true });
}
