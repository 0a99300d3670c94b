// "Similar projects" on a project's page (db/queries/similar-projects.ts): the projects that share
// its call topic or its themes, each with why — "Same call topic · Also on hydrogen energy, fuel
// cells" — the themes named in the reader's language.
import { useTranslations } from "next-intl";
import type { SimilarProject } from "@/db/queries/similar-projects";
import { themeNameList, type ThemeNames } from "@/lib/search/theme-names";
import { ProjectList } from "./project-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./ui/card";

export function SimilarProjects({ similar, themeNames, locale, today }: { similar: SimilarProject[]; themeNames: ThemeNames; locale: string; today: string }) {
  const t = useTranslations("projects.page");
  if (similar.length === 0) return null;
  const why = (s: SimilarProject) =>
    [
      s.sameTopic ? t("similarSameTopic") : null,
      s.sharedThemes.length > 0 ? t("similarThemes", { themes: themeNameList(themeNames, s.sharedThemes, locale) }) : null,
    ]
      .filter((part) => part !== null)
      .join(" · ");
  return (
    <Card>
      <CardHeader>
        <CardTitle id="similar-heading" className="text-lg">
          {t("similarTitle")}
        </CardTitle>
        <CardDescription>{t("similarHint")}</CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <section aria-labelledby="similar-heading">
          <ProjectList
            projects={similar.map((s) => s.project)}
            locale={locale}
            today={today}
            headingLevel="h3"
            notes={Object.fromEntries(similar.map((s) => [s.project.id, why(s)]))}
          />
        </section>
      </CardContent>
    </Card>
  );
}
