// "Organisations like this one" beside an organisation's page (db/queries/similar-organisations.ts):
// of its type, on the same themes in the same proportion, each with its projects and the themes it
// shares, named in the reader's language.
import { useTranslations } from "next-intl";
import type { SimilarOrganisation } from "@/db/queries/similar-organisations";
import { themeNameList, type ThemeNames } from "@/lib/search/theme-names";
import { OrganisationListRow } from "./organisation-list-row";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";

export function SimilarOrganisations({ similar, themeNames, locale }: { similar: SimilarOrganisation[]; themeNames: ThemeNames; locale: string }) {
  const t = useTranslations("organisations.page");
  if (similar.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="similar-organisations-heading">{t("similarOrganisations")}</CardTitle>
        <CardDescription>{t("similarOrganisationsDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <ol className="flex flex-col divide-y text-sm" aria-labelledby="similar-organisations-heading">
          {similar.map((o) => (
            <OrganisationListRow key={o.id} org={o} locale={locale} projects={o.projectCount}>
              {o.sharedThemes.length > 0 ? (
                <p className="text-xs text-muted-foreground">
                  {t("similarThemes", { themes: themeNameList(themeNames, o.sharedThemes, locale) })}
                </p>
              ) : null}
            </OrganisationListRow>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
