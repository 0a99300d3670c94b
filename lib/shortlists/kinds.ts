// What a shortlist holds and its limits, for the forms (client) and the validation (server) alike.
// No imports: a client bundle that reads these gets nothing else with them.
export const entryStatuses = ["candidate", "contacted", "confirmed", "declined"] as const;
export type EntryStatusValue = (typeof entryStatuses)[number];
export const itemKinds = ["organisation", "profile", "project"] as const;
export type ItemKind = (typeof itemKinds)[number];

export const MAX_LIST_NAME = 120;
export const MAX_NOTE = 2000;
