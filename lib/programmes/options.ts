// The programmes the interest form offers, grouped: each family's open programmes first, then each
// family's closed ones (their period has ended) under a label of their own. Pure, for the form.

/** A programme the form offers; `closed` when its period has ended. */
export interface ProgrammeOption {
  id: number;
  name: string;
  family: string;
  period: string | null;
  closed?: boolean;
}

export interface ProgrammeGroup {
  family: string;
  closed: boolean;
  programmes: ProgrammeOption[];
}

/** The groups in the order the options come (by family), open groups before closed ones. */
export function programmeGroups(programmes: readonly ProgrammeOption[]): ProgrammeGroup[] {
  const groups = new Map<string, ProgrammeGroup>();
  for (const closed of [false, true]) {
    for (const p of programmes) {
      if (Boolean(p.closed) !== closed) continue;
      const key = `${closed}|${p.family}`;
      if (!groups.has(key)) groups.set(key, { family: p.family, closed, programmes: [] });
      groups.get(key)!.programmes.push(p);
    }
  }
  return [...groups.values()];
}
