"use client";
// The regional view's bar chart (recharts): one horizontal bar per place, in the table's order.
// Drawn on the client only; every figure is also in the table below it.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartColours } from "@/lib/charts/colours";

export interface RegionalChartRow {
  code: string;
  name: string;
  value: number;
}

const MAX_LABEL = 22;
const short = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

export default function RegionalBarChart({ rows, valueLabel, categoryLabel, locale }: { rows: RegionalChartRow[]; valueLabel: string; categoryLabel: string; locale: string }) {
  const format = new Intl.NumberFormat(locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={chartColours.border} />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={{ fill: chartColours.muted, fontSize: 12 }}
          tickFormatter={(v: number) => format.format(v)}
          tickLine={false}
          axisLine={{ stroke: chartColours.border }}
          label={{ value: valueLabel, position: "insideBottom", offset: -16, fill: chartColours.muted, fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={150}
          interval={0}
          tick={{ fill: chartColours.foreground, fontSize: 12 }}
          tickFormatter={short}
          tickLine={false}
          axisLine={false}
          label={{ value: categoryLabel, angle: -90, position: "insideLeft", offset: -4, style: { textAnchor: "middle" }, fill: chartColours.muted, fontSize: 12 }}
        />
        <Tooltip
          cursor={{ fill: "#eef2fb" }}
          formatter={(v) => [format.format(Number(v)), valueLabel]}
          contentStyle={{ borderRadius: 8, borderColor: chartColours.border, fontSize: 13 }}
        />
        <Bar dataKey="value" name={valueLabel} fill={chartColours.primary} maxBarSize={20} radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
