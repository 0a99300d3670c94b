"use client";
// The regional view's map of Europe: each country shaded by its number of projects (the UI's
// primary colour, darker for more), projected with d3-geo (Lambert azimuthal equal-area centred on
// Europe, as Eurostat's maps) from Natural Earth's 1:50m shapes shipped in lib/regions. Clicking a
// country drills into it. Drawn on the client only and hidden from screen readers: the table
// beside it holds the same figures and the links.
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { EUROPE_FRAME } from "@/lib/regions/map-frame";
import { chartColours } from "@/lib/charts/colours";
import { classShade, colourBreaks, MAP_EMPTY, shadeOf } from "@/lib/regions/regional";

export interface MapPlace {
  /** ISO 3166-1 numeric code, as Natural Earth's feature ids ("276" for Germany). */
  id: string;
  name: string;
  projects: number;
  href: string;
}

const WIDTH = 800;
const HEIGHT = 600;
type Shape = { id: string; d: string };

export default function EuropeMap({ places, label, none, locale }: { places: MapPlace[]; label: string; none: string; locale: string }) {
  const router = useRouter();
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  const [hover, setHover] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import("@/lib/regions/europe-countries.topo.json").then((module) => {
      if (cancelled) return;
      const topology = module.default as unknown as Topology;
      const countries = feature(topology, topology.objects.countries as never) as unknown as GeoJSON.FeatureCollection;
      const [[west, south], [east, north]] = EUROPE_FRAME;
      const frame: GeoJSON.MultiPoint = {
        type: "MultiPoint",
        coordinates: [[west, south], [east, south], [west, north], [east, north], [10, south], [10, north]],
      };
      const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], frame);
      const path = geoPath(projection);
      setShapes(countries.features.map((f) => ({ id: String(f.id ?? ""), d: path(f) ?? "" })).filter((s) => s.d));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  // Classes from the countries on the map only, so that Europe's differences show.
  const breaks = useMemo(() => {
    const onMap = new Set(shapes?.map((s) => s.id));
    return colourBreaks(places.filter((p) => onMap.has(p.id)).map((p) => p.projects));
  }, [shapes, places]);
  const format = new Intl.NumberFormat(locale);
  if (!shapes) return <div className="aspect-[4/3] w-full animate-pulse rounded-md bg-muted" />;
  const hovered = hover ? byId.get(hover) : undefined;
  return (
    <>
      <div className="relative aspect-[4/3] w-full overflow-hidden rounded-md bg-[#f6f9fd]">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="size-full" preserveAspectRatio="xMidYMid meet" focusable="false">
          {shapes.map((s) => {
            const place = byId.get(s.id);
            return (
              <path
                key={s.id || s.d.slice(0, 24)}
                d={s.d}
                fill={place ? shadeOf(place.projects, breaks) : MAP_EMPTY}
                stroke={hover === s.id ? chartColours.foreground : "#ffffff"}
                strokeWidth={hover === s.id ? 1.5 : 0.6}
                className={place ? "cursor-pointer" : undefined}
                onMouseEnter={() => setHover(place ? s.id : null)}
                onMouseLeave={() => setHover(null)}
                onClick={place ? () => router.push(place.href) : undefined}
              />
            );
          })}
        </svg>
        {hovered ? (
          <div className="pointer-events-none absolute top-2 left-2 rounded-md border bg-card px-2.5 py-1.5 text-xs shadow-sm">
            <span className="font-semibold">{hovered.name}</span> · {label}: {format.format(hovered.projects)}
          </div>
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{label}</span>
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm border" style={{ background: MAP_EMPTY }} />
          {none}
        </span>
        {breaks.map((upper, i) => {
          const from = i === 0 ? 1 : breaks[i - 1]! + 1;
          return (
            <span key={upper} className="inline-flex items-center gap-1.5">
              <span className="size-3 rounded-sm" style={{ background: classShade(i, breaks.length) }} />
              {from === upper ? format.format(upper) : `${format.format(from)}–${format.format(upper)}`}
            </span>
          );
        })}
      </div>
    </>
  );
}
