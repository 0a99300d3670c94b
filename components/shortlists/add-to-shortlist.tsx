"use client";
// "Add to shortlist": a small disclosure beside an organisation or a project (a match, a search
// result, an organisation or project page) with the user's lists, or a new one, and a note.
import { ListPlus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { fieldErrors, FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/ui/utils";
import { addToShortlist } from "@/lib/actions/shortlists";
import { idle } from "@/lib/actions/result";
import type { ItemKind } from "@/lib/shortlists/kinds";

export type ShortlistChoiceProps = {
  profiles: { id: number; name: string }[];
  lists: { id: number; name: string; profileId: number; profileName: string }[];
};

export function AddToShortlist({
  item,
  choices,
  interestId,
  suggestedName,
  compact,
  className,
}: {
  item: { kind: ItemKind; id: number; name: string };
  choices: ShortlistChoiceProps;
  /** A match's interest: a new list is about it. */
  interestId?: number;
  suggestedName?: string;
  /** A smaller button, for rows of search results. */
  compact?: boolean;
  className?: string;
}) {
  const t = useTranslations("shortlists.add");
  const [state, action] = useActionState(addToShortlist, idle);
  const [target, setTarget] = useState<string>(choices.lists[0] ? String(choices.lists[0].id) : "new");
  const id = useId();
  const added = state.status === "ok" ? (state.data as { shortlistId: number }) : null;
  // Loaded apart from the page (components/lazy-client), it may hydrate after the page: until then
  // its form would post without JavaScript. Browser tests wait for this mark.
  const disclosure = useRef<HTMLDetailsElement>(null);
  useEffect(() => disclosure.current?.setAttribute("data-hydrated", "true"), []);
  if (choices.profiles.length === 0) return null;
  const manyProfiles = choices.profiles.length > 1;
  return (
    <details ref={disclosure} className={cn("group rounded-lg border bg-card text-sm print:hidden", className)}>
      <summary
        aria-label={t("buttonFor", { name: item.name })}
        className={cn("flex cursor-pointer list-none items-center gap-1.5 font-medium text-primary [&::-webkit-details-marker]:hidden", compact ? "px-2 py-1 text-xs" : "px-3 py-1.5")}
      >
        <ListPlus aria-hidden className={compact ? "size-3.5" : "size-4"} /> {t("button")}
      </summary>
      <form action={action} className="flex w-72 max-w-full flex-col gap-3 border-t p-3">
        <input type="hidden" name="itemKind" value={item.kind} />
        <input type="hidden" name="itemId" value={item.id} />
        {interestId ? <input type="hidden" name="interestId" value={interestId} /> : null}
        <div className="flex flex-col gap-1">
          <label className="font-medium" htmlFor={`${id}-list`}>
            {t("list")}
          </label>
          <NativeSelect id={`${id}-list`} name="shortlistId" value={target} onChange={(e) => setTarget(e.target.value)}>
            {choices.lists.map((l) => (
              <option key={l.id} value={l.id}>
                {manyProfiles ? t("listWithProfile", { list: l.name, profile: l.profileName }) : l.name}
              </option>
            ))}
            <option value="new">{t("newOption")}</option>
          </NativeSelect>
        </div>
        {target === "new" ? (
          <>
            <div className="flex flex-col gap-1">
              <label className="font-medium" htmlFor={`${id}-name`}>
                {t("newName")}
              </label>
              <Input id={`${id}-name`} name="name" maxLength={120} defaultValue={suggestedName} required aria-invalid={fieldErrors(state, "name") ? true : undefined} />
            </div>
            {manyProfiles ? (
              <div className="flex flex-col gap-1">
                <label className="font-medium" htmlFor={`${id}-profile`}>
                  {t("forOrganisation")}
                </label>
                <NativeSelect id={`${id}-profile`} name="profileId">
                  {choices.profiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </NativeSelect>
              </div>
            ) : (
              <input type="hidden" name="profileId" value={choices.profiles[0]!.id} />
            )}
          </>
        ) : null}
        <div className="flex flex-col gap-1">
          <label className="font-medium" htmlFor={`${id}-note`}>
            {t("noteOptional")}
          </label>
          <Textarea id={`${id}-note`} name="note" rows={2} maxLength={2000} />
        </div>
        <FormMessage state={state} />
        {added ? (
          <Link href={`/shortlists/${added.shortlistId}`} className="text-primary underline-offset-4 hover:underline">
            {t("open")}
          </Link>
        ) : null}
        <SubmitButton size="sm" className="self-start" pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </details>
  );
}
