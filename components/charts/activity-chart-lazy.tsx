"use client";
// Loads the activity chart (and recharts with it) after the page, so that neither is in its first-load JavaScript.
import dynamic from "next/dynamic";

export const LazyActivityChart = dynamic(() => import("./activity-chart"), {
  ssr: false,
  loading: () => <div className="size-full animate-pulse rounded-md bg-muted" />,
});
