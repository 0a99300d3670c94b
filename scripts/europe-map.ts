// Writes lib/regions/europe-countries.topo.json: the countries of Natural Earth's 1:50m world map
// (npm world-atlas, public domain) that reach into the frame of the regional view's map of Europe,
// with only the arcs they use. Run after upgrading world-atlas: `npx tsx scripts/europe-map.ts`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { geoBounds } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import { EUROPE_FRAME } from "../lib/regions/map-frame";

const topology = world as unknown as Topology<{ countries: { type: "GeometryCollection"; geometries: GeometryObject[] } }>;
const [[west, south], [east, north]] = EUROPE_FRAME;
const inFrame = (g: GeometryObject) => {
  const [[w, s], [e, n]] = geoBounds(feature(topology, g as never) as never);
  // A country crossing the antimeridian (Russia) has w > e: it reaches from the east.
  return n >= south && s <= north && (w > e ? true : e >= west && w <= east);
};
const kept = topology.objects.countries.geometries.filter(inFrame);

// Keep the arcs the kept countries use, renumbered (a negative index ~i is arc i reversed).
const used = new Map<number, number>();
const remap = (i: number): number => {
  const index = i < 0 ? ~i : i;
  if (!used.has(index)) used.set(index, used.size);
  const next = used.get(index)!;
  return i < 0 ? ~next : next;
};
const walk = (arcs: unknown): unknown => (typeof arcs === "number" ? remap(arcs) : (arcs as unknown[]).map(walk));
const geometries = kept.map((g) => ({ ...g, arcs: "arcs" in g ? walk(g.arcs) : undefined }));
const arcs = [...used.keys()].map((i) => topology.arcs[i]);

const out = { type: "Topology", transform: topology.transform, objects: { countries: { type: "GeometryCollection", geometries } }, arcs };
const file = path.join(import.meta.dirname, "../lib/regions/europe-countries.topo.json");
writeFileSync(file, JSON.stringify(out));
console.log(`${geometries.length} countries, ${arcs.length} of ${topology.arcs.length} arcs → ${path.relative(process.cwd(), file)}`);
