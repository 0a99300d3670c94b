// "Add to shortlist" in a search result row (/search, /projects, /organisations): for signed-in
// members of a registered organisation only (absent for anyone else). The member's lists are
// read once per request however many rows the page shows.
import { cache } from "react";
import { getDb } from "@/db";
import { shortlistChoices } from "@/db/queries/shortlists";
import { getCurrentUser } from "@/lib/current-user";
import type { ItemKind } from "@/lib/shortlists/kinds";
import { AddToShortlist } from "./add-to-shortlist";

const choicesOf = cache((userId: string) => shortlistChoices(getDb(), userId));

export async function ResultShortlistButton({ item }: { item: { kind: ItemKind; id: number; name: string } }) {
  const user = await getCurrentUser();
  if (!user?.emailVerified) return null;
  const choices = await choicesOf(user.id);
  // relative z-10: a project row's link covers the whole row; the disclosure sits above it.
  return <AddToShortlist item={item} choices={choices} compact className="relative z-10 mt-2 w-fit" />;
}
