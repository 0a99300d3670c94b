"use client";
// Loads the map of Europe (d3-geo, topojson-client and the country shapes) after the page.
import dynamic from "next/dynamic";

export const LazyEuropeMap = dynamic(() => import("./europe-map"), {
  ssr: false,
  loading: () => <div className="aspect-[4/3] w-full animate-pulse rounded-md bg-muted" />,
});
