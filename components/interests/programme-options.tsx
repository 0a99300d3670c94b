// The programmes as <option>s of a select, in their groups (lib/programmes/options): each family's
// open programmes (Interreg's by strand: "Interreg A: cross-border" …), then its closed ones under
// their own label; each named with its period. Used by the interest form and the /interests filter.
import { useTranslations } from "next-intl";
import { programmeGroups, type ProgrammeGroup, type ProgrammeOption } from "@/lib/programmes/options";

export function ProgrammeOptions({ programmes }: { programmes: readonly ProgrammeOption[] }) {
  const t = useTranslations("interests.form");
  const label = (group: ProgrammeGroup) =>
    group.closed ? t("closedProgrammes", { family: group.family }) : group.strand ? t(`strands.${group.strand}`) : group.family;
  return programmeGroups(programmes).map((group) => (
    <optgroup key={`${group.closed}-${group.family}-${group.strand}`} label={label(group)}>
      {group.programmes.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.period ? ` (${p.period})` : ""}
        </option>
      ))}
    </optgroup>
  ));
}
