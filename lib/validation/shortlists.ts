// What the shortlist forms accept: create, rename, delete a list; add an item (to a list or to a
// new one), note, status, move and remove an entry. FormData strings are coerced; empty optional
// fields become null.
import { z } from "zod";
import { say } from "@/lib/i18n/say";
import { entryStatuses, itemKinds, MAX_LIST_NAME, MAX_NOTE } from "@/lib/shortlists/kinds";
import { profileId } from "./organisations";

export { entryStatuses, itemKinds, MAX_LIST_NAME, MAX_NOTE, type EntryStatusValue, type ItemKind } from "@/lib/shortlists/kinds";

// Messages are said in English (say); the actions give them in the reader's language (localised).
const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);
export const shortlistId = id(say("shortlists.errors.chooseList"));
export const entryId = id(say("shortlists.errors.chooseEntry"));

const listName = z
  .string({ error: say("shortlists.errors.listName") })
  .trim()
  .min(1, say("shortlists.errors.listName"))
  .max(MAX_LIST_NAME, say("shortlists.errors.nameTooLong", { maxName: MAX_LIST_NAME }));

const optionalInterestId = z
  .union([z.literal(""), z.coerce.number().int().positive(say("shortlists.errors.chooseInterest"))])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

const note = z
  .string()
  .trim()
  .max(MAX_NOTE, say("shortlists.errors.noteTooLong", { maxNote: MAX_NOTE }))
  .optional()
  .transform((v) => (v ? v : null));

export const createShortlistInput = z.object({
  profileId,
  name: listName,
  interestId: optionalInterestId,
  creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, say("shortlists.errors.reload")),
});

export const renameShortlistInput = z.object({ shortlistId, name: listName, interestId: optionalInterestId });
export const shortlistOnlyInput = z.object({ shortlistId });

/** Add to an existing list (shortlistId) or to a new one ("new": name and profileId needed). */
export const addEntryInput = z
  .object({
    shortlistId: z.union([z.literal("new"), shortlistId]),
    name: z.string().trim().max(MAX_LIST_NAME, say("shortlists.errors.nameTooLong", { maxName: MAX_LIST_NAME })).optional(),
    profileId: z.union([z.literal(""), profileId]).optional(),
    interestId: optionalInterestId,
    itemKind: z.enum(itemKinds, { error: say("shortlists.errors.chooseItem") }),
    itemId: id(say("shortlists.errors.chooseItem")),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.shortlistId !== "new") return;
    if (!v.name) ctx.addIssue({ code: "custom", path: ["name"], message: say("shortlists.errors.newListName") });
    if (!v.profileId) ctx.addIssue({ code: "custom", path: ["profileId"], message: say("shortlists.errors.listProfile") });
  });
export type AddEntryInput = z.infer<typeof addEntryInput>;

export const entryNoteInput = z.object({ entryId, note });
export const entryStatusInput = z.object({ entryId, status: z.enum(entryStatuses, { error: say("shortlists.errors.status") }) });
export const moveEntryInput = z.object({ entryId, direction: z.enum(["up", "down"], { error: say("shortlists.errors.direction") }) });
export const entryOnlyInput = z.object({ entryId });
