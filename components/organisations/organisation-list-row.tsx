// One organisation in a short list beside a page (most frequent partners, organisations like this
// one): its name (or PIC) linked, its country and type, a number of projects on the right (shared
// ones, or all of them: the list's description says which), and a line under it.
import { useTranslations } from "next-intl";
import type { OrganisationListEntry } from "@/db/queries/organisations";
import { formatCountry, formatNumber } from "@/lib/format";
import { OrganisationName } from "../organisation-name";

export function OrganisationListRow({ org, locale, projects, children }: { org: OrganisationListEntry; locale: string; projects: number; children?: React.ReactNode }) {
  const labels = useTranslations("labels");
  const t = useTranslations("organisations.page");
  return (
    <li className="flex flex-col gap-0.5 py-2 first:pt-0 last:pb-0">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <OrganisationName org={org} className="break-words" />
          <div className="text-xs text-muted-foreground">{[formatCountry(org.countryCode, locale, org.countryName), labels(`organisationTypes.${org.type}`)].filter(Boolean).join(" · ")}</div>
        </div>
        <span className="shrink-0 text-right text-xs whitespace-nowrap text-muted-foreground tabular-nums">
          {t.rich("projectsFigure", {
            count: projects,
            n: formatNumber(projects, locale),
            strong: (chunks) => <span className="text-sm font-semibold text-foreground">{chunks}</span>,
          })}
        </span>
      </div>
      {children}
    </li>
  );
}
