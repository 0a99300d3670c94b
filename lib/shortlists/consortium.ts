// From a shortlist's entries and its interest to the consortium checks' input: organisations
// (records and registered ones) become members, projects are left out (they are references, not
// partners); the interest gives the programme and the target regions. Pure.
import type { ConsortiumContext, ConsortiumMember, EntryStatus } from "@/lib/consortium/checks";
import type { OrganisationType } from "@/db/schema/knowledge";

export type ShortlistEntryFacts = {
  id: number;
  kind: "organisation" | "profile" | "project";
  name: string;
  type: OrganisationType | null;
  countryCode: string | null;
  nutsCode: string | null;
  status: EntryStatus;
  isRequester: boolean;
  coordinatedInProgramme: number;
};

export type ShortlistContextFacts = {
  programme: { code: string; family: string; name: string } | null;
  targetRegions: readonly { code: string; name: string }[];
};

export function consortiumMembersOf(entries: readonly ShortlistEntryFacts[]): ConsortiumMember[] {
  return entries
    .filter((e) => e.kind !== "project")
    .map((e) => ({
      key: `${e.kind}:${e.id}`,
      name: e.name,
      countryCode: e.countryCode,
      nutsCode: e.nutsCode,
      type: e.type ?? "other",
      status: e.status,
      isRequester: e.isRequester,
      coordinatedInProgramme: e.coordinatedInProgramme,
    }));
}

export function consortiumContextOf(list: ShortlistContextFacts, countryNames: Readonly<Record<string, string>> = {}): ConsortiumContext {
  const placeNames: Record<string, string> = { ...countryNames };
  for (const r of list.targetRegions) placeNames[r.code] = r.name;
  return {
    programme: list.programme ? { code: list.programme.code, family: list.programme.family, name: list.programme.name, label: list.programme.name } : null,
    targetRegions: list.targetRegions.map((r) => r.code),
    placeNames,
  };
}
