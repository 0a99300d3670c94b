// "What it works on": the themes of an organisation's projects, with how many, each a link that
// lists those projects on the same page (?theme=…, shareable); the chosen one is marked and leads
// back to all of them.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/utils";
import { formatNumber } from "@/lib/format";

export interface NamedThemeCount {
  id: number;
  label: string;
  /** The language the label is in ("en" when the reader's has none). */
  lang: string;
  projects: number;
}

export function OrganisationThemes({
  organisationId,
  themes,
  selectedId,
  locale,
}: {
  organisationId: number;
  themes: readonly NamedThemeCount[];
  selectedId: number | null;
  locale: string;
}) {
  const t = useTranslations("organisations.page");
  if (themes.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="themes-heading">{t("themes")}</CardTitle>
        <CardDescription>{t("themesDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <ul className="flex flex-wrap gap-1.5" aria-labelledby="themes-heading">
          {themes.map((theme) => {
            const selected = theme.id === selectedId;
            return (
              <li key={theme.id}>
                <Link
                  href={selected ? `/organisations/${organisationId}#projects-heading` : `/organisations/${organisationId}?theme=${theme.id}#projects-heading`}
                  aria-current={selected ? "true" : undefined}
                  title={selected ? t("showAllProjects") : undefined}
                  className={cn(
                    "inline-flex items-baseline gap-1.5 rounded-md border px-2 py-0.5 text-xs transition-colors",
                    selected ? "border-primary bg-primary text-primary-foreground" : "border-border bg-card text-foreground hover:border-primary hover:text-primary",
                  )}
                >
                  <span lang={theme.lang}>{theme.label}</span>
                  <span className={cn("tabular-nums", selected ? "text-primary-foreground/80" : "text-muted-foreground")}>{formatNumber(theme.projects, locale)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
