// The part of the world the regional view's map of Europe shows: [[west, south], [east, north]] in
// degrees, from Iceland and the Azores' latitude to Cyprus and the Urals' foothills.
export const EUROPE_FRAME: [[number, number], [number, number]] = [
  [-25, 34],
  [45, 71.5],
];
