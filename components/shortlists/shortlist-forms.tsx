"use client";
// The shortlist forms: "New shortlist", rename (and link an interest), delete, and for each entry
// its "Status", "Note", move up/down and remove. Each is one server action with its message
// beside it; the page re-renders with the new list and checks after each.
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormField } from "@/components/forms/form-field";
import { fieldErrors, FormMessage, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { idle, type ActionResult } from "@/lib/actions/result";
import {
  createShortlist,
  deleteShortlist,
  moveShortlistEntry,
  removeShortlistEntry,
  renameShortlist,
  setEntryNote,
  setEntryStatus,
} from "@/lib/actions/shortlists";
import { entryStatuses, MAX_NOTE } from "@/lib/shortlists/kinds";

type Option = { id: number; name: string };

function InlineError({ state }: { state: ActionResult<unknown> }) {
  return state.status === "error" ? (
    <p role="alert" className="text-xs text-destructive">
      {state.message}
    </p>
  ) : null;
}

export function NewShortlistForm({ profiles, interests, creationKey }: { profiles: Option[]; interests: (Option & { profileId: number })[]; creationKey: string }) {
  const t = useTranslations("shortlists.form");
  const [state, action] = useActionState(createShortlist, idle);
  return (
    <form action={action} className="flex flex-col gap-4" aria-label={t("newLabel")}>
      <input type="hidden" name="creationKey" value={creationKey} />
      <FormField id="new-list-name" label={t("name")} errors={fieldErrors(state, "name")} hint={t("nameHint")}>
        <Input name="name" maxLength={120} defaultValue={typed(state, "name")} required />
      </FormField>
      {profiles.length > 1 ? (
        <FormField id="new-list-profile" label={t("forOrganisation")} errors={fieldErrors(state, "profileId")}>
          <NativeSelect name="profileId" defaultValue={typed(state, "profileId")}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : (
        <input type="hidden" name="profileId" value={profiles[0]?.id ?? ""} />
      )}
      <FormField id="new-list-interest" label={t("interestOptional")} errors={fieldErrors(state, "interestId")} hint={t("interestHint")}>
        <NativeSelect name="interestId" defaultValue={typed(state, "interestId") ?? ""}>
          <option value="">{t("noInterest")}</option>
          {interests.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormMessage state={state} />
      <SubmitButton className="self-start" pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}

export function RenameShortlistForm({ shortlistId, name, interestId, interests }: { shortlistId: number; name: string; interestId: number | null; interests: Option[] }) {
  const t = useTranslations("shortlists.form");
  const [state, action] = useActionState(renameShortlist, idle);
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={t("renameLabel")}>
      <input type="hidden" name="shortlistId" value={shortlistId} />
      <FormField id="rename-name" label={t("name")} errors={fieldErrors(state, "name")}>
        <Input name="name" maxLength={120} defaultValue={typed(state, "name") ?? name} required />
      </FormField>
      <FormField id="rename-interest" label={t("interest")} errors={fieldErrors(state, "interestId")}>
        <NativeSelect key={interestId ?? ""} name="interestId" defaultValue={interestId ?? ""}>
          <option value="">{t("noInterest")}</option>
          {interests.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormMessage state={state} />
      <SubmitButton size="sm" variant="outline" className="self-start" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

export function DeleteShortlistButton({ shortlistId, name }: { shortlistId: number; name: string }) {
  const t = useTranslations("shortlists.form");
  const [state, action] = useActionState(deleteShortlist, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("deleteConfirm", { name }))) e.preventDefault();
      }}
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="shortlistId" value={shortlistId} />
      <SubmitButton size="sm" variant="ghost" className="self-start text-destructive" pendingLabel={t("deleting")}>
        <Trash2 aria-hidden /> {t("delete")}
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}

export function EntryStatusForm({ entryId, status, name }: { entryId: number; status: string; name: string }) {
  const t = useTranslations("shortlists");
  const [state, action] = useActionState(setEntryStatus, idle);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={action} className="flex flex-col gap-1">
      <input type="hidden" name="entryId" value={entryId} />
      <div className="flex items-center gap-2 text-sm font-medium">
        <label htmlFor={`status-${entryId}`}>{t("form.status")}</label>
        {/* Keyed by the saved status: React resets a form after its action, and a select keeps the
            default it was first rendered with, so without a new element the choice would snap back. */}
        <NativeSelect key={status} id={`status-${entryId}`} name="status" defaultValue={status} className="w-36" aria-label={t("form.statusOf", { name })} onChange={() => form.current?.requestSubmit()}>
          {entryStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <noscript>
        <button type="submit">{t("form.saveStatus")}</button>
      </noscript>
      <InlineError state={state} />
    </form>
  );
}

export function EntryNoteForm({ entryId, note, name }: { entryId: number; note: string | null; name: string }) {
  const t = useTranslations("shortlists.form");
  const [state, action] = useActionState(setEntryNote, idle);
  const id = `note-${entryId}`;
  return (
    <form action={action} className="flex flex-col gap-1.5">
      <input type="hidden" name="entryId" value={entryId} />
      <label htmlFor={id} className="text-sm font-medium">
        {t("note")} <span className="sr-only">{t("noteOn", { name })}</span>
      </label>
      <Textarea id={id} name="note" rows={2} maxLength={MAX_NOTE} defaultValue={typed(state, "note") ?? note ?? ""} placeholder={t("notePlaceholder")} />
      <div className="flex items-center gap-2">
        <SubmitButton size="sm" variant="outline" pendingLabel={t("saving")} aria-label={t("saveNoteOn", { name })}>
          {t("saveNote")}
        </SubmitButton>
        {state.status === "ok" ? (
          <span role="status" className="text-xs text-success">
            {t("saved")}
          </span>
        ) : null}
      </div>
      <InlineError state={state} />
    </form>
  );
}

export function EntryMoveButtons({ entryId, name, first, last }: { entryId: number; name: string; first: boolean; last: boolean }) {
  const t = useTranslations("shortlists.form");
  const [state, action] = useActionState(moveShortlistEntry, idle);
  return (
    <form action={action} className="flex items-center gap-1">
      <input type="hidden" name="entryId" value={entryId} />
      <SubmitButton size="icon" variant="ghost" name="direction" value="up" disabled={first} aria-label={t("moveUp", { name })}>
        <ArrowUp aria-hidden />
      </SubmitButton>
      <SubmitButton size="icon" variant="ghost" name="direction" value="down" disabled={last} aria-label={t("moveDown", { name })}>
        <ArrowDown aria-hidden />
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}

export function RemoveEntryButton({ entryId, name }: { entryId: number; name: string }) {
  const t = useTranslations("shortlists.form");
  const [state, action] = useActionState(removeShortlistEntry, idle);
  return (
    <form action={action}>
      <input type="hidden" name="entryId" value={entryId} />
      <SubmitButton size="sm" variant="ghost" aria-label={t("removeName", { name })} pendingLabel={t("removing")}>
        {t("remove")}
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}
