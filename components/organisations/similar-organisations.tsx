// "Organisations like this one" beside an organisation's page (db/queries/similar-organisations.ts):
// of its type, on the same themes in the same proportion, each with its projects and the themes it
// shares, named in the reader's language.
import { useTranslations } from "next-intl";
import type { SimilarOrganisation } from "@/db/queries/similar-organisations";
import { formatCountry, formatNumber } from "@/lib/format";
import { themeName, type ThemeNames } from "@/lib/search/theme-names";
import { OrganisationName } from "../organisation-name";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";

/** Themes named under each: the most telling few. */
const NAMED_THEMES = 3;

export function SimilarOrganisations({ similar, themeNames, locale }: { similar: SimilarOrganisation[]; themeNames: ThemeNames; locale: string }) {
  const t = useTranslations("organisations.page");
  const labels = useTranslations("labels");
  if (similar.length === 0) return null;
  // Commas only: the labels have their own "and" ("SMEs and entrepreneurship").
  const list = new Intl.ListFormat(locale, { type: "unit", style: "long" });
  return (
    <Card>
      <CardHeader>
        <CardTitle id="similar-organisations-heading">{t("similarOrganisations")}</CardTitle>
        <CardDescription>{t("similarOrganisationsDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <ol className="flex flex-col divide-y text-sm" aria-labelledby="similar-organisations-heading">
          {similar.map((o) => (
            <li key={o.id} className="flex flex-col gap-0.5 py-2 first:pt-0 last:pb-0">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <OrganisationName org={o} className="break-words" />
                  <div className="text-xs text-muted-foreground">{[formatCountry(o.countryCode, locale, o.countryName), labels(`organisationTypes.${o.type}`)].filter(Boolean).join(" · ")}</div>
                </div>
                <span className="shrink-0 text-right text-xs whitespace-nowrap text-muted-foreground tabular-nums">
                  {t.rich("similarProjectCount", {
                    count: o.projectCount,
                    n: formatNumber(o.projectCount, locale),
                    strong: (chunks) => <span className="text-sm font-semibold text-foreground">{chunks}</span>,
                  })}
                </span>
              </div>
              {o.sharedThemes.length > 0 ? (
                <p className="text-xs text-muted-foreground">
                  {t("similarThemes", { themes: list.format(o.sharedThemes.slice(0, NAMED_THEMES).map((theme) => themeName(themeNames, theme))) })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
