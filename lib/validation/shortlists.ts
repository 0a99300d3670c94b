// What the shortlist forms accept: create, rename, delete a list; add an item (to a list or to a
// new one), note, status, move and remove an entry. FormData strings are coerced; empty optional
// fields become null.
import { z } from "zod";
import { profileId } from "./organisations";

export const entryStatuses = ["candidate", "contacted", "confirmed", "declined"] as const;
export type EntryStatusValue = (typeof entryStatuses)[number];
export const itemKinds = ["organisation", "profile", "project"] as const;
export type ItemKind = (typeof itemKinds)[number];

export const MAX_LIST_NAME = 120;
export const MAX_NOTE = 2000;

// Messages are keys of the "shortlists" catalogue; the actions give them in the reader's language.
const id = (key: string) => z.coerce.number({ error: key }).int(key).positive(key);
export const shortlistId = id("errors.chooseList");
export const entryId = id("errors.chooseEntry");

const listName = z
  .string({ error: "errors.listName" })
  .trim()
  .min(1, "errors.listName")
  .max(MAX_LIST_NAME, "errors.nameTooLong");

const optionalInterestId = z
  .union([z.literal(""), z.coerce.number().int().positive("errors.chooseInterest")])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

const note = z
  .string()
  .trim()
  .max(MAX_NOTE, "errors.noteTooLong")
  .optional()
  .transform((v) => (v ? v : null));

export const createShortlistInput = z.object({
  profileId,
  name: listName,
  interestId: optionalInterestId,
  creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "errors.reload"),
});

export const renameShortlistInput = z.object({ shortlistId, name: listName, interestId: optionalInterestId });
export const shortlistOnlyInput = z.object({ shortlistId });

/** Add to an existing list (shortlistId) or to a new one ("new": name and profileId needed). */
export const addEntryInput = z
  .object({
    shortlistId: z.union([z.literal("new"), shortlistId]),
    name: z.string().trim().max(MAX_LIST_NAME, "errors.nameTooLong").optional(),
    profileId: z.union([z.literal(""), profileId]).optional(),
    interestId: optionalInterestId,
    itemKind: z.enum(itemKinds, { error: "errors.chooseItem" }),
    itemId: id("errors.chooseItem"),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.shortlistId !== "new") return;
    if (!v.name) ctx.addIssue({ code: "custom", path: ["name"], message: "errors.newListName" });
    if (!v.profileId) ctx.addIssue({ code: "custom", path: ["profileId"], message: "errors.listProfile" });
  });
export type AddEntryInput = z.infer<typeof addEntryInput>;

export const entryNoteInput = z.object({ entryId, note });
export const entryStatusInput = z.object({ entryId, status: z.enum(entryStatuses, { error: "errors.status" }) });
export const moveEntryInput = z.object({ entryId, direction: z.enum(["up", "down"], { error: "errors.direction" }) });
export const entryOnlyInput = z.object({ entryId });
