// Interests as a list of cards: title (linked), who posted it, what they look for, until when; for
// the member's own, how many matches each has (how many of them new), the best of them and how many are mutual.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { InterestMatchSummary, InterestSummary } from "@/db/queries/interests";
import { formatCountry, formatCountryList, formatDate } from "@/lib/format";
import { getFormatLocale } from "@/lib/i18n/server";
import type { InterestState } from "@/lib/interests/options";

export async function InterestStateBadge({ state }: { state: InterestState }) {
  const t = await getTranslations("interests.state");
  return <Badge variant={state === "open" ? "success" : state === "expired" ? "warning" : "muted"}>{t(state)}</Badge>;
}

export async function InterestList({
  interests,
  showOrganisation = true,
  label,
  matchSummaries,
}: {
  interests: InterestSummary[];
  showOrganisation?: boolean;
  label: string;
  /** The owner's view: each interest's matches (summariseInterestMatches). */
  matchSummaries?: Map<number, InterestMatchSummary>;
}) {
  const t = await getTranslations("interests");
  const types = await getTranslations("labels.organisationTypes");
  const locale = await getFormatLocale();
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label={label}>
      {interests.map((i) => (
        <li key={i.id} className="flex flex-col gap-2 rounded-xl border bg-card p-4 shadow-xs">
          <div className="flex items-start justify-between gap-3">
            <Link href={`/interests/${i.id}`} className="font-semibold leading-snug text-primary underline-offset-4 hover:underline break-words">
              {i.title}
            </Link>
            <InterestStateBadge state={i.state} />
          </div>
          {showOrganisation ? (
            <p className="text-sm text-muted-foreground">
              {i.organisationName} · {types(i.organisationType)}, {formatCountry(i.countryCode, locale, i.countryName)}
            </p>
          ) : null}
          <p className="text-sm">
            <span className="text-muted-foreground">{t("list.looksFor")} </span>
            {i.partnerTypes.length ? i.partnerTypes.map((type) => types(type)).join(", ") : t("list.anyPartner")}
            {i.wantedCountryList.length ? <span className="text-muted-foreground"> {t("list.inCountries", { countries: formatCountryList(i.wantedCountryList, locale) })}</span> : null}
          </p>
          <MatchSummaryLine summary={matchSummaries?.get(i.id)} open={i.state === "open"} />
          <div className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
            {i.programmeName ? <Badge variant="outline">{i.programmeName}</Badge> : null}
            {i.themes.slice(0, 3).map((theme) => (
              <Badge key={theme} variant="secondary">
                {theme}
              </Badge>
            ))}
            <span className="ml-auto">
              {t(i.state === "expired" ? "list.expired" : "list.until", { date: formatDate(i.deadline, locale) ?? i.deadline })}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** "30 matches · 2 new · best: UNIVERZA V LJUBLJANI · 1 mutual match"; "No matches yet" for an open one without. */
async function MatchSummaryLine({ summary, open }: { summary: InterestMatchSummary | undefined; open: boolean }) {
  const t = await getTranslations("interests.list");
  if (!summary || (summary.matches === 0 && summary.mutual === 0)) {
    return open && summary ? <p className="text-sm text-muted-foreground">{t("noMatches")}</p> : null;
  }
  return (
    <p className="text-sm">
      <span className="font-medium">{t("matchCount", { count: summary.matches })}</span>
      {summary.fresh > 0 ? <span className="font-medium text-primary"> · {t("freshCount", { count: summary.fresh })}</span> : null}
      {summary.best ? <span className="text-muted-foreground"> · {t("best", { name: summary.best })}</span> : null}
      {summary.mutual > 0 ? <span className="font-medium text-primary"> · {t("mutualCount", { count: summary.mutual })}</span> : null}
    </p>
  );
}
