// The regional view's figures: a map of Europe's countries (at the country level), a bar chart of
// the first places and the table of all of them, sortable, with links down a level and to the
// projects. The map and the chart are drawn on the client after the page (lazily); the table
// holds every figure they show, for screen readers and for reading.
import { ArrowDown, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";
import { canDrillInto, chartRows, drillPatch, regionalHref, sortMetric, type RegionalRow, type RegionalSort, type RegionalState } from "@/lib/regions/regional";
import { projectSearchUrl } from "@/lib/search/params";
import { LazyEuropeMap } from "./europe-map-lazy";
import { LazyRegionalChart } from "./regional-chart-lazy";

type Row = RegionalRow & { isoNumeric: string | null };

/** Rows shown at once; the rest are one click away (there are over 150 countries). */
const TABLE_FIRST_ROWS = 25;

export async function RegionalFigures({ state, level, rows, locale }: { state: RegionalState; level: 0 | 1 | 2 | 3; rows: Row[]; locale: string }) {
  const t = await getTranslations("regions");
  const levelKey = level === 0 ? "country" : "region";
  const metric = sortMetric(state.sort);
  const shown = chartRows(rows);
  const located = rows.filter((r) => r.code !== null);
  const hasUnlocated = rows.length > located.length;
  const levelName = t(`level.${level === 0 ? "country" : (`nuts${level}` as const)}`);
  const chartHeight = Math.max(160, shown.length * 28 + 64);
  const head = (
            <TableHeader>
              <TableRow>
                <SortHead state={state} sort="name" label={t("table.place", { level: levelKey })} sortLabel={t("table.sortBy", { column: t("table.place", { level: levelKey }) })} />
                <SortHead state={state} sort="projects" label={t("table.projects")} sortLabel={t("table.sortBy", { column: t("table.projects") })} numeric />
                <SortHead state={state} sort="organisations" label={t("table.organisations")} sortLabel={t("table.sortBy", { column: t("table.organisations") })} numeric />
                <TableHead className="text-right">
                  <span className="sr-only">{t("table.searchProjects")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
  );
  const rowOf = (r: Row) => (

                <TableRow key={r.code ?? "unlocated"}>
                  <TableCell className="font-medium">
                    {r.code && canDrillInto(level) ? (
                      <Link
                        href={regionalHref(state, drillPatch(r.code))}
                        className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline"
                        aria-label={t("table.drillDown", { name: r.name })}
                      >
                        {r.name}
                        <ChevronRight aria-hidden className="size-3.5" />
                      </Link>
                    ) : (
                      <span className={r.code ? undefined : "text-muted-foreground italic"}>{r.name}</span>
                    )}
                    {r.code && r.code.length > 2 ? <span className="ml-1.5 text-xs text-muted-foreground">{r.code}</span> : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(r.projects, locale)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(r.organisations, locale)}</TableCell>
                  <TableCell className="text-right">
                    {r.code ? (
                      <Link
                        href={projectSearchUrl("/search", { q: "", page: 1, pageSize: 20, programme: state.programme, part: state.part, theme: state.theme }, drillPatch(r.code))}
                        className="text-sm whitespace-nowrap text-primary underline-offset-4 hover:underline"
                        aria-label={t("table.searchProjectsIn", { name: r.name })}
                      >
                        {t("table.searchProjects")}
                      </Link>
                    ) : null}
                  </TableCell>
                </TableRow>
  );
  return (
    <>
      {level === 0 && located.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2" id="map-heading" className="text-lg">
              {t("map.title")}
            </CardTitle>
            <CardDescription id="map-description">{t("map.description")}</CardDescription>
          </CardHeader>
          <CardContent className="pt-3">
            <div aria-hidden="true">
              <LazyEuropeMap
                places={located.filter((r) => r.isoNumeric).map((r) => ({ id: r.isoNumeric!, name: r.name, projects: r.projects, href: regionalHref(state, drillPatch(r.code!)) }))}
                label={t("map.legend")}
                none={t("map.none")}
                locale={locale}
              />
            </div>
            <p className="mt-2 text-xs text-muted-foreground">{t("map.attribution")}</p>
          </CardContent>
        </Card>
      ) : null}

      {shown.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2" id="chart-heading" className="text-lg">
              {t("chart.title", { metric, level: levelKey })}
            </CardTitle>
            <CardDescription id="chart-description">{t("chart.description", { shown: shown.length, metric })}</CardDescription>
          </CardHeader>
          <CardContent className="pt-3">
            <div className="w-full" style={{ height: chartHeight }} aria-hidden="true">
              <LazyRegionalChart
                rows={shown.map((r) => ({ code: r.code!, name: r.name, value: r[metric] }))}
                valueLabel={metric === "organisations" ? t("chart.axisOrganisations") : t("chart.axisProjects")}
                categoryLabel={level === 0 ? t("chart.axisCountry") : t("chart.axisRegion")}
                locale={locale}
              />
            </div>
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle as="h2" id="table-heading" className="text-lg">
            {levelName}
          </CardTitle>
          {hasUnlocated ? <CardDescription>{t("table.unlocatedNote")}</CardDescription> : null}
        </CardHeader>
        <CardContent className="pt-2">
          <Table aria-labelledby="table-heading">
            <caption className="sr-only">{t("table.caption", { level: levelKey })}</caption>
            {head}
            <TableBody>{rows.slice(0, TABLE_FIRST_ROWS).map(rowOf)}</TableBody>
          </Table>
          {rows.length > TABLE_FIRST_ROWS ? (
            <details className="group mt-2">
              <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-primary hover:bg-muted">
                {t("table.showAll", { count: rows.length - TABLE_FIRST_ROWS })}
              </summary>
              <Table aria-label={t("table.rest", { level: levelKey })}>
                {head}
                <TableBody>{rows.slice(TABLE_FIRST_ROWS).map(rowOf)}</TableBody>
              </Table>
            </details>
          ) : null}
        </CardContent>
      </Card>
    </>
  );
}

function SortHead({ state, sort, label, sortLabel, numeric }: { state: RegionalState; sort: RegionalSort; label: string; sortLabel: string; numeric?: boolean }) {
  const active = state.sort === sort;
  return (
    <TableHead className={numeric ? "text-right" : undefined} aria-sort={active ? (sort === "name" ? "ascending" : "descending") : undefined}>
      {active ? (
        <span className="inline-flex items-center gap-1 text-foreground">
          {label}
          <ArrowDown aria-hidden className="size-3.5" />
        </span>
      ) : (
        <Link href={regionalHref(state, { sort })} className="underline-offset-4 hover:text-foreground hover:underline" aria-label={sortLabel}>
          {label}
        </Link>
      )}
    </TableHead>
  );
}
