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

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

type LabelDrawer = NonNullable<ConstructorParameters<typeof Sigma>[2]>["defaultDrawNodeLabel"] & {};

/** sigma's label, with a white halo so that it stays legible over the lines and dots beneath it. */
const drawLabel: LabelDrawer = (context, data, settings) => {
  if (!data.label) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + settings.labelSize / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.9)";
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#0f172a";
  context.fillText(data.label, x, y);
};

const LABEL_SIZE = 12;
const LABEL_FONT = "system-ui, sans-serif";

/**
 * Which dots keep their label: in order of importance (the centre, then partners strongest first,
 * then theirs), each label that overlaps no label already kept and stays inside the drawing (and,
 * for a partner's partner, covers no other dot), up to `most` labels. The rest show theirs on hover.
 */
function chooseLabels(renderer: Sigma, g: Graph, labelSize: number, most: number) {
  const measure = document.createElement("canvas").getContext("2d");
  if (!measure) return;
  measure.font = `${labelSize}px ${LABEL_FONT}`;
  const { width, height } = renderer.getDimensions();
  const kept: { left: number; top: number; right: number; bottom: number }[] = [];
  const nodes = g.nodes().sort((a, b) => (g.getNodeAttribute(a, "rank") as number) - (g.getNodeAttribute(b, "rank") as number));
  const dots = new Map(
    nodes.flatMap((node) => {
      const data = renderer.getNodeDisplayData(node);
      return data ? [[node, { ...renderer.framedGraphToViewport(data), r: renderer.scaleSize(data.size) }] as const] : [];
    }),
  );
  for (const node of nodes) {
    const dot = dots.get(node);
    const label = g.getNodeAttribute(node, "label") as string | undefined;
    if (!dot || !label || kept.length >= most) {
      g.setNodeAttribute(node, "forceLabel", false);
      continue;
    }
    const { x, y, r: size } = dot;
    const box = { left: x + size + 1, top: y - labelSize * 0.7, right: x + size + 5 + measure.measureText(label).width, bottom: y + labelSize * 0.5 };
    const fits = box.right <= width && box.left >= 0 && box.top >= 0 && box.bottom <= height;
    const free = kept.every((k) => box.right < k.left || box.left > k.right || box.bottom < k.top || box.top > k.bottom);
    const clear = [...dots].every(([other, d]) => other === node || d.x + d.r < box.left || d.x - d.r > box.right || d.y + d.r < box.top || d.y - d.r > box.bottom);
    // The organisation itself always keeps its name; a partner's may cross a dot, theirs may not.
    const hop = g.getNodeAttribute(node, "hop") as number;
    const show = hop === 0 || (fits && free && (hop === 1 || clear));
    if (show) kept.push(box);
    g.setNodeAttribute(node, "forceLabel", show);
  }
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
    const narrow = element.clientWidth < 640;
    const g = new Graph({ type: "undirected" });
    graph.nodes.forEach((n, rank) => {
      g.addNode(String(n.id), {
        x: n.x,
        // sigma's y axis points up: flip so that the first partner sits above the centre.
        y: -n.y,
        size: narrow ? n.size * 0.65 : n.size,
        label: truncate(networkLabel(n), narrow ? 16 : 22),
        color: n.hop === 0 ? CENTRE_COLOUR : organisationTypeColour(n.type),
        zIndex: 2 - n.hop,
        rank,
        hop: n.hop,
      });
    });
    for (const e of graph.edges) g.addEdge(String(e.source), String(e.target), { size: e.size, color: EDGE_COLOUR });

    let renderer: Sigma | null = null;
    try {
      renderer = new Sigma(g, element, {
        labelFont: LABEL_FONT,
        labelSize: LABEL_SIZE,
        labelColor: { color: "#0f172a" },
        labelRenderedSizeThreshold: 8,
        // No labels from sigma's grid (it lets long labels overlap): chooseLabels picks them.
        labelDensity: 0,
        defaultDrawNodeLabel: drawLabel,
        zIndex: true,
        enableCameraZooming: false,
        enableEdgeEvents: false,
      });
    } catch {
      setFailed(true);
      return;
    }
    const most = narrow ? 8 : 16;
    chooseLabels(renderer, g, LABEL_SIZE, most);
    renderer.on("resize", () => chooseLabels(renderer!, g, LABEL_SIZE, most));
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
