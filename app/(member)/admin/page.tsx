import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminListSummary } from "@/components/admin/admin-list-summary";
import { ListPagination } from "@/components/list-pagination";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { listClaimsForAdmin, listProfilesForAdmin, listUsersForAdmin } from "@/db/queries/members";
import { parsePage } from "@/lib/url-state";
import { listMessageReports } from "@/db/queries/messaging";
import { requireAdminPage } from "./admin-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.overview"))("metaTitle") };
}

type Params = Promise<{ users?: string | string[]; organisations?: string | string[] }>;

export default async function AdminPage({ searchParams }: { searchParams: Params }) {
  await requireAdminPage("/admin");
  const params = await searchParams;
  const db = getDb();
  const [open, usersPage, profilesPage, reports, t, format] = await Promise.all([
    listClaimsForAdmin(db, { open: true, pageSize: 1 }),
    listUsersForAdmin(db, parsePage(params.users)),
    listProfilesForAdmin(db, parsePage(params.organisations)),
    listMessageReports(db),
    getTranslations("admin.overview"),
    getFormatter(),
  ]);
  const usersList = usersPage.rows;
  const profiles = profilesPage.rows;
  // Each list pages on its own, keeping the other's page in the address.
  const hrefFor = (key: "users" | "organisations") => (page: number) => {
    const next = new URLSearchParams({ users: String(usersPage.page), organisations: String(profilesPage.page), [key]: String(page) });
    return `/admin?${next.toString()}#${key}`;
  };
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const roleLabel = (role: string) => (role === "admin" ? t("roles.admin") : t("roles.user"));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("claimsTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="pt-3 text-sm">
          {t("claimsWaiting", { count: open.total })}{" "}
          <Link href="/admin/claims" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("openClaims")}
          </Link>
        </CardContent>
      </Card>
      <Card id="reports">
        <CardHeader>
          <CardTitle>{t("reportsTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="pt-3 text-sm">
          {reports.length === 0 ? (
            t("noReports")
          ) : (
            <ul className="flex flex-col gap-3">
              {reports.map((r) => (
                <li key={r.id} className="rounded-md border p-3">
                  <p className="font-medium">{t("reportLine", { sender: r.senderName, subject: r.subject, reporter: r.reporter ?? t("formerUser"), date: date(r.createdAt) })}</p>
                  <p className="mt-1 text-muted-foreground">{t("reason", { reason: r.reason })}</p>
                  <p className="mt-1 whitespace-pre-wrap break-words">{r.body}</p>
                  <Link href={`/admin/messages/${r.threadId}#message-${r.messageId}`} className="mt-2 inline-block font-medium text-primary underline-offset-4 hover:underline">
                    {t("openThread")}
                    <span className="sr-only">: {r.subject}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card id="users">
        <CardHeader>
          <CardTitle id="users-heading">{t("usersTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 pt-3">
          <AdminListSummary list="users" total={usersPage.total} page={usersPage.page} pageSize={usersPage.pageSize} />
          {usersList.length === 0 ? <FirstPageLink href={hrefFor("users")(1)} label={t("firstPage")} /> : null}
          <Table aria-labelledby="users-heading" className={usersList.length === 0 ? "hidden" : undefined}>
            <TableHeader>
              <TableRow>
                <TableHead className="pl-0">{t("email")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("name")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("role")}</TableHead>
                <TableHead className="pr-0 text-right sm:pr-2 sm:text-left">{t("organisations")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("registered")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {usersList.map((u) => (
                <TableRow key={u.id}>
                  <TableCell className="max-w-[14rem] pl-0 whitespace-normal [overflow-wrap:anywhere] sm:max-w-none">
                    {u.email} {u.emailVerified ? null : <Badge variant="warning">{t("unverified")}</Badge>}
                    {/* Phones: the name and role under the address instead of in columns of their own. */}
                    <span className="block text-xs text-muted-foreground sm:hidden">
                      {[u.name, u.role === "admin" ? t("administrator") : null].filter(Boolean).join(" · ")}
                    </span>
                  </TableCell>
                  <TableCell className="hidden whitespace-normal sm:table-cell">{u.name}</TableCell>
                  <TableCell className="hidden sm:table-cell">{roleLabel(u.role)}</TableCell>
                  <TableCell className="pr-0 text-right tabular-nums sm:pr-2 sm:text-left">{format.number(u.organisations)}</TableCell>
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
          <CardTitle id="orgs-heading">{t("organisationsTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 pt-3">
          <AdminListSummary list="organisations" total={profilesPage.total} page={profilesPage.page} pageSize={profilesPage.pageSize} />
          {profiles.length === 0 ? <FirstPageLink href={hrefFor("organisations")(1)} label={t("firstPage")} /> : null}
          <Table aria-labelledby="orgs-heading" className={profiles.length === 0 ? "hidden" : undefined}>
            <TableHeader>
              <TableRow>
                <TableHead className="pl-0">{t("organisationName")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("country")}</TableHead>
                <TableHead>{t("members")}</TableHead>
                <TableHead className="pr-0 sm:pr-2">{t("records")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("created")}</TableHead>
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
                        {p.name} <Badge variant="warning">{t("notPublic")}</Badge>
                      </>
                    )}
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{p.countryCode}</TableCell>
                  <TableCell className="tabular-nums">{format.number(p.members)}</TableCell>
                  <TableCell className="pr-0 tabular-nums sm:pr-2">{format.number(p.records)}</TableCell>
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
function FirstPageLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
      {label}
    </Link>
  );
}
