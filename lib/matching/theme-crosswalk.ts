// From the KEEP (Interreg) themes a member picks to the EuroSciVoc fields CORDIS tags its projects
// with. The two vocabularies describe the same projects from two sides, and without a bridge an
// interest on "Forestry" finds no Horizon Europe project on forestry by its themes (only by its
// words). Each KEEP theme lists the EuroSciVoc concepts that say the same thing, as closely as the
// vocabulary allows; a theme with no such concept ("Clusters and economic cooperation", "Tourism",
// "Youth") lists none rather than a loose one, and is left to the text. A concept is never listed
// with one of its ancestors in the same entry (its projects would count twice). Codes are the paths
// CORDIS gives (themes.code); theme-crosswalk.test.ts checks each against the shipped vocabularies.

export const KEEP_TO_EUROSCIVOC: Readonly<Record<string, readonly string[]>> = {
  "keep/agrifood": ["/27/81", "/25/59/377"], // agriculture, forestry, and fisheries; food technology
  "keep/agrifood/agriculture": ["/27/81/30021", "/27/83"], // agriculture; animal and dairy science
  "keep/agrifood/fisheries": ["/27/81/489"], // fisheries
  "keep/agrifood/food": ["/25/59/377"], // food technology
  "keep/agrifood/forestry": ["/27/81/495"], // forestry

  "keep/digital": ["/23/47", "/25/73/30020/455"], // computer and information sciences; telecommunications
  "keep/digital/digital-infrastructure": ["/25/73/30020/455", "/23/47/305"], // telecommunications; internet
  "keep/digital/e-government": ["/29/97/543/1333"], // e-governance
  "keep/digital/ict": ["/23/47", "/25/73/30020/455"], // computer and information sciences; telecommunications

  "keep/economy": ["/29/91/523"], // business and management
  "keep/economy/business-support": ["/29/91/523/1309", "/29/91/523/61851014"], // entrepreneurship; innovation management
  "keep/economy/cross-border-business": ["/29/91/523/1311"], // commerce
  "keep/economy/internationalisation": ["/29/91/523/1311"], // commerce
  "keep/economy/sme": ["/29/91/523/1309"], // entrepreneurship

  "keep/energy": ["/25/67/425"], // energy and fuels
  "keep/energy/efficiency": ["/25/77/479/1267/1749"], // sustainable building
  "keep/energy/networks": ["/25/73/451/1161", "/23/53/373/1129"], // electric energy; electric batteries
  "keep/energy/renewable": ["/25/67/425/1169"], // renewable energy

  // Not the whole of environmental engineering: EuroSciVoc puts energy and fuels under it (822 of its
  // 1,308 projects on the full data), which KEEP's own Energy theme holds, and mining, remote sensing
  // and geotechnics; its environmental branches are listed instead.
  "keep/environment": ["/23/45/277", "/25/67/11936537", "/25/67/39381296", "/25/67/423", "/25/67/429", "/25/67/52713081", "/25/67/89023697"], // environmental sciences; ecosystem-based management; air pollution engineering; natural resources management; waste management; carbon capture engineering; water treatment processes
  "keep/environment/biodiversity": ["/23/49/323", "/23/49/335/1013", "/23/49/335/1011"], // biodiversity conservation; landscape ecology; invasive species
  "keep/environment/circular-economy": ["/25/67/429", "/29/91/521/1303"], // waste management; sustainable economy
  "keep/environment/climate-risks": ["/25/67/11936537/64292513", "/23/45/293/913", "/29/101/559/1375"], // climate change adaptation; natural disasters; crisis management
  "keep/environment/eco-innovation": ["/25/67/39381296", "/25/67/52713081", "/25/67/89023697", "/25/67/429"], // environmental technologies: air pollution engineering; carbon capture engineering; water treatment processes; waste management
  "keep/environment/pollution": ["/23/45/277/829", "/25/67/39381296"], // pollution; air pollution engineering
  "keep/environment/water": ["/25/67/423/431", "/25/67/89023697", "/23/45/287", "/25/77/84897392"], // water management; water treatment processes; hydrology; water engineering

  "keep/health": ["/21/33"], // health sciences
  "keep/health/ageing": ["/21/39/175", "/29/101/553"], // gerontology; demography
  "keep/health/health-care": ["/21/33/30011", "/21/33/137"], // health care services; public health
  "keep/health/life-sciences": ["/25/57"], // medical engineering
  "keep/health/social-care": ["/29/101/1365", "/21/33/143"], // social work; nursing
  "keep/health/social-inclusion": ["/29/101/1367/1771"], // social inequalities

  "keep/industry": ["/25/75/469", "/25/63"], // manufacturing engineering; materials engineering
  "keep/industry/automotive-aviation": ["/25/75/461/1235", "/25/75/461/1239/1741", "/25/75/461/1239/1737"], // automotive engineering; aeronautical engineering; aircraft
  "keep/industry/materials": ["/25/63", "/25/65"], // materials engineering; chemical engineering
  "keep/industry/production-technologies": ["/25/75/469", "/25/73/453/459"], // manufacturing engineering; robotics
  "keep/industry/wood": ["/25/63/395", "/27/81/495"], // woodworking; forestry (the forest-based value chain)

  "keep/innovation": ["/29/91/523/61851014"], // innovation management
  "keep/innovation/innovation-capacity": ["/29/91/523/61851014"], // innovation management
  "keep/innovation/innovation-strategies": ["/29/91/523/61851014", "/29/97/87917856/539"], // innovation management; public policies

  "keep/people": ["/29/105", "/29/91/523/1313"], // educational sciences; employment
  "keep/people/education": ["/29/105"], // educational sciences
  "keep/people/labour-market": ["/29/91/523/1313", "/29/101/1367/11589301"], // employment; unemployment
  "keep/people/labour-mobility": ["/29/101/553/1775"], // human migrations
  "keep/people/vocational-training": ["/29/105"], // educational sciences

  "keep/territory/civil-society": ["/29/97/87917856/1335"], // civil society
  "keep/territory/public-administration": ["/29/97/537", "/29/101/559"], // public administration; governance
  "keep/territory/security": ["/29/89/513", "/29/89/511", "/29/101/559/1375"], // law enforcement; criminology; crisis management
  "keep/territory/urban": ["/25/77/94443578", "/29/99/549"], // urban engineering; urban studies

  "keep/tourism-culture": ["/31/109"], // arts
  "keep/tourism-culture/creative-industries": ["/31/109", "/29/103"], // arts; media and communications
  "keep/tourism-culture/cultural-cooperation": ["/31/109"], // arts
  "keep/tourism-culture/heritage": ["/31/113/611", "/31/109/597"], // archaeology; art history

  "keep/transport": ["/29/99/547", "/25/77/475"], // transport; transportation engineering
  "keep/transport/infrastructure": ["/25/77/475"], // transportation engineering
  "keep/transport/logistics": ["/29/99/547/1349"], // freight transport
  "keep/transport/maritime": ["/25/75/461/1237", "/25/77/475/1265"], // naval engineering; port and harbor engineering
  "keep/transport/sustainable-mobility": ["/29/99/547/1345", "/29/99/547/1347", "/29/99/547/1343", "/29/99/547/1339"], // sustainable, public transport; electric vehicles; transport planning
};

