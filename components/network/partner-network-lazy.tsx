"use client";
// Loads the network drawing (sigma.js and graphology with it) outside the page's first-load
// JavaScript, and only when the reader comes near it: drawing starts no WebGL work while the page loads.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenNear } from "@/components/when-near";

const placeholder = <div className="size-full animate-pulse rounded-md bg-muted" />;

const PartnerNetworkGraph = dynamic(() => import("./partner-network-graph"), { ssr: false, loading: () => placeholder });

export function LazyPartnerNetworkGraph(props: ComponentProps<typeof PartnerNetworkGraph>) {
  return (
    <WhenNear fallback={placeholder}>
      <PartnerNetworkGraph {...props} />
    </WhenNear>
  );
}
