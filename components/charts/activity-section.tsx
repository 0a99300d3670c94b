// "Activity over time": a card with the projects-per-year chart, a sentence saying what it shows
// and the same figures as a table for screen readers. A server component; the chart loads lazily.
// Programme families are names ("Interreg", "Horizon 2020"); only Horizon Europe's "(call year)" is translated.
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Activity } from "@/lib/charts/activity";
import { activityFacts } from "@/lib/charts/activity";
import { formatNumber } from "@/lib/format";
import { LazyActivityChart } from "./activity-chart-lazy";

const CALL_YEAR = " (call year)";

export function ActivitySection({ activity, locale, subject }: { activity: Activity; locale: string; subject: "organisation" | "theme" | "programme" | "selection" }) {
  const t = useTranslations("charts.activity");
  const labels = useTranslations("labels");
  if (activity.years.length === 0) return null;
  const n = (v: number) => formatNumber(v, locale);
  const facts = activityFacts(activity);
  const familyName = (family: string) => (family.endsWith(CALL_YEAR) ? labels("callYear", { family: family.slice(0, -CALL_YEAR.length) }) : family);
  const names = Object.fromEntries(activity.families.map((f) => [f, familyName(f)]));
  const summary = [
    facts.first === null
      ? ""
      : facts.first === facts.last
        ? t("startedIn", { count: facts.dated, n: n(facts.dated), year: String(facts.first) })
        : facts.busiest
          ? t("startedBetweenBusiest", { count: facts.dated, n: n(facts.dated), first: String(facts.first), last: String(facts.last), busiest: String(facts.busiest.year), busiestCount: n(facts.busiest.total) })
          : t("startedBetween", { count: facts.dated, n: n(facts.dated), first: String(facts.first), last: String(facts.last) }),
    facts.undated > 0 ? t("undated", { count: facts.undated, n: n(facts.undated) }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <Card>
      <CardHeader>
        <CardTitle id="activity-heading" className="text-lg">
          {t("title")}
        </CardTitle>
        <CardDescription id="activity-summary">
          {t(activity.families.some((f) => f.endsWith(CALL_YEAR)) ? "descriptionWithCallYear" : "description", { subject })} {summary}
        </CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <div className="h-64 w-full sm:h-72" aria-hidden="true">
          <LazyActivityChart years={activity.years} families={activity.families} names={names} axes={{ x: t("startYear"), y: t("projects") }} />
        </div>
        {/* A table ignores sr-only's 1px width and would widen a phone's page: its wrapper is the hidden box. */}
        <div className="sr-only">
        <table aria-labelledby="activity-heading">
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              {activity.families.map((f) => (
                <th key={f} scope="col">
                  {names[f]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {activity.years
              .filter((y) => y.total > 0)
              .map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  {activity.families.map((f) => (
                    <td key={f}>{formatNumber(y.counts[f] ?? 0, locale)}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
        </div>
      </CardContent>
    </Card>
  );
}
