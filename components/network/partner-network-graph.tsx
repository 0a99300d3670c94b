"use client";
// Draws the partner network with sigma.js (WebGL) on a graphology graph; positions come from
// lib/network/partner-graph. Clicking a node opens that organisation. Without WebGL it says so
// and leaves the list beside it to do the work.
import Graph from "graphology";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { organisationTypeColour } from "@/lib/network/colours";
import { networkLabel, type PartnerGraph } from "@/lib/network/partner-graph";

const EDGE_COLOUR = "#cbd5e1"; // --input
const CENTRE_COLOUR = "#0f172a"; // --foreground

function truncate(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function hasWebGl(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export default function PartnerNetworkGraph({ graph }: { graph: PartnerGraph }) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const t = useTranslations("charts.network");
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    if (!hasWebGl()) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- WebGL can only be probed in the browser
      setFailed(true);
      return;
    }
    // On a narrow screen only the strongest partners keep their label at all times; the rest show theirs when there is room.
    const narrow = element.clientWidth < 640;
    const labelled = narrow ? 6 : Infinity;
    const g = new Graph({ type: "undirected" });
    graph.nodes.forEach((n, rank) => {
      g.addNode(String(n.id), {
        x: n.x,
        // sigma's y axis points up: flip so that the first partner sits above the centre.
        y: -n.y,
        size: narrow ? n.size * 0.65 : n.size,
        label: truncate(networkLabel(n)),
        color: n.hop === 0 ? CENTRE_COLOUR : organisationTypeColour(n.type),
        // Nodes come centre first, then partners strongest first: rank orders them.
        forceLabel: n.hop === 0 || (n.hop === 1 && rank <= labelled),
        zIndex: 2 - n.hop,
      });
    });
    for (const e of graph.edges) g.addEdge(String(e.source), String(e.target), { size: e.size, color: EDGE_COLOUR });

    let renderer: Sigma | null = null;
    try {
      renderer = new Sigma(g, element, {
        labelFont: "system-ui, sans-serif",
        labelSize: 12,
        labelColor: { color: "#0f172a" },
        labelRenderedSizeThreshold: 8,
        zIndex: true,
        enableCameraZooming: false,
        enableEdgeEvents: false,
      });
    } catch {
      setFailed(true);
      return;
    }
    renderer.on("clickNode", ({ node }) => router.push(`/organisations/${node}`));
    renderer.on("enterNode", () => (element.style.cursor = "pointer"));
    renderer.on("leaveNode", () => (element.style.cursor = ""));
    return () => renderer?.kill();
  }, [graph, router]);

  if (failed) {
    return (
      <p className="flex size-full items-center justify-center rounded-md bg-muted p-4 text-center text-sm text-muted-foreground">
        {t("noWebGl")}
      </p>
    );
  }
  return <div ref={container} className="size-full" data-testid="partner-network-canvas" />;
}
