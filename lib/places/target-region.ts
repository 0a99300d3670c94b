// Which of an interest's target regions an organisation is located in. A target region is a
// country (AT) or a NUTS region of level 1-3 (AT2, AT22, AT221); a place is in it when it is that
// country or its NUTS code begins with the region's. The most precise wins ("AT22" before "AT").
// The candidate statement of db/matching/candidates.ts asks the same of the records' NUTS codes
// of each level. Pure: no db, no React.

export function targetRegionOf(place: { countryCode: string | null; nutsCode: string | null }, regions: readonly string[]): string | null {
  const inside = regions.filter((r) => r === place.countryCode || (place.nutsCode != null && place.nutsCode.startsWith(r)));
  return [...inside].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null;
}
