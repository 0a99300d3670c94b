// The chart palette, taken from the theme in app/globals.css (SVG attributes cannot read CSS
// variables reliably, so the values are repeated here). Each keeps 3:1 contrast on white.

export const chartColours = {
  primary: "#1d3f94", // --primary
  ring: "#2563eb", // --ring
  success: "#166534", // --success
  warning: "#854d0e", // --warning
  muted: "#475569", // --muted-foreground
  border: "#e2e8f0", // --border
  foreground: "#0f172a", // --foreground
} as const;

const familyColours: Record<string, string> = {
  Interreg: chartColours.primary,
  "Horizon 2020": chartColours.ring,
  "Horizon Europe": chartColours.success,
  FP7: chartColours.warning,
};
const fallback = [chartColours.warning, chartColours.muted];

/** A stable colour per programme family, the same on every chart. */
export function familyColour(family: string, index: number): string {
  // "Horizon Europe (call year)" shares its programme's colour.
  const base = family.replace(/ \(call year\)$/, "");
  return familyColours[base] ?? fallback[index % fallback.length]!;
}
