// The programmes as <option>s of a select, in their groups (lib/programmes/options): each family's
// open programmes, then its closed ones under their own label; each named with its period. Used by
// the interest form and the /interests filter.
import { programmeGroups, type ProgrammeOption } from "@/lib/programmes/options";

export function ProgrammeOptions({ programmes, closedLabel }: { programmes: readonly ProgrammeOption[]; closedLabel: (family: string) => string }) {
  return programmeGroups(programmes).map((group) => (
    <optgroup key={`${group.closed}-${group.family}`} label={group.closed ? closedLabel(group.family) : group.family}>
      {group.programmes.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.period ? ` (${p.period})` : ""}
        </option>
      ))}
    </optgroup>
  ));
}
