// One shortlist, for the members of its organisation: the entries in their order with status,
// note, who added them and when, and the consortium checks beside them (recomputed on every
// change, with the linked interest's programme and target regions). "Export CSV" and print.
import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmptyState } from "@/components/empty-state";
import { PrintButton } from "@/components/shortlists/print-button";
import { ConsortiumPanel } from "@/components/shortlists/consortium-panel";
import { AddToShortlist } from "@/components/shortlists/add-to-shortlist";
import {
  DeleteShortlistButton,
  EntryMoveButtons,
  EntryNoteForm,
  EntryStatusForm,
  RemoveEntryButton,
  RenameShortlistForm,
} from "@/components/shortlists/shortlist-forms";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db";
import { getShortlist, interestOptions, listShortlistEntries, shortlistChoices, type ShortlistEntryRow } from "@/db/queries/shortlists";
import { roleIn } from "@/lib/authz";
import { checkConsortium } from "@/lib/consortium/checks";
import { requireUserForPage } from "@/lib/current-user";
import { consortiumContextOf, consortiumMembersOf } from "@/lib/shortlists/consortium";
import { entryHref } from "@/lib/shortlists/links";
import { parseId } from "@/lib/url-state";
import { formatCountry } from "@/lib/format";
import { getFormatLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shortlists.list"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function ShortlistPage({ params }: Props) {
  const rawId = (await params).id;
  const user = await requireUserForPage(`/shortlists/${rawId}`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const db = getDb();
  const list = await getShortlist(db, id);
  // Another organisation's list answers exactly like a list that does not exist.
  if (!list || (await roleIn(db, user.id, list.profileId)) === null) notFound();
  const [entries, interests, choices, t, tc, format] = await Promise.all([
    listShortlistEntries(db, id, list.profileId, list.programme?.family ?? null, await getLocale()),
    interestOptions(db, [list.profileId]),
    shortlistChoices(db, user.id),
    getTranslations("shortlists.list"),
    getTranslations("consortium.panel"),
    getFormatter(),
  ]);
  const locale = await getFormatLocale();
  const tAll = await getTranslations("shortlists");
  const tStatus = (status: string) => tAll(`status.${status as ShortlistEntryRow["status"]}`);
  const tTypes = await getTranslations("labels.organisationTypes");
  const tType = (type: NonNullable<ShortlistEntryRow["type"]>) => tTypes(type);
  const countryNames = Object.fromEntries(entries.filter((e) => e.countryCode && e.countryName).map((e) => [e.countryCode!, formatCountry(e.countryCode, locale, e.countryName)!]));
  const checks = checkConsortium(consortiumMembersOf(entries), consortiumContextOf(list, countryNames));
  const hasOwn = entries.some((e) => e.isRequester);
  const programme = list.programme?.name ?? list.programmeOther;
  const contextLine = list.interestId
    ? `${tc("contextFor", { title: list.interestTitle ?? "" })}${programme ? ` (${programme})` : ""}${list.targetRegions.length ? `, ${tc("contextTargets", { list: format.list(list.targetRegions.map((r) => r.name), { type: "conjunction" }) })}` : ""}.`
    : tc("contextNone");

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ href: "/shortlists", label: t("breadcrumb") }, { label: list.name }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">{list.name}</h1>
        <p className="mt-2 text-sm text-muted-foreground">
          {list.profileName} · {t("entries", { count: entries.length })}
          {list.interestId ? (
            <>
              {" "}
              · {t("for")}{" "}
              <Link href={`/interests/${list.interestId}`} className="text-primary underline underline-offset-4">
                {list.interestTitle}
              </Link>
            </>
          ) : null}
          <span className="hidden print:inline"> · {t("printed", { date: format.dateTime(new Date(), { dateStyle: "medium" }) })}</span>
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
          <Button asChild size="sm">
            <a href={`/shortlists/${id}/export`} download>
              <Download aria-hidden /> {t("exportCsv")}
            </a>
          </Button>
          <PrintButton />
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem] print:block">
        <section aria-labelledby="entries-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="entries-heading" className="sr-only">
            {t("entriesHeading")}
          </h2>
          {entries.length ? (
            <ol className="flex flex-col gap-3" aria-label={t("entriesHeading")}>
              {entries.map((e, i) => (
                <EntryItem key={e.id} entry={e} position={i + 1} first={i === 0} last={i === entries.length - 1} t={t as unknown as Translate} tStatus={tStatus} tType={tType} locale={locale} date={(d) => format.dateTime(d, { dateStyle: "medium" })} />
              ))}
            </ol>
          ) : (
            <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
          )}
          {!hasOwn ? (
            <div className="flex flex-wrap items-center gap-3 rounded-xl border border-dashed bg-card px-4 py-3 text-sm print:hidden">
              <span>{t("addOwn")}</span>
              <AddToShortlist item={{ kind: "profile", id: list.profileId, name: list.profileName }} choices={{ profiles: choices.profiles, lists: choices.lists.filter((l) => l.id === id) }} />
            </div>
          ) : null}
        </section>

        <aside className="flex flex-col gap-4 print:mt-6">
          <ConsortiumPanel checks={checks} context={contextLine} />
          <details className="rounded-xl border bg-card p-4 text-sm print:hidden">
            <summary className="cursor-pointer font-medium">{t("manage")}</summary>
            <div className="mt-3 flex flex-col gap-4">
              <RenameShortlistForm shortlistId={id} name={list.name} interestId={list.interestId} interests={interests} />
              <DeleteShortlistButton shortlistId={id} name={list.name} />
            </div>
          </details>
        </aside>
      </div>
    </div>
  );
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function EntryItem({
  entry: e,
  position,
  first,
  last,
  t,
  tStatus,
  tType,
  locale,
  date,
}: {
  entry: ShortlistEntryRow;
  position: number;
  first: boolean;
  last: boolean;
  t: Translate;
  tStatus: Translate;
  tType: (type: NonNullable<ShortlistEntryRow["type"]>) => string;
  locale: string;
  date: (d: Date) => string;
}) {
  const headingId = `entry-${e.id}`;
  const where = [e.city, formatCountry(e.countryCode, locale, e.countryName)].filter(Boolean).join(", ");
  return (
    <li>
      <article aria-labelledby={headingId} data-entry={e.kind} className="flex flex-col gap-3 rounded-xl border bg-card p-4 shadow-xs print:break-inside-avoid print:rounded-none print:border-x-0 print:border-t-0 print:p-2 print:shadow-none">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="flex min-w-0 flex-1 basis-64 gap-3">
            <span aria-hidden className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-secondary text-sm font-semibold text-secondary-foreground">
              {position}
            </span>
            <div className="min-w-0">
              <h3 id={headingId} className="text-base font-semibold leading-snug break-words">
                <Link href={entryHref(e)} className="text-primary underline-offset-4 hover:underline">
                  {e.name}
                </Link>
              </h3>
              <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
                {e.kind === "project" ? (
                  <span>{e.programmeName ? t("projectIn", { programme: e.programmeName }) : t("project")}</span>
                ) : (
                  <>
                    <span>{e.type ? tType(e.type) : t("typeUnknown")}</span>
                    <span aria-hidden>·</span>
                    <span>{where || t("countryUnknown")}</span>
                    {e.nutsCode ? <span className="text-xs">({e.nutsCode})</span> : null}
                    {e.isRequester ? <Badge variant="secondary">{t("yours")}</Badge> : e.registeredProfileId ? <Badge variant="success">{t("onConsortia")}</Badge> : null}
                  </>
                )}
              </p>
              <p className="mt-0.5 text-xs text-muted-foreground">
                {t("addedBy", { name: e.addedByName ?? t("formerMember"), date: date(e.addedAt) })}
              </p>
            </div>
          </div>
          <div className="flex items-center gap-1 print:hidden">
            {e.registeredProfileId && !e.isRequester ? (
              <Button asChild size="sm" variant="outline">
                <Link href={`/messages/new?to=${e.registeredProfileId}`}>
                  {t("message")} <span className="sr-only">{e.name}</span>
                </Link>
              </Button>
            ) : null}
            <EntryMoveButtons entryId={e.id} name={e.name} first={first} last={last} />
            <RemoveEntryButton entryId={e.id} name={e.name} />
          </div>
        </div>
        <div className="grid gap-3 sm:ml-10 sm:grid-cols-[11rem_1fr] print:hidden">
          <EntryStatusForm entryId={e.id} status={e.status} name={e.name} />
          <EntryNoteForm entryId={e.id} note={e.note} name={e.name} />
        </div>
        <p className="hidden text-sm print:block">
          <strong>{t("statusPrint")}</strong> {tStatus(e.status)}
          {e.note ? (
            <>
              {" "}
              · <strong>{t("notePrint")}</strong> <span className="whitespace-pre-line">{e.note}</span>
            </>
          ) : null}
        </p>
      </article>
    </li>
  );
}
