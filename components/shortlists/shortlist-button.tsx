// "Add to shortlist" for a page that anyone may see: shown only to signed-in members of a
// registered organisation, with their organisations' lists.
import { getDb } from "@/db";
import { shortlistChoices } from "@/db/queries/shortlists";
import { getCurrentUser } from "@/lib/current-user";
import type { ItemKind } from "@/lib/shortlists/kinds";
import { LazyAddToShortlist as AddToShortlist } from "@/components/lazy-client";

export async function ShortlistButton({ item, className }: { item: { kind: ItemKind; id: number; name: string }; className?: string }) {
  const user = await getCurrentUser();
  if (!user?.emailVerified) return null;
  const choices = await shortlistChoices(getDb(), user.id);
  return <AddToShortlist item={item} choices={choices} className={className} />;
}
