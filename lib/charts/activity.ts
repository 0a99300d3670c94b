// Projects per year for the "Activity over time" charts: turns per-year, per-programme-family
// counts (as a query groups them) into one row per year with no gaps, the series to draw and a
// sentence that says what the chart shows, for screen readers. Pure: no db, no React.

/** One group as the query returns it: projects that started in `year` (null: no start date known). */
export interface ActivityCount {
  year: number | null;
  family: string;
  projects: number;
}

export interface ActivityYear {
  year: number;
  /** Projects started that year, per programme family. */
  counts: Record<string, number>;
  total: number;
}

export interface Activity {
  years: ActivityYear[];
  /** Programme families that appear, most projects first: the chart's series. */
  families: string[];
  /** Projects with no start date, left out of the years. */
  undated: number;
  total: number;
  busiest: ActivityYear | null;
}

/** Beyond this many years a span is clipped to its latest ones, so that the bars stay readable. */
export const MAX_ACTIVITY_YEARS = 40;

export function bucketActivity(counts: readonly ActivityCount[], maxYears = MAX_ACTIVITY_YEARS): Activity {
  const byYear = new Map<number, Record<string, number>>();
  const familyTotals = new Map<string, number>();
  let undated = 0;
  let total = 0;
  for (const c of counts) {
    if (c.projects <= 0) continue;
    total += c.projects;
    if (c.year === null) {
      undated += c.projects;
      continue;
    }
    const row = byYear.get(c.year) ?? {};
    row[c.family] = (row[c.family] ?? 0) + c.projects;
    byYear.set(c.year, row);
    familyTotals.set(c.family, (familyTotals.get(c.family) ?? 0) + c.projects);
  }
  const families = [...familyTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
  if (byYear.size === 0) return { years: [], families, undated, total, busiest: null };

  const known = [...byYear.keys()];
  const last = Math.max(...known);
  const first = Math.max(Math.min(...known), last - maxYears + 1);
  const years: ActivityYear[] = [];
  for (let year = first; year <= last; year++) {
    const row = byYear.get(year) ?? {};
    const yearCounts = Object.fromEntries(families.map((f) => [f, row[f] ?? 0]));
    years.push({ year, counts: yearCounts, total: Object.values(yearCounts).reduce((a, b) => a + b, 0) });
  }
  // Years clipped off the front still count as dated projects, but are not drawn.
  const busiest = years.reduce<ActivityYear | null>((best, y) => (best === null || y.total > best.total ? y : best), null);
  return { years, families, undated, total, busiest };
}

/** What the summary sentence says, as numbers for a translated message: dated projects, their span, the busiest year, the undated. */
export interface ActivityFacts {
  dated: number;
  first: number | null;
  last: number | null;
  /** The year with most projects, when the span covers more than one year. */
  busiest: { year: number; total: number } | null;
  undated: number;
}

export function activityFacts(activity: Activity): ActivityFacts {
  const { years, busiest, undated } = activity;
  if (years.length === 0) return { dated: 0, first: null, last: null, busiest: null, undated };
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  return {
    dated: years.reduce((a, y) => a + y.total, 0),
    first,
    last,
    busiest: busiest && first !== last ? { year: busiest.year, total: busiest.total } : null,
    undated,
  };
}

/** "12 projects started between 2015 and 2024, most in 2019 (4). 2 more have no start date." */
export function describeActivity(activity: Activity, formatNumber: (n: number) => string = String): string {
  const { years, busiest, undated } = activity;
  const plural = (n: number) => `${formatNumber(n)} ${n === 1 ? "project" : "projects"}`;
  if (years.length === 0) {
    return undated > 0 ? `No start date is known for ${plural(undated)}.` : "No project is known.";
  }
  const dated = years.reduce((a, y) => a + y.total, 0);
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const span = first === last ? `in ${first}` : `between ${first} and ${last}`;
  const parts = [`${plural(dated)} started ${span}`];
  if (busiest && first !== last) parts[0] += `, most in ${busiest.year} (${formatNumber(busiest.total)})`;
  let text = `${parts[0]}.`;
  if (undated > 0) text += ` ${formatNumber(undated)} more ${undated === 1 ? "has" : "have"} no start date.`;
  return text;
}
