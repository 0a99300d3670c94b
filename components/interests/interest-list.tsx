// Interests as a list of cards: title (linked), who posted it, what they look for, until when.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { InterestSummary } from "@/db/queries/interests";
import { interestStateLabels, type InterestState } from "@/lib/interests/options";
import { organisationTypeLabel } from "@/lib/organisation-types";

export function InterestStateBadge({ state }: { state: InterestState }) {
  return <Badge variant={state === "open" ? "success" : state === "expired" ? "warning" : "muted"}>{interestStateLabels[state]}</Badge>;
}

export function InterestList({ interests, showOrganisation = true, label }: { interests: InterestSummary[]; showOrganisation?: boolean; label: string }) {
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
              {i.organisationName} · {organisationTypeLabel(i.organisationType)}, {i.countryName}
            </p>
          ) : null}
          <p className="text-sm">
            <span className="text-muted-foreground">Looks for </span>
            {i.partnerTypes.length ? i.partnerTypes.map(organisationTypeLabel).join(", ") : "any type of partner"}
            {i.wantedCountryNames.length ? <span className="text-muted-foreground"> in {i.wantedCountryNames.join(", ")}</span> : null}
          </p>
          <div className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
            {i.programmeName ? <Badge variant="outline">{i.programmeName}</Badge> : null}
            {i.themes.slice(0, 3).map((t) => (
              <Badge key={t} variant="secondary">
                {t}
              </Badge>
            ))}
            <span className="ml-auto">{i.state === "expired" ? `expired ${i.deadline}` : `until ${i.deadline}`}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
