// The organisation page's "Partner network": the drawing (loaded lazily), a legend of the types
// it shows, and the same network as a list, which is what screen readers and browsers without
// WebGL get. Streams in after the rest of the page.
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { getPartnerNetwork } from "@/db/queries/partner-network";
import { formatNumber } from "@/lib/format";
import { organisationTypeColour } from "@/lib/network/colours";
import { buildPartnerGraph, type NetworkNode } from "@/lib/network/partner-graph";
import { organisationTypeLabel } from "@/lib/organisation-types";
import { LazyPartnerNetworkGraph } from "./partner-network-lazy";

export function OrganisationNetwork({ organisationId, locale }: { organisationId: number; locale: string }) {
  return (
    <Suspense fallback={null}>
      <NetworkSection organisationId={organisationId} locale={locale} />
    </Suspense>
  );
}

async function NetworkSection({ organisationId, locale }: { organisationId: number; locale: string }) {
  const data = await getPartnerNetwork(getDb(), organisationId);
  if (!data || data.links.length === 0) return null;
  const graph = buildPartnerGraph(data.centre, data.organisations, data.links);
  const shared = new Map(graph.edges.map((e) => [`${Math.min(e.source, e.target)}-${Math.max(e.source, e.target)}`, e.sharedProjects]));
  const sharedWith = (a: number, b: number) => shared.get(`${Math.min(a, b)}-${Math.max(a, b)}`) ?? 0;
  const partners = graph.nodes.filter((n) => n.hop === 1);
  const theirs = (id: number) => graph.nodes.filter((n) => n.hop === 2 && n.via === id);
  const types = [...new Set(graph.nodes.filter((n) => n.hop > 0).map((n) => n.type))];
  const projects = (n: number) => `${formatNumber(n, locale)} ${n === 1 ? "project" : "projects"}`;

  return (
    <Card>
      <CardHeader>
        <CardTitle id="network-heading" className="text-lg">
          Partner network
        </CardTitle>
        <CardDescription>
          This organisation (dark, in the middle), its {partners.length} most frequent partners and, further out, theirs. Larger dots have more
          projects; thicker lines, more shared projects. Select a dot to open that organisation.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 pt-3">
        <div className="h-80 w-full overflow-hidden rounded-md border bg-card sm:h-[28rem]" aria-hidden="true">
          <LazyPartnerNetworkGraph graph={graph} />
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label="Colours by organisation type">
          {types.map((t) => (
            <li key={t} className="inline-flex items-center gap-1.5">
              <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: organisationTypeColour(t) }} />
              {organisationTypeLabel(t)}
            </li>
          ))}
        </ul>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-primary">The network as a list</summary>
          <ol className="mt-2 flex flex-col gap-2" aria-labelledby="network-heading">
            {partners.map((p) => (
              <li key={p.id}>
                <NodeLink node={p} /> — {projects(sharedWith(organisationId, p.id))} together
                {theirs(p.id).length > 0 ? (
                  <ul className="mt-1 ml-4 list-disc text-muted-foreground">
                    {theirs(p.id).map((q) => (
                      <li key={q.id}>
                        <NodeLink node={q} /> — {projects(sharedWith(p.id, q.id))} with {p.shortName ?? p.name}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      </CardContent>
    </Card>
  );
}

function NodeLink({ node }: { node: NetworkNode }) {
  return (
    <Link href={`/organisations/${node.id}`} className="font-medium text-foreground underline-offset-4 hover:underline">
      {node.name}
    </Link>
  );
}
