"use client";
// Loads the activity chart (and recharts with it) outside the page's first-load JavaScript, and
// only when the reader comes near it.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenNear } from "@/components/when-near";

const placeholder = <div className="size-full animate-pulse rounded-md bg-muted" />;

const ActivityChart = dynamic(() => import("./activity-chart"), { ssr: false, loading: () => placeholder });

export function LazyActivityChart(props: ComponentProps<typeof ActivityChart>) {
  return (
    <WhenNear fallback={placeholder}>
      <ActivityChart {...props} />
    </WhenNear>
  );
}
