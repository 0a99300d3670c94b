import type { Metadata } from "next";
import Link from "next/link";
import { ListPagination, ResultSummary } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { listClaimsForAdmin, listProfilesForAdmin, listUsersForAdmin } from "@/db/queries/members";
import { parsePage } from "@/lib/url-state";
import { listMessageReports } from "@/db/queries/messaging";
import { requireAdminPage } from "./admin-guard";

export const metadata: Metadata = { title: "Administration" };

type Params = Promise<{ users?: string | string[]; organisations?: string | string[] }>;

export default async function AdminPage({ searchParams }: { searchParams: Params }) {
  await requireAdminPage("/admin");
  const params = await searchParams;
  const db = getDb();
  const [open, usersPage, profilesPage, reports] = await Promise.all([
    listClaimsForAdmin(db, { open: true, pageSize: 1 }),
    listUsersForAdmin(db, parsePage(params.users)),
    listProfilesForAdmin(db, parsePage(params.organisations)),
    listMessageReports(db),
  ]);
  const usersList = usersPage.rows;
  const profiles = profilesPage.rows;
  // Each list pages on its own, keeping the other's page in the address.
  const hrefFor = (key: "users" | "organisations") => (page: number) => {
    const next = new URLSearchParams({ users: String(usersPage.page), organisations: String(profilesPage.page), [key]: String(page) });
    return `/admin?${next.toString()}#${key}`;
  };
  const date = (d: Date) => d.toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Administration" description="Claims to decide, users and registered organisations, newest first." />
      <Card>
        <CardHeader>
          <CardTitle>Claims to decide</CardTitle>
        </CardHeader>
        <CardContent className="pt-3 text-sm">
          {open.total === 0 ? "No claim waits for a decision." : `${open.total} ${open.total === 1 ? "claim waits" : "claims wait"} for a decision.`}{" "}
          <Link href="/admin/claims" className="font-medium text-primary underline-offset-4 hover:underline">
            Open the claims
          </Link>
        </CardContent>
      </Card>
      <Card id="users">
        <CardHeader>
          <CardTitle>Reported messages</CardTitle>
        </CardHeader>
        <CardContent className="pt-3 text-sm">
          {reports.length === 0 ? (
            "No message is reported."
          ) : (
            <ul className="flex flex-col gap-3">
              {reports.map((r) => (
                <li key={r.id} className="rounded-md border p-3">
                  <p className="font-medium">
                    From {r.senderName} in “{r.subject}” (conversation {r.threadId}) · reported by {r.reporter ?? "a former user"} on {date(r.createdAt)}
                  </p>
                  <p className="mt-1 text-muted-foreground">Reason: {r.reason}</p>
                  <p className="mt-1 whitespace-pre-wrap break-words">{r.body}</p>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle id="users-heading">Users</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 pt-3">
          <ResultSummary total={usersPage.total} page={usersPage.page} pageSize={usersPage.pageSize} noun={["user", "users"]} locale="en" />
          {usersList.length === 0 ? <FirstPageLink href={hrefFor("users")(1)} /> : null}
          <Table aria-labelledby="users-heading" className={usersList.length === 0 ? "hidden" : undefined}>
            <TableHeader>
              <TableRow>
                <TableHead className="pl-0">E-mail</TableHead>
                <TableHead className="hidden sm:table-cell">Name</TableHead>
                <TableHead className="hidden sm:table-cell">Role</TableHead>
                <TableHead className="pr-0 text-right sm:pr-2 sm:text-left">Organisations</TableHead>
                <TableHead className="hidden md:table-cell">Registered</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {usersList.map((u) => (
                <TableRow key={u.id}>
                  <TableCell className="max-w-[14rem] pl-0 whitespace-normal [overflow-wrap:anywhere] sm:max-w-none">
                    {u.email} {u.emailVerified ? null : <Badge variant="warning">unverified</Badge>}
                    {/* Phones: the name and role under the address instead of in columns of their own. */}
                    <span className="block text-xs text-muted-foreground sm:hidden">
                      {[u.name, u.role === "admin" ? "administrator" : null].filter(Boolean).join(" · ")}
                    </span>
                  </TableCell>
                  <TableCell className="hidden whitespace-normal sm:table-cell">{u.name}</TableCell>
                  <TableCell className="hidden sm:table-cell">{u.role}</TableCell>
                  <TableCell className="pr-0 text-right tabular-nums sm:pr-2 sm:text-left">{u.organisations}</TableCell>
                  <TableCell className="hidden md:table-cell">{date(u.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination total={usersPage.total} page={usersPage.page} pageSize={usersPage.pageSize} hrefFor={hrefFor("users")} />
        </CardContent>
      </Card>
      <Card id="organisations">
        <CardHeader>
          <CardTitle id="orgs-heading">Registered organisations</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 pt-3">
          <ResultSummary total={profilesPage.total} page={profilesPage.page} pageSize={profilesPage.pageSize} noun={["organisation", "organisations"]} locale="en" />
          {profiles.length === 0 ? <FirstPageLink href={hrefFor("organisations")(1)} /> : null}
          <Table aria-labelledby="orgs-heading" className={profiles.length === 0 ? "hidden" : undefined}>
            <TableHeader>
              <TableRow>
                <TableHead className="pl-0">Name</TableHead>
                <TableHead className="hidden sm:table-cell">Country</TableHead>
                <TableHead>Members</TableHead>
                <TableHead className="pr-0 sm:pr-2">Records</TableHead>
                <TableHead className="hidden md:table-cell">Created</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {profiles.map((p) => (
                <TableRow key={p.id}>
                  <TableCell className="pl-0 whitespace-normal">
                    {p.published ? (
                      <Link href={`/profiles/${p.id}`} className="text-primary underline-offset-4 hover:underline">
                        {p.name}
                      </Link>
                    ) : (
                      <>
                        {p.name} <Badge variant="warning">not public</Badge>
                      </>
                    )}
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{p.countryCode}</TableCell>
                  <TableCell className="tabular-nums">{p.members}</TableCell>
                  <TableCell className="pr-0 tabular-nums sm:pr-2">{p.records}</TableCell>
                  <TableCell className="hidden md:table-cell">{date(p.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination total={profilesPage.total} page={profilesPage.page} pageSize={profilesPage.pageSize} hrefFor={hrefFor("organisations")} />
        </CardContent>
      </Card>
    </div>
  );
}

/** A page past the end of a list (an old link): the way back instead of an empty table. */
function FirstPageLink({ href }: { href: string }) {
  return (
    <Link href={href} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
      Back to the first page
    </Link>
  );
}
