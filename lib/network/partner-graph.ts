// The partner network of one organisation, as the organisation page draws it: the organisation,
// its most frequent partners (first hop) and theirs (second hop), capped to stay readable, with
// a ring layout computed here so that the client only draws. Pure: no db, no React.
import type { OrganisationType } from "@/db/schema/knowledge";

export interface NetworkOrganisation {
  id: number;
  /** Only named organisations are drawn: the query leaves out ones known by their PIC alone. */
  name: string;
  shortName: string | null;
  type: OrganisationType;
  projectCount: number;
}

/** Two organisations and the number of projects they share. */
export interface NetworkLink {
  from: number;
  to: number;
  sharedProjects: number;
}

export interface NetworkNode extends NetworkOrganisation {
  /** 0: the organisation itself; 1: its partner; 2: a partner's partner. */
  hop: 0 | 1 | 2;
  /** For a second-hop node, the first-hop partner it hangs from (its strongest link). */
  via: number | null;
  x: number;
  y: number;
  size: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  sharedProjects: number;
  size: number;
}

export interface PartnerGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export const FIRST_HOP_LIMIT = 15;
export const SECOND_HOP_LIMIT = 5;

/** The partners' ring and the two rings their own partners alternate on (the centre's ring is 0). */
export const PARTNER_RING = 1.6;
export const OUTER_RINGS = [2.6, 3] as const;

const MIN_NODE_SIZE = 4;
const MAX_NODE_SIZE = 18;
const MIN_EDGE_SIZE = 1;
const MAX_EDGE_SIZE = 6;

/** Node size grows with the square root of the projects, so that a giant does not hide the rest. */
export function nodeSize(projectCount: number, maxProjectCount: number): number {
  if (maxProjectCount <= 0) return MIN_NODE_SIZE;
  const ratio = Math.sqrt(Math.max(projectCount, 0) / maxProjectCount);
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.min(ratio, 1);
}

export function edgeSize(sharedProjects: number, maxShared: number): number {
  if (maxShared <= 0) return MIN_EDGE_SIZE;
  return MIN_EDGE_SIZE + (MAX_EDGE_SIZE - MIN_EDGE_SIZE) * Math.min(sharedProjects / maxShared, 1);
}

const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/**
 * Builds the graph: at most `firstHop` partners of the centre (most shared projects first), and
 * for each of them at most `secondHop` new organisations (not already drawn), each new one placed
 * once, beside the partner it shares most with. Links between organisations already drawn are kept.
 */
export function buildPartnerGraph(
  centre: NetworkOrganisation,
  organisations: readonly NetworkOrganisation[],
  links: readonly NetworkLink[],
  options: { firstHop?: number; secondHop?: number } = {},
): PartnerGraph {
  const firstHop = options.firstHop ?? FIRST_HOP_LIMIT;
  const secondHop = options.secondHop ?? SECOND_HOP_LIMIT;
  const byId = new Map(organisations.map((o) => [o.id, o]));
  byId.set(centre.id, centre);
  const strongestFirst = (a: NetworkLink, b: NetworkLink) => b.sharedProjects - a.sharedProjects || Math.min(a.from, a.to) - Math.min(b.from, b.to) || Math.max(a.from, a.to) - Math.max(b.from, b.to);
  const usable = links.filter((l) => l.from !== l.to && l.sharedProjects > 0 && byId.has(l.from) && byId.has(l.to));
  const other = (l: NetworkLink, id: number) => (l.from === id ? l.to : l.from);

  const hops = new Map<number, { hop: 0 | 1 | 2; via: number | null }>([[centre.id, { hop: 0, via: null }]]);
  const first = usable
    .filter((l) => l.from === centre.id || l.to === centre.id)
    .sort(strongestFirst)
    .slice(0, firstHop)
    .map((l) => other(l, centre.id));
  for (const id of first) hops.set(id, { hop: 1, via: centre.id });

  for (const partner of first) {
    const theirs = usable
      .filter((l) => l.from === partner || l.to === partner)
      .sort(strongestFirst)
      .map((l) => other(l, partner))
      .filter((id) => !hops.has(id))
      .slice(0, secondHop);
    for (const id of theirs) hops.set(id, { hop: 2, via: partner });
  }

  const edgesByKey = new Map<string, NetworkLink>();
  for (const l of usable) {
    if (hops.has(l.from) && hops.has(l.to)) {
      const k = key(l.from, l.to);
      const known = edgesByKey.get(k);
      if (!known || l.sharedProjects > known.sharedProjects) edgesByKey.set(k, l);
    }
  }
  const chosen = [...edgesByKey.values()].sort(strongestFirst);
  const maxShared = Math.max(0, ...chosen.map((l) => l.sharedProjects));
  const members = [...hops.keys()].map((id) => byId.get(id)!);
  const maxProjects = Math.max(0, ...members.map((o) => o.projectCount));

  const positions = ringLayout(first, hops);
  const nodes: NetworkNode[] = members.map((o) => {
    const { hop, via } = hops.get(o.id)!;
    const { x, y } = positions.get(o.id) ?? { x: 0, y: 0 };
    return { ...o, hop, via, x, y, size: nodeSize(o.projectCount, maxProjects) };
  });
  const edges: NetworkEdge[] = chosen.map((l) => ({
    source: l.from,
    target: l.to,
    sharedProjects: l.sharedProjects,
    size: edgeSize(l.sharedProjects, maxShared),
  }));
  return { nodes, edges };
}

/**
 * The centre at the origin, partners on a ring, each partner's own partners fanned out behind it on
 * an outer ring. The partners' ring is wide enough (over half the outer one) that fifteen partners
 * and their labels do not crowd the centre.
 */
function ringLayout(first: number[], hops: Map<number, { hop: 0 | 1 | 2; via: number | null }>): Map<number, { x: number; y: number }> {
  const positions = new Map<number, { x: number; y: number }>();
  const at = (radius: number, angle: number) => ({ x: Math.round(radius * Math.cos(angle) * 1000) / 1000, y: Math.round(radius * Math.sin(angle) * 1000) / 1000 });
  for (const [id, h] of hops) if (h.hop === 0) positions.set(id, { x: 0, y: 0 });
  const slice = first.length > 0 ? (2 * Math.PI) / first.length : 0;
  first.forEach((partner, i) => {
    const angle = -Math.PI / 2 + i * slice;
    positions.set(partner, at(PARTNER_RING, angle));
    const children = [...hops].filter(([, h]) => h.hop === 2 && h.via === partner).map(([id]) => id);
    const spread = slice * 0.8;
    children.forEach((child, j) => {
      const offset = children.length === 1 ? 0 : -spread / 2 + (spread * j) / (children.length - 1);
      positions.set(child, at(OUTER_RINGS[j % 2]!, angle + offset));
    });
  });
  return positions;
}

/** Display name: the short name when there is one, as the graph labels are small. */
export function networkLabel(o: Pick<NetworkOrganisation, "name" | "shortName">): string {
  return o.shortName?.trim() || o.name;
}
