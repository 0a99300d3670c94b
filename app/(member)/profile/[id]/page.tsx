// An organisation's own page, for its members: its history (claimed records and their
// projects), records it may claim, members and invitations, and (for owners) the profile form.
import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LeaveOrganisationButton, ClaimButton, DisputeForm, InviteForm, PublishToggle, RemoveMemberButton, RevokeInvitationButton, TransferOwnershipButton, WithdrawClaimButton } from "@/components/organisations/member-forms";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { RecordProjects } from "@/components/organisations/record-projects";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { listCountriesFor } from "@/db/queries/reference";
import { findClaimCandidates, getProfile, getThemeChoices, listClaims, listMembers, listOpenInvitations } from "@/db/queries/members";
import { roleIn } from "@/lib/authz";
import { leavingOutcome } from "@/lib/organisations/leaving";
import { requireUserForPage } from "@/lib/current-user";
import { parseId } from "@/lib/url-state";
import { getFormatLocale } from "@/lib/i18n/server";
import { formatCountry } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile.page");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganisationProfilePage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const user = await requireUserForPage(`/profile/${rawId}`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = getDb();
  const role = await roleIn(db, user.id, id);
  // Not a member: the page does not exist for them (its public face is /profiles/[id]).
  if (!role) notFound();
  const profile = await getProfile(db, id);
  if (!profile) notFound();
  const owner = role === "owner";
  const query = await searchParams;
  const locale = await getFormatLocale();
  const t = await getTranslations("profile");
  const types = await getTranslations("labels.organisationTypes");
  const projectCount = (count: number) => t("page.projects", { count });

  const [claimRows, members, invitationRows, candidates] = await Promise.all([
    listClaims(db, id),
    listMembers(db, id),
    owner ? listOpenInvitations(db, id) : Promise.resolve([]),
    findClaimCandidates(db, { profileId: id, name: profile.name, website: profile.website, pic: profile.pic, countryCode: profile.countryCode }),
  ]);
  const claimedIds = new Set(claimRows.map((c) => c.organisationId));
  const offers = candidates.filter((c) => !claimedIds.has(c.id));
  const verifiedIds = claimRows.filter((c) => c.status === "verified").map((c) => c.organisationId);
  const [countries, { themes, fields }] = owner
    ? await Promise.all([listCountriesFor(db, locale), getLocale().then((lang) => getThemeChoices(db, lang))])
    : [[], { themes: [], fields: [] }];

  // What leaving would do, said before the member confirms (the members come longest-standing first).
  const leaving = leavingOutcome(
    role,
    members.filter((m) => m.userId !== user.id).map((m) => ({ name: m.name ?? m.email, role: m.role })),
  );

  const notice = query.created ? t("page.created") : query.joined ? t("page.welcome", { name: profile.name }) : null;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/account", label: t("page.accountCrumb") }, { label: profile.name }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">{profile.name}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <Badge variant="secondary">{types(profile.type)}</Badge>
          <span>{[profile.city, formatCountry(profile.countryCode, locale, profile.countryName)].filter(Boolean).join(", ")}</span>
          <Badge variant={owner ? "default" : "muted"}>{owner ? t("page.youOwner") : t("page.youMember")}</Badge>
          {profile.published ? (
            <Link href={`/profiles/${profile.id}`} className="inline-flex items-center gap-1 font-medium text-primary underline-offset-4 hover:underline">
              {t("page.publicPage")} <ExternalLink aria-hidden className="size-3.5" />
            </Link>
          ) : (
            <Badge variant="warning">{t("page.notPublic")}</Badge>
          )}
        </div>
      </div>
      {notice ? (
        <p role="status" className="rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle id="history-heading">{t("page.records")}</CardTitle>
              <CardDescription>{t("page.recordsIntro")}</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-5 pt-3">
              {claimRows.length > 0 ? (
                <ul className="flex flex-col divide-y text-sm" aria-label={t("page.claimedRecords")}>
                  {claimRows.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0">
                      <div className="min-w-0">
                        <Link href={`/organisations/${c.organisationId}`} className="font-medium break-words text-primary underline-offset-4 hover:underline">
                          {c.organisationName}
                        </Link>
                        <div className="text-xs text-muted-foreground">
                          {[c.city, c.countryCode].filter(Boolean).join(", ")} · {projectCount(c.projectCount)}
                          {c.method === "domain" && c.status === "verified" ? ` · ${t("page.byDomain")}` : ""}
                        </div>
                      </div>
                      <div className="flex items-center gap-2">
                        <Badge variant={c.status === "verified" ? "success" : c.status === "rejected" ? "muted" : "warning"}>{t(`claimStatus.${c.status}`)}</Badge>
                        {owner ? <WithdrawClaimButton profileId={id} claimId={c.id} name={c.organisationName ?? t("page.thisRecord")} /> : null}
                      </div>
                    </li>
                  ))}
                </ul>
              ) : null}
              {offers.length > 0 ? (
                <section aria-labelledby="candidates-heading" className="flex flex-col gap-3">
                  <h3 id="candidates-heading" className="text-sm font-semibold">
                    {t("page.isThisYours")}
                  </h3>
                  <ul className="flex flex-col gap-3">
                    {offers.map((c) => (
                      <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border p-3">
                        <div className="min-w-0 text-sm">
                          <Link href={`/organisations/${c.id}`} className="font-medium break-words text-primary underline-offset-4 hover:underline">
                            {c.name}
                          </Link>
                          <div className="text-xs text-muted-foreground">
                            {[c.city, formatCountry(c.countryCode, locale, c.countryName)].filter(Boolean).join(", ")}
                            {c.website ? ` · ${c.website}` : ""}
                            {c.pic ? ` · ${t("page.pic", { pic: c.pic })}` : ""} · {projectCount(c.projectCount)}
                          </div>
                          <div className="mt-1 flex flex-wrap gap-1">
                            {c.matchedBy.map((m) => (
                              <Badge key={m} variant="outline">
                                {t(`page.matchedBy.${m}`)}
                              </Badge>
                            ))}
                            {c.heldBy === "other" ? <Badge variant="warning">{t("page.claimedByOther")}</Badge> : null}
                          </div>
                        </div>
                        {owner ? (
                          c.heldBy === "other" ? (
                            <DisputeForm profileId={id} organisationId={c.id} name={c.name ?? t("page.thisRecord")} />
                          ) : (
                            <ClaimButton profileId={id} organisationId={c.id} name={c.name ?? t("page.thisRecord")} />
                          )
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : claimRows.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("page.noCandidates")}</p>
              ) : null}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>{t("page.pastProjects")}</CardTitle>
              <CardDescription>{t("page.pastProjectsIntro")}</CardDescription>
            </CardHeader>
            <CardContent className="pt-3">
              {verifiedIds.length > 0 ? (
                <RecordProjects recordIds={verifiedIds} locale={locale} />
              ) : (
                <p className="text-sm text-muted-foreground">{t("page.noPastProjects")}</p>
              )}
            </CardContent>
          </Card>

          {owner ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("page.profile")}</CardTitle>
                <CardDescription>{t("page.profileIntro")}</CardDescription>
              </CardHeader>
              <CardContent className="pt-3">
                <OrganisationForm
                  mode="edit"
                  profileId={id}
                  countries={countries}
                  themes={themes}
                  fields={fields}
                  initial={{
                    name: profile.name,
                    type: profile.type,
                    countryCode: profile.countryCode,
                    nutsCode: profile.nutsCode,
                    city: profile.city,
                    website: profile.website,
                    description: profile.description,
                    pic: profile.pic,
                    themeIds: profile.themes.map((theme) => theme.id),
                    programmes: profile.programmes,
                    languages: profile.languages,
                    contactRole: profile.contactRole,
                  }}
                />
              </CardContent>
            </Card>
          ) : null}
        </div>

        <aside className="flex flex-col gap-6" aria-label={t("page.members")}>
          <Card>
            <CardHeader>
              <CardTitle id="members-heading">{t("page.members")}</CardTitle>
              <CardDescription>{t("page.membersIntro")}</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-4 pt-3">
              <ul className="flex flex-col divide-y text-sm" aria-labelledby="members-heading">
                {members.map((m) => (
                  <li key={m.userId} className="flex flex-col gap-1 py-2.5 first:pt-0">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium break-words">
                        {m.name ?? m.email}
                        {m.userId === user.id ? <span className="font-normal text-muted-foreground"> {t("page.you")}</span> : null}
                      </span>
                      <Badge variant={m.role === "owner" ? "secondary" : "muted"}>{m.role === "owner" ? t("page.owner") : t("page.member")}</Badge>
                    </div>
                    <span className="text-xs break-all text-muted-foreground">{m.email}</span>
                    {owner && m.userId !== user.id ? (
                      <div className="flex flex-wrap gap-1">
                        {m.role === "member" ? <TransferOwnershipButton profileId={id} organisation={profile.name} userId={m.userId} name={m.name ?? m.email} /> : null}
                        <RemoveMemberButton profileId={id} organisation={profile.name} userId={m.userId} name={m.name ?? m.email} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
              {owner ? (
                <>
                  <InviteForm profileId={id} />
                  {invitationRows.length > 0 ? (
                    <div className="flex flex-col gap-1">
                      <h3 className="text-sm font-semibold">{t("page.openInvitations")}</h3>
                      <ul className="flex flex-col divide-y text-sm" aria-label={t("page.openInvitations")}>
                        {invitationRows.map((inv) => (
                          <li key={inv.id} className="flex items-center justify-between gap-2 py-1.5">
                            <span className="break-all">{inv.email}</span>
                            <RevokeInvitationButton profileId={id} invitationId={inv.id} email={inv.email} />
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </>
              ) : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("page.membership")}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 pt-3 text-sm">
              {owner ? <PublishToggle profileId={id} published={profile.published} /> : null}
              <p className="text-muted-foreground">{t("page.leaving")}</p>
              <LeaveOrganisationButton profileId={id} organisation={profile.name} outcome={leaving} />
              <Button asChild variant="link" className="self-start px-0">
                <Link href="/account">{t("page.backToAccount")}</Link>
              </Button>
            </CardContent>
          </Card>
        </aside>
      </div>
    </div>
  );
}
