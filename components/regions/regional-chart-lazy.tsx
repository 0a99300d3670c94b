"use client";
// Loads the regional bar chart (and recharts with it) after the page: neither is in its first-load JavaScript.
import dynamic from "next/dynamic";

export const LazyRegionalChart = dynamic(() => import("./regional-bar-chart"), {
  ssr: false,
  loading: () => <div className="size-full animate-pulse rounded-md bg-muted" />,
});
