// Where an entry of a shortlist links to: a registered organisation's public profile, else the
// knowledge-base organisation or the project. Pure.
export function entryHref(e: { kind: "organisation" | "profile" | "project"; itemId: number }): string {
  if (e.kind === "project") return `/projects/${e.itemId}`;
  if (e.kind === "profile") return `/profiles/${e.itemId}`;
  return `/organisations/${e.itemId}`;
}
