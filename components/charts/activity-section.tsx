// "Activity over time": a card with the projects-per-year chart, a sentence saying what it shows
// and the same figures as a table for screen readers. A server component; the chart loads lazily.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Activity } from "@/lib/charts/activity";
import { describeActivity } from "@/lib/charts/activity";
import { formatNumber } from "@/lib/format";
import { LazyActivityChart } from "./activity-chart-lazy";

export function ActivitySection({ activity, locale, subject }: { activity: Activity; locale: string; subject: string }) {
  if (activity.years.length === 0) return null;
  const summary = describeActivity(activity, (n) => formatNumber(n, locale));
  return (
    <Card>
      <CardHeader>
        <CardTitle id="activity-heading" className="text-lg">
          Activity over time
        </CardTitle>
        <CardDescription id="activity-summary">
          Projects {subject} by the year they started
          {activity.families.some((f) => f.endsWith("(call year)")) ? " (for Horizon Europe, whose start dates the data lacks: the year of the call)" : ""}. {summary}
        </CardDescription>
      </CardHeader>
      <CardContent className="pt-3">
        <div className="h-64 w-full sm:h-72" aria-hidden="true">
          <LazyActivityChart years={activity.years} families={activity.families} />
        </div>
        <table className="sr-only" aria-labelledby="activity-heading">
          <thead>
            <tr>
              <th scope="col">Year</th>
              {activity.families.map((f) => (
                <th key={f} scope="col">
                  {f}
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
      </CardContent>
    </Card>
  );
}
