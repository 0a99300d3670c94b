// One organisation in a short list beside a page (most frequent partners, organisations like this
// one): its name (or PIC) linked, its country and type, a figure on the right, and a line under it.
import { useTranslations } from "next-intl";
import type { OrganisationListEntry } from "@/db/queries/organisations";
import { formatCountry } from "@/lib/format";
import { OrganisationName } from "../organisation-name";

export function OrganisationListRow({ org, locale, figure, children }: { org: OrganisationListEntry; locale: string; figure: React.ReactNode; children?: React.ReactNode }) {
  const labels = useTranslations("labels");
  return (
    <li className="flex flex-col gap-0.5 py-2 first:pt-0 last:pb-0">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <OrganisationName org={org} className="break-words" />
          <div className="text-xs text-muted-foreground">{[formatCountry(org.countryCode, locale, org.countryName), labels(`organisationTypes.${org.type}`)].filter(Boolean).join(" · ")}</div>
        </div>
        <span className="shrink-0 text-right text-xs whitespace-nowrap text-muted-foreground tabular-nums">{figure}</span>
      </div>
      {children}
    </li>
  );
}
