// The organisation page's "Partner network": the drawing (loaded lazily), a legend of the types
// it shows, and the same network as a list, which is what screen readers and browsers without
// WebGL get. Streams in after the rest of the page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { getPartnerNetwork } from "@/db/queries/partner-network";
import { formatNumber } from "@/lib/format";
import { organisationTypeColour } from "@/lib/network/colours";
import { buildPartnerGraph, type NetworkNode } from "@/lib/network/partner-graph";
import { LazyPartnerNetworkGraph } from "./partner-network-lazy";

export function OrganisationNetwork({ organisationId, locale }: { organisationId: number; locale: string }) {
  return (
    <Suspense fallback={null}>
      <NetworkSection organisationId={organisationId} locale={locale} />
    </Suspense>
  );
}

async function NetworkSection({ organisationId, locale }: { organisationId: number; locale: string }) {
  const [data, t, labels] = await Promise.all([getPartnerNetwork(getDb(), organisationId), getTranslations("charts.network"), getTranslations("labels")]);
  if (!data || data.links.length === 0) return null;
  const graph = buildPartnerGraph(data.centre, data.organisations, data.links);
  const shared = new Map(graph.edges.map((e) => [`${Math.min(e.source, e.target)}-${Math.max(e.source, e.target)}`, e.sharedProjects]));
  const sharedWith = (a: number, b: number) => shared.get(`${Math.min(a, b)}-${Math.max(a, b)}`) ?? 0;
  const partners = graph.nodes.filter((n) => n.hop === 1);
  const theirs = (id: number) => graph.nodes.filter((n) => n.hop === 2 && n.via === id);
  const types = [...new Set(graph.nodes.filter((n) => n.hop > 0).map((n) => n.type))];

  return (
    <Card>
      <CardHeader>
        <CardTitle id="network-heading" className="text-lg">
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description", { count: partners.length, n: formatNumber(partners.length, locale) })}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 pt-3">
        <div className="h-80 w-full overflow-hidden rounded-md border bg-card sm:h-[28rem]" aria-hidden="true">
          <LazyPartnerNetworkGraph graph={graph} />
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label={t("legend")}>
          {types.map((type) => (
            <li key={type} className="inline-flex items-center gap-1.5">
              <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: organisationTypeColour(type) }} />
              {labels(`organisationTypes.${type}`)}
            </li>
          ))}
        </ul>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-primary">{t("asList")}</summary>
          <ol className="mt-2 flex flex-col gap-2" aria-labelledby="network-heading">
            {partners.map((p) => (
              <li key={p.id}>
                <NodeLink node={p} /> — {sharedText(t, "together", sharedWith(organisationId, p.id), locale)}
                {theirs(p.id).length > 0 ? (
                  <ul className="mt-1 ml-4 list-disc text-muted-foreground">
                    {theirs(p.id).map((q) => (
                      <li key={q.id}>
                        <NodeLink node={q} /> — {sharedText(t, "with", sharedWith(p.id, q.id), locale, p.shortName ?? p.name)}
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

function sharedText(t: Awaited<ReturnType<typeof getTranslations<"charts.network">>>, key: "together" | "with", count: number, locale: string, name = ""): string {
  const n = formatNumber(count, locale);
  return key === "together" ? t("together", { count, n }) : t("with", { count, n, name });
}

function NodeLink({ node }: { node: NetworkNode }) {
  return (
    <Link href={`/organisations/${node.id}`} className="font-medium text-foreground underline-offset-4 hover:underline">
      {node.name}
    </Link>
  );
}
