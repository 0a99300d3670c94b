// "What it works on": the themes of an organisation's projects, with how many, each a link that
// lists those projects on the same page (?theme=…, shareable); the chosen one is marked and leads
// back to all of them. Below, the themes of the other vocabulary the crosswalk lists its projects
// under (a CORDIS organisation's Interreg themes), each a link as well.
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
  linked = [],
  selectedId,
  locale,
}: {
  organisationId: number;
  themes: readonly NamedThemeCount[];
  /** The themes of the other vocabulary its projects are listed under through the crosswalk, by vocabulary. */
  linked?: readonly { scheme: "keep" | "euroscivoc"; themes: readonly NamedThemeCount[] }[];
  selectedId: number | null;
  locale: string;
}) {
  const t = useTranslations("organisations.page");
  if (themes.length === 0) return null;
  const groups = linked.filter((g) => g.themes.length > 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle id="themes-heading">{t("themes")}</CardTitle>
        <CardDescription>{t("themesDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 pt-3">
        <ThemeChips labelledBy="themes-heading" themes={themes} organisationId={organisationId} selectedId={selectedId} locale={locale} />
        {groups.map((group) => (
          <div key={group.scheme} className="flex flex-col gap-1.5">
            <p id={`themes-linked-${group.scheme}`} className="text-xs text-muted-foreground">
              {t(group.scheme === "keep" ? "linkedKeepThemes" : "linkedEuroscivocThemes")}
            </p>
            <ThemeChips labelledBy={`themes-linked-${group.scheme}`} themes={group.themes} organisationId={organisationId} selectedId={selectedId} locale={locale} />
          </div>
        ))}
      </CardContent>
    </Card>
  );
}

function ThemeChips({
  labelledBy,
  themes,
  organisationId,
  selectedId,
  locale,
}: {
  labelledBy: string;
  themes: readonly NamedThemeCount[];
  organisationId: number;
  selectedId: number | null;
  locale: string;
}) {
  const t = useTranslations("organisations.page");
  return (
    <ul className="flex flex-wrap gap-1.5" aria-labelledby={labelledBy}>
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
  );
}
