import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { listClaimsForAdmin, listProfilesForAdmin, listUsersForAdmin } from "@/db/queries/members";
import { listMessageReports } from "@/db/queries/messaging";
import { requireAdminPage } from "./admin-guard";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  await requireAdminPage("/admin");
  const db = getDb();
  const [open, usersList, profiles, reports] = await Promise.all([listClaimsForAdmin(db, { open: true }), listUsersForAdmin(db), listProfilesForAdmin(db), listMessageReports(db)]);
  const date = (d: Date) => d.toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Administration" description="Claims to decide, users and registered organisations (the 200 newest of each)." />
      <Card>
        <CardHeader>
          <CardTitle>Claims to decide</CardTitle>
        </CardHeader>
        <CardContent className="pt-3 text-sm">
          {open.length === 0 ? "No claim waits for a decision." : `${open.length} ${open.length === 1 ? "claim waits" : "claims wait"} for a decision.`}{" "}
          <Link href="/admin/claims" className="font-medium text-primary underline-offset-4 hover:underline">
            Open the claims
          </Link>
        </CardContent>
      </Card>
      <Card>
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
        <CardContent className="pt-3">
          <Table aria-labelledby="users-heading">
            <TableHeader>
              <TableRow>
                <TableHead className="pl-0">E-mail</TableHead>
                <TableHead>Name</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Organisations</TableHead>
                <TableHead>Registered</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {usersList.map((u) => (
                <TableRow key={u.id}>
                  <TableCell className="pl-0 break-all">
                    {u.email} {u.emailVerified ? null : <Badge variant="warning">unverified</Badge>}
                  </TableCell>
                  <TableCell>{u.name}</TableCell>
                  <TableCell>{u.role}</TableCell>
                  <TableCell>{u.organisations}</TableCell>
                  <TableCell>{date(u.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle id="orgs-heading">Registered organisations</CardTitle>
        </CardHeader>
        <CardContent className="pt-3">
          <Table aria-labelledby="orgs-heading">
            <TableHeader>
              <TableRow>
                <TableHead className="pl-0">Name</TableHead>
                <TableHead>Country</TableHead>
                <TableHead>Members</TableHead>
                <TableHead>Records</TableHead>
                <TableHead>Created</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {profiles.map((p) => (
                <TableRow key={p.id}>
                  <TableCell className="pl-0">
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
                  <TableCell>{p.countryCode}</TableCell>
                  <TableCell>{p.members}</TableCell>
                  <TableCell>{p.records}</TableCell>
                  <TableCell>{date(p.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
