import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminListSummary } from "@/components/admin/admin-list-summary";
import { DecideClaimForm } from "@/components/admin/decide-claim-form";
import { ListPagination } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { listClaimsForAdmin } from "@/db/queries/members";
import { parsePage } from "@/lib/url-state";
import { requireAdminPage } from "../admin-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.claims"))("metaTitle") };
}

export default async function AdminClaimsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireAdminPage("/admin/claims");
  const [list, t, format] = await Promise.all([listClaimsForAdmin(getDb(), { page: parsePage((await searchParams).page) }), getTranslations("admin.claims"), getFormatter()]);
  const rows = list.rows;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      {list.total === 0 ? <p className="text-muted-foreground">{t("none")}</p> : <AdminListSummary list="claims" total={list.total} page={list.page} pageSize={list.pageSize} />}
      {list.total > 0 && rows.length === 0 ? (
        <Link href="/admin/claims" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          {(await getTranslations("admin.overview"))("firstPage")}
        </Link>
      ) : null}
      <ul className="flex flex-col gap-3">
        {rows.map((c) => (
          <li key={c.id}>
            <Card>
              <CardContent className="grid gap-4 md:grid-cols-[minmax(0,1fr)_18rem]">
                <div className="flex min-w-0 flex-col gap-1 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge variant={c.status === "verified" ? "success" : c.status === "rejected" ? "muted" : "warning"}>{t(`status.${c.status}`)}</Badge>
                    <span className="text-muted-foreground">{format.dateTime(c.createdAt, { dateStyle: "medium" })}</span>
                  </div>
                  <p>
                    {t.rich("claimLine", {
                      profile: () => (
                        <>
                          <Link href={`/profiles/${c.profileId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                            {c.profileName}
                          </Link>
                          {c.profileWebsite ? <span className="text-muted-foreground"> ({c.profileWebsite})</span> : null}
                        </>
                      ),
                      organisation: () => (
                        <Link href={`/organisations/${c.organisationId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                          {c.organisationName}
                        </Link>
                      ),
                    })}{" "}
                    <span className="text-muted-foreground">({[c.organisationCountry, c.organisationWebsite].filter(Boolean).join(", ")})</span>
                  </p>
                  <p className="text-muted-foreground">{t("askedBy", { email: c.requestedByEmail ?? t("deletedAccount") })}</p>
                  {c.holderName ? <p>{t("heldBy", { name: c.holderName })}</p> : null}
                  {c.note ? <p className="rounded-md bg-muted px-2 py-1 whitespace-pre-line">{c.note}</p> : null}
                </div>
                {c.status === "pending" || c.status === "disputed" ? <DecideClaimForm claimId={c.id} profile={c.profileName} organisation={c.organisationName ?? ""} /> : null}
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <ListPagination total={list.total} page={list.page} pageSize={list.pageSize} hrefFor={(page) => `/admin/claims?page=${page}`} />
    </div>
  );
}
