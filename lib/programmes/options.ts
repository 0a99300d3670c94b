// The programmes the interest form offers, grouped: each family's open programmes first — Interreg's
// by strand (A cross-border, B transnational, C interregional) — then each family's closed ones
// (their period has ended) under a label of their own. Pure, for the form.
import { STRANDS, type Strand } from "./strands";

/** A programme the form offers; `closed` when its period has ended; `strand` for Interreg's reference list. */
export interface ProgrammeOption {
  id: number;
  name: string;
  family: string;
  period: string | null;
  closed?: boolean;
  strand?: Strand | null;
  /** The countries of its area when its rule records them (lib/consortium/programme-rules): where partners are looked for when an interest names none. */
  area?: readonly string[] | null;
}

export interface ProgrammeGroup {
  family: string;
  closed: boolean;
  /** The strand of an open group's programmes; null for a family without strands and for closed groups. */
  strand: Strand | null;
  programmes: ProgrammeOption[];
}

/**
 * The groups: open ones first, in the order their families come, a family's strands in Interreg's
 * order (A, B, C, then programmes of no strand); then the closed ones, a group per family.
 */
export function programmeGroups(programmes: readonly ProgrammeOption[]): ProgrammeGroup[] {
  const families = [...new Set(programmes.map((p) => p.family))];
  const rank = (strand: Strand | null) => (strand ? STRANDS.indexOf(strand) : STRANDS.length);
  const groups = new Map<string, ProgrammeGroup>();
  for (const p of programmes) {
    const closed = Boolean(p.closed);
    const strand = closed ? null : (p.strand ?? null);
    const key = `${closed}|${p.family}|${strand}`;
    if (!groups.has(key)) groups.set(key, { family: p.family, closed, strand, programmes: [] });
    groups.get(key)!.programmes.push(p);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.closed) - Number(b.closed) || families.indexOf(a.family) - families.indexOf(b.family) || rank(a.strand) - rank(b.strand),
  );
}

/** An area of more countries than this is counted, not named (Interreg Europe: 29). */
export const AREA_NAMED_MAX = 10;

/** Where an interest's partners come from when it chooses no country, as the form's hint says it. */
export type NoCountriesChoice =
  | { kind: "any" }
  | { kind: "many"; count: number }
  /** `border`: a cross-border programme, whose area is its countries' border regions. */
  | { kind: "named"; names: string[]; border: boolean };

/**
 * For the programme picked: its area's countries named in the order of `countries` (the form's
 * list, in the reader's alphabet), then those the list lacks by `countryName` (Ukraine for Interreg
 * NEXT Poland-Ukraine); counted when more than AREA_NAMED_MAX; any country without an area.
 */
export function noCountriesChoice(
  programme: Pick<ProgrammeOption, "area" | "strand"> | undefined,
  countries: readonly { code: string; name: string }[],
  countryName: (code: string) => string,
): NoCountriesChoice {
  const area = programme?.area;
  if (!area || area.length === 0) return { kind: "any" };
  if (area.length > AREA_NAMED_MAX) return { kind: "many", count: area.length };
  const names = [...countries.filter((c) => area.includes(c.code)).map((c) => c.name), ...area.filter((code) => !countries.some((c) => c.code === code)).map(countryName)];
  return { kind: "named", names, border: programme.strand === "cross-border" };
}
