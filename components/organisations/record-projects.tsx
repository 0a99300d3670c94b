// The past projects of the knowledge-base records a registered organisation holds: its history
// as CORDIS and KEEP record it, with its role in each.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hasProjectDates, ProjectDates } from "@/components/project-list";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { listOrganisationProjects, type OrganisationProject } from "@/db/queries/organisations";
import { formatNumber } from "@/lib/format";
import { externalIdKey, isUntitledProject, programmeLabel, projectRole } from "@/lib/projects";

export async function RecordProjects({ recordIds, locale, limit = 50 }: { recordIds: number[]; locale: string; limit?: number }) {
  const db = getDb();
  const [t, labels] = await Promise.all([getTranslations("organisations.records"), getTranslations("labels")]);
  const pages = await Promise.all(recordIds.map((id) => listOrganisationProjects(db, id, { page: 1, pageSize: limit })));
  // One project may involve two records of the same organisation: list it once.
  const seen = new Set<number>();
  const projects: OrganisationProject[] = [];
  for (const page of pages) for (const p of page.rows) if (!seen.has(p.projectId) && seen.add(p.projectId)) projects.push(p);
  // Most recent first, as each record's list (a Horizon Europe project, with no start date, by its call's year).
  projects.sort((a, b) => (b.sortDate ?? "").localeCompare(a.sortDate ?? "") || b.projectId - a.projectId);
  const total = pages.reduce((n, p) => n + p.total, 0);
  if (projects.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  const roles = projects.map(projectRole);
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col divide-y text-sm" aria-label={t("label")}>
        {projects.map((p, i) => (
          <li key={p.projectId} className="flex items-start justify-between gap-4 py-2.5 first:pt-0">
            <div className="min-w-0">
              <Link href={`/projects/${p.projectId}`} className="group">
                {isUntitledProject(p) ? (
                  <span className="text-muted-foreground italic group-hover:underline">
                    {labels("untitledProjectWithId", { reference: labels(`externalId.${externalIdKey(p.sourceId)}`, { id: p.externalId, source: p.sourceId }) })}
                  </span>
                ) : (
                  <>
                    {p.acronym ? <span className="font-semibold text-primary group-hover:underline">{p.acronym}</span> : null}
                    {p.acronym && p.title ? <span className="sr-only"> — </span> : null}
                    {p.title ? <span className="block text-foreground line-clamp-2 group-hover:underline">{p.title}</span> : null}
                  </>
                )}
              </Link>
              <div className="text-xs text-muted-foreground">
                {programmeLabel(p.programme)}
                {hasProjectDates(p) ? (
                  <>
                    {" · "}
                    <ProjectDates start={p.startDate} end={p.endDate} callYear={p.callYear} locale={locale} />
                  </>
                ) : null}
              </div>
            </div>
            <Badge variant={roles[i]!.led ? "secondary" : "muted"} className="mt-0.5">
              {labels(`roles.${roles[i]!.key}`)}
            </Badge>
          </li>
        ))}
      </ul>
      {total > projects.length ? <p className="text-xs text-muted-foreground">{t("mostRecent", { shown: formatNumber(projects.length, locale), count: total, total: formatNumber(total, locale) })}</p> : null}
    </div>
  );
}