/** The KEEP codes and the EuroSciVoc codes they lead to, as two parallel lists (one pair per link): what the matching statement joins. */
export function crosswalkPairs(): { keep: string[]; euroSciVoc: string[] } {
  const keep: string[] = [];
  const euroSciVoc: string[] = [];
  for (const [from, to] of Object.entries(KEEP_TO_EUROSCIVOC)) {
    for (const code of to) {
      keep.push(from);
      euroSciVoc.push(code);
    }
  }
  return { keep, euroSciVoc };
}

/**
 * For each theme of a vocabulary that the crosswalk links, the ids of the themes on the other side
 * (a KEEP theme's EuroSciVoc concepts, a concept's KEEP themes): what search adds to a theme its
 * query matched.
 */
export function linkedThemeIds(themes: readonly { id: number; scheme: string; code: string }[]): Map<number, number[]> {
  const keepIds = new Map(themes.filter((t) => t.scheme === "keep").map((t) => [t.code, t.id]));
  const conceptIds = new Map(themes.filter((t) => t.scheme === "euroscivoc").map((t) => [t.code, t.id]));
  const linked = new Map<number, number[]>();
  const link = (from: number, to: number) => {
    const list = linked.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    linked.set(from, list);
  };
  for (const [keepCode, concepts] of Object.entries(KEEP_TO_EUROSCIVOC)) {
    const keep = keepIds.get(keepCode);
    if (keep === undefined) continue;
    for (const code of concepts) {
      const concept = conceptIds.get(code);
      if (concept === undefined) continue;
      link(keep, concept);
      link(concept, keep);
    }
  }
  return linked;
}

/**
 * For each theme, the themes the crosswalk links to it or to any theme below it (`linked` as
 * linkedThemeIds gives it): a theme's projects include the projects on those (search_theme_ids,
 * drizzle/0024), so a text query that matched the theme asks for their theme tokens too. A theme
 * with no such link is left out.
 */
export function linkedBelowIds(themes: readonly { id: number; parentId: number | null }[], linked: ReadonlyMap<number, readonly number[]>): Map<number, number[]> {
  const parentOf = new Map(themes.map((t) => [t.id, t.parentId]));
  const below = new Map<number, Set<number>>();
  for (const [id, links] of linked) {
    // The theme itself and each of its ancestors (a guard against a cycle in bad data).
    for (let at: number | null | undefined = id, steps = 0; at != null && steps < 64; at = parentOf.get(at), steps++) {
      const set = below.get(at) ?? new Set<number>();
      for (const l of links) set.add(l);
      below.set(at, set);
    }
  }
  return new Map([...below].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}
