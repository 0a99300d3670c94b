// Projects as a list of rows: acronym and title (the link), status, dates, programme,
// coordinator, partners and their countries.
import { CalendarDays, Users } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ProjectListItem } from "@/db/queries/projects";
import { formatDate, formatNumber } from "@/lib/format";
import { beneficiaryCount, participationRoleKey, programmeLabel } from "@/lib/projects";
import { ProjectStatusBadge } from "./project-status-badge";
import { cn } from "./ui/utils";
import { ResultShortlistButton } from "./shortlists/result-shortlist-button";

/** Whether ProjectDates has something to say of the project. */
export function hasProjectDates(p: { startDate: string | null; endDate: string | null; callYear: number | null }): boolean {
  return Boolean(p.startDate || p.endDate || p.callYear);
}

/** Its dates, or for a project without dates (Horizon Europe's) the year of its call: "2023 call". */
export function ProjectDates({ start, end, callYear, locale }: { start: string | null; end: string | null; callYear?: number | null; locale: string }) {
  const t = useTranslations("labels");
  const from = formatDate(start, locale);
  const to = formatDate(end, locale);
  const dated = Boolean(from || to);
  if (!dated && !callYear) return null;
  return (
    <span className="inline-flex items-center gap-1.5 tabular-nums" title={dated ? undefined : t("callYearHint")}>
      <CalendarDays aria-hidden className="size-3.5 shrink-0" />
      {/* "2023 call" on one line; a date range may wrap. */}
      <span className={dated ? undefined : "whitespace-nowrap"}>
        {dated ? t("dateRange", { start: from ?? t("unknownDate"), end: to ?? t("unknownDate") }) : t("fromCall", { year: String(callYear) })}
      </span>
    </span>
  );
}

/**
 * What a list says of a project the source gives no title (most Horizon Europe projects): its call
 * topic's title, said as such ("Call topic: …"), in English as CORDIS gives it.
 */
export function CallTopicLine({ title, className }: { title: string; className?: string }) {
  const t = useTranslations("projects.list");
  return (
    <span className={cn("text-muted-foreground", className)}>
      {t.rich("callTopic", { title: () => <span lang="en" className="text-foreground/80">{title}</span> })}
    </span>
  );
}

/** The "projects.list" messages the partners line needs. */
export type PartnersTranslator = (key: "partners" | "partnersKnown", values: { count: number; n: string; known?: string }) => string;

/** The partners line: "11 partners (3 known)" when the source declares more than we know. */
export function partnersText(declared: number | null, known: number, locale: string, t: PartnersTranslator): string | null {
  const count = declared ?? known;
  if (!count) return null;
  const n = formatNumber(count, locale);
  return declared !== null && known > 0 && known < declared ? t("partnersKnown", { count, n, known: formatNumber(known, locale) }) : t("partners", { count, n });
}

export function ProjectList({
  projects,
  locale,
  today,
  headingLevel = "h2",
  notes,
}: {
  projects: ProjectListItem[];
  locale: string;
  today: string;
  headingLevel?: "h2" | "h3";
  /** A line said under a project, by id (which parts of a query it has). */
  notes?: Record<number, React.ReactNode>;
}) {
  const Heading = headingLevel;
  const t = useTranslations("projects.list");
  const labels = useTranslations("labels");
  return (
    <ul className="divide-y rounded-xl border bg-card shadow-xs">
      {projects.map((p) => {
        const partners = partnersText(p.partnerCount, p.knownPartners, locale, t);
        const countries = p.countryCodes.slice(0, 8);
        return (
          <li key={p.id} className="relative px-4 py-4 transition-colors hover:bg-muted/40 sm:px-5">
            <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
              <Heading className="min-w-0 flex-1 text-base leading-snug">
                <Link href={`/projects/${p.id}`} className="group rounded-sm after:absolute after:inset-0 focus-visible:outline-2">
                  {p.acronym ? <span className="font-semibold text-primary group-hover:underline">{p.acronym}</span> : null}
                  {p.acronym && p.title ? <span className="sr-only"> — </span> : null}
                  {p.title ? (
                    <span lang={p.language || undefined} className="mt-0.5 block font-normal text-foreground line-clamp-2">
                      {p.title}
                    </span>
                  ) : p.topicTitle ? (
                    <CallTopicLine title={p.topicTitle} className="mt-0.5 block text-sm font-normal line-clamp-2" />
                  ) : null}
                </Link>
              </Heading>
              <ProjectStatusBadge start={p.startDate} end={p.endDate} status={p.status} today={today} />
            </div>
            <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
              <span>
                <span className="font-medium text-foreground/80">{p.programme.family}</span>
                {p.programme.family !== p.programme.name ? <> · {programmeLabel(p.programme)}</> : null}
              </span>
              <ProjectDates start={p.startDate} end={p.endDate} callYear={p.callYear} locale={locale} />
              {partners ? (
                <span className="inline-flex items-center gap-1.5">
                  <Users aria-hidden className="size-3.5 shrink-0" />
                  {partners}
                  {countries.length > 0 ? (
                    <span className="font-mono text-xs tracking-tight">
                      {" "}
                      · {countries.join(" ")}
                      {p.countryCodes.length > countries.length ? ` +${p.countryCodes.length - countries.length}` : ""}
                    </span>
                  ) : null}
                </span>
              ) : null}
            </p>
            {p.coordinatorName ? (
              <p className="mt-1 truncate text-sm text-muted-foreground">
                {labels(`roles.${participationRoleKey("coordinator", p.programme.family, beneficiaryCount(p.partnerCount, p.knownPartners, p.knownBeneficiaries))}`)}: <span className="text-foreground/80">{p.coordinatorName}</span>
              </p>
            ) : null}
            {notes?.[p.id] ? <p className="mt-1 text-sm text-muted-foreground">{notes[p.id]}</p> : null}
            <ResultShortlistButton item={{ kind: "project", id: p.id, name: p.acronym ?? p.title ?? String(p.id) }} />
          </li>
        );
      })}
    </ul>
  );
}
