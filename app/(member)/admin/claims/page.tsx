import type { Metadata } from "next";
import Link from "next/link";
import { DecideClaimForm } from "@/components/admin/decide-claim-form";
import { ListPagination, ResultSummary } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { getDb } from "@/db";
import { listClaimsForAdmin } from "@/db/queries/members";
import { claimStatusLabels } from "@/lib/organisations/claims";
import { parsePage } from "@/lib/url-state";
import { requireAdminPage } from "../admin-guard";

export const metadata: Metadata = { title: "Claims" };

export default async function AdminClaimsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireAdminPage("/admin/claims");
  const list = await listClaimsForAdmin(getDb(), { page: parsePage((await searchParams).page) });
  const rows = list.rows;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Claims"
        description="Registered organisations claiming knowledge-base records. Pending: the e-mail domain did not prove it. Disputed: another organisation holds the record; verifying moves it."
      />
      {list.total === 0 ? <p className="text-muted-foreground">No claims yet.</p> : <ResultSummary total={list.total} page={list.page} pageSize={list.pageSize} noun={["claim", "claims"]} locale="en" />}
      {list.total > 0 && rows.length === 0 ? (
        <Link href="/admin/claims" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          Back to the first page
        </Link>
      ) : null}
      <ul className="flex flex-col gap-3">
        {rows.map((c) => (
          <li key={c.id}>
            <Card>
              <CardContent className="grid gap-4 md:grid-cols-[minmax(0,1fr)_18rem]">
                <div className="flex min-w-0 flex-col gap-1 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge variant={c.status === "verified" ? "success" : c.status === "rejected" ? "muted" : "warning"}>{claimStatusLabels[c.status]}</Badge>
                    <span className="text-muted-foreground">{c.createdAt.toISOString().slice(0, 10)}</span>
                  </div>
                  <p>
                    <Link href={`/profiles/${c.profileId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {c.profileName}
                    </Link>{" "}
                    {c.profileWebsite ? <span className="text-muted-foreground">({c.profileWebsite})</span> : null} claims{" "}
                    <Link href={`/organisations/${c.organisationId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {c.organisationName}
                    </Link>{" "}
                    <span className="text-muted-foreground">
                      ({[c.organisationCountry, c.organisationWebsite].filter(Boolean).join(", ")})
                    </span>
                  </p>
                  <p className="text-muted-foreground">Asked by {c.requestedByEmail ?? "a deleted account"}</p>
                  {c.holderName ? <p>Held now by: {c.holderName}</p> : null}
                  {c.note ? <p className="rounded-md bg-muted px-2 py-1 whitespace-pre-line">{c.note}</p> : null}
                </div>
                {c.status === "pending" || c.status === "disputed" ? <DecideClaimForm claimId={c.id} label={`${c.profileName} claims ${c.organisationName}`} /> : null}
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <ListPagination total={list.total} page={list.page} pageSize={list.pageSize} hrefFor={(page) => `/admin/claims?page=${page}`} />
    </div>
  );
}
