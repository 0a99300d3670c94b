"use client";
// Loads the network drawing (sigma.js and graphology with it) after the page, outside its first-load JavaScript.
import dynamic from "next/dynamic";

export const LazyPartnerNetworkGraph = dynamic(() => import("./partner-network-graph"), {
  ssr: false,
  loading: () => <div className="size-full animate-pulse rounded-md bg-muted" />,
});
