// What of a registered organisation's profile matching reads: its type, country and region (hard
// filters, "based in"), its name and description (the words a registered organisation without
// records is found by) and its themes. Changing one of them changes other members' matches; its
// website, city, languages or contact role do not.

export interface MatchedFields {
  name: string;
  type: string;
  countryCode: string;
  nutsCode: string | null;
  description: string | null;
  themeIds: readonly number[];
}

/** Whether an edit of the profile changes what matching reads of it (themes compared as a set). */
export function changesMatchedFields(before: MatchedFields, after: MatchedFields): boolean {
  const same = (a: string | null, b: string | null) => (a ?? "") === (b ?? "");
  const themes = (ids: readonly number[]) => [...new Set(ids)].sort((a, b) => a - b).join(",");
  return !(
    same(before.name, after.name) &&
    before.type === after.type &&
    before.countryCode === after.countryCode &&
    same(before.nutsCode, after.nutsCode) &&
    same(before.description, after.description) &&
    themes(before.themeIds) === themes(after.themeIds)
  );
}
