// What the shortlist forms accept: create, rename, delete a list; add an item (to a list or to a
// new one), note, status, move and remove an entry. FormData strings are coerced; empty optional
// fields become null.
import { z } from "zod";
import { profileId } from "./organisations";

export const entryStatuses = ["candidate", "contacted", "confirmed", "declined"] as const;
export const entryStatusLabels: Record<(typeof entryStatuses)[number], string> = {
  candidate: "Candidate",
  contacted: "Contacted",
  confirmed: "Confirmed",
  declined: "Declined",
};
export const itemKinds = ["organisation", "profile", "project"] as const;
export type ItemKind = (typeof itemKinds)[number];

export const MAX_LIST_NAME = 120;
export const MAX_NOTE = 2000;

const id = (what: string) => z.coerce.number({ error: `Choose ${what}.` }).int(`Choose ${what}.`).positive(`Choose ${what}.`);
export const shortlistId = id("a shortlist");
export const entryId = id("an entry");

const listName = z
  .string({ error: "Give the list a name." })
  .trim()
  .min(1, "Give the list a name.")
  .max(MAX_LIST_NAME, `Name: use at most ${MAX_LIST_NAME} characters.`);

const optionalInterestId = z
  .union([z.literal(""), z.coerce.number().int().positive("Choose an interest.")])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

const note = z
  .string()
  .trim()
  .max(MAX_NOTE, `Note: use at most ${MAX_NOTE} characters.`)
  .optional()
  .transform((v) => (v ? v : null));

export const createShortlistInput = z.object({
  profileId,
  name: listName,
  interestId: optionalInterestId,
  creationKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "Reload the page and try again."),
});

export const renameShortlistInput = z.object({ shortlistId, name: listName, interestId: optionalInterestId });
export const shortlistOnlyInput = z.object({ shortlistId });

/** Add to an existing list (shortlistId) or to a new one ("new": name and profileId needed). */
export const addEntryInput = z
  .object({
    shortlistId: z.union([z.literal("new"), shortlistId]),
    name: z.string().trim().max(MAX_LIST_NAME, `Name: use at most ${MAX_LIST_NAME} characters.`).optional(),
    profileId: z.union([z.literal(""), profileId]).optional(),
    interestId: optionalInterestId,
    itemKind: z.enum(itemKinds, { error: "Choose what to add." }),
    itemId: id("what to add"),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.shortlistId !== "new") return;
    if (!v.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Give the new list a name." });
    if (!v.profileId) ctx.addIssue({ code: "custom", path: ["profileId"], message: "Choose the organisation the list is for." });
  });
export type AddEntryInput = z.infer<typeof addEntryInput>;

export const entryNoteInput = z.object({ entryId, note });
export const entryStatusInput = z.object({ entryId, status: z.enum(entryStatuses, { error: "Choose a status from the list." }) });
export const moveEntryInput = z.object({ entryId, direction: z.enum(["up", "down"], { error: "Move up or down." }) });
export const entryOnlyInput = z.object({ entryId });
