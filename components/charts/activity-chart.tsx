"use client";
// The "Activity over time" bar chart (recharts): projects started per year, stacked by programme
// family. Drawn on the client only; the figures are also in ActivitySection's table for screen readers.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityYear } from "@/lib/charts/activity";
import { chartColours, familyColour } from "@/lib/charts/colours";

export default function ActivityChart({
  years,
  families,
  names,
  axes,
}: {
  years: ActivityYear[];
  families: string[];
  /** Each family's name in the reader's language (the legend and tooltip). */
  names: Record<string, string>;
  /** The axis titles in the reader's language. */
  axes: { x: string; y: string };
}) {
  const data = years.map((y) => ({ year: String(y.year), ...y.counts }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 20, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartColours.border} />
        <XAxis
          dataKey="year"
          tick={{ fill: chartColours.muted, fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: chartColours.border }}
          interval="preserveStartEnd"
          minTickGap={12}
          label={{ value: axes.x, position: "insideBottom", offset: -14, fill: chartColours.muted, fontSize: 12 }}
        />
        <YAxis
          allowDecimals={false}
          width={56}
          tick={{ fill: chartColours.muted, fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          label={{ value: axes.y, angle: -90, position: "insideLeft", offset: 4, style: { textAnchor: "middle" }, fill: chartColours.muted, fontSize: 12 }}
        />
        <Tooltip cursor={{ fill: "#eef2fb" }} contentStyle={{ borderRadius: 8, borderColor: chartColours.border, fontSize: 13 }} />
        {/* No fixed height: on a phone a long legend (German, Polish) wraps, and the chart makes room for it. */}
        {families.length > 1 ? <Legend verticalAlign="top" iconType="square" wrapperStyle={{ fontSize: 12, paddingBottom: 4 }} /> : null}
        {families.map((family, i) => (
          <Bar key={family} dataKey={family} name={names[family] ?? family} stackId="projects" fill={familyColour(family, i)} maxBarSize={36} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
