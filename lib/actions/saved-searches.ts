"use server";
// Saved-search actions: save a search (or an interest's match list), rename, change its alert,
// delete; and the unsubscribe link of an alert mail, which works without signing in. Each
// follows the one shape: who asks → zod (both in signedInAction, but for the unsubscribe link)
// → may they → one transaction → revalidate → typed result. A saved search is its owner's
// alone: anyone else's is "not found".
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { savedSearchForToken } from "@/db/saved/queries";
import { interestOwner } from "@/db/saved/results";
import { countSavedSearches, deleteSavedSearch as removeSaved, renameSavedSearch as renameSaved, setSavedSearchAlert as setAlert, switchOffAlert, upsertSavedSearch } from "@/db/saved/write";
import { roleIn } from "@/lib/authz";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { savedTargetOf } from "@/lib/saved/target";
import { unsubscribeTokenTarget, verifyUnsubscribeToken } from "@/lib/saved/token";
import { MAX_SAVED_SEARCHES, savedSearchSchemas } from "@/lib/validation/saved";
import { failWith, formToObject, fromError, ok, type ActionResult } from "./result";
import { FieldProblems, signedInAction } from "./signed-in-action";

async function schemas() {
  return savedSearchSchemas(await getTranslations("saved.errors"));
}

async function notFoundError() {
  return new AppError("not_found", (await getTranslations("saved.errors"))("notFound"));
}

// The schemas' and the errors' texts come from next-intl translators, in the reader's language already.
const SAVED_FORM = { keepValues: true, translated: true } as const;

/** "Save search": the page's path and query string, a name and an alert frequency. */
export const saveSearch = signedInAction(
  async () => (await schemas()).save,
  async (input, user) => {
    const t = await getTranslations("saved.errors");
    const target = savedTargetOf(input.path, input.query);
    if (!target) throw new FieldProblems({ path: [t("notSearch")] }, t("notSearch"));
    const locale = await getLocale();
    const saved = await getDb().transaction(async (tx) => {
      if (target.interestId !== null) {
        // An interest's matches are its organisation's members' only (docs/authorisation.md).
        const owner = await interestOwner(tx, target.interestId);
        if (owner === null) throw await notFoundError();
        if ((await roleIn(tx, user.id, owner)) === null) throw new AppError("forbidden", t("notYourInterest"));
      }
      if ((await countSavedSearches(tx, user.id)) >= MAX_SAVED_SEARCHES) throw new AppError("conflict", t("tooMany", { max: MAX_SAVED_SEARCHES }));
      return upsertSavedSearch(tx, user.id, { name: input.name, alert: input.alert, locale, target, now: new Date() });
    });
    revalidatePath("/saved");
    return ok({ id: saved.id, name: saved.name });
  },
  SAVED_FORM,
);

export const renameSavedSearch = signedInAction(
  async () => (await schemas()).rename,
  async ({ id, name }, user) => {
    const done = await getDb().transaction((tx) => renameSaved(tx, user.id, id, name, new Date()));
    return savedSearchChanged(done, id);
  },
  SAVED_FORM,
);

export const setSavedSearchAlert = signedInAction(
  async () => (await schemas()).alert,
  async ({ id, alert }, user) => {
    const locale = await getLocale();
    const done = await getDb().transaction((tx) => setAlert(tx, user.id, id, alert, locale, new Date()));
    return savedSearchChanged(done, id);
  },
  SAVED_FORM,
);

export const deleteSavedSearch = signedInAction(
  async () => (await schemas()).remove,
  async ({ id }, user) => {
    const done = await getDb().transaction((tx) => removeSaved(tx, user.id, id));
    return savedSearchChanged(done, id);
  },
  SAVED_FORM,
);

/** After a change to one of the user's saved searches: "not found" when it was not theirs (or is gone). */
async function savedSearchChanged(done: boolean, id: number): Promise<ActionResult<{ id: number }>> {
  if (!done) throw await notFoundError();
  revalidatePath("/saved");
  return ok({ id });
}

/**
 * The unsubscribe link of an alert mail, signed in or not: the token must be the one signed for
 * this saved search and its owner, and unexpired. It switches off that one saved search's alerts.
 */
export async function unsubscribeAlert(_: ActionResult, form: FormData): Promise<ActionResult<{ name: string; already: boolean }>> {
  const values = formToObject(form);
  try {
    const t = await getTranslations("saved.unsubscribe");
    const parsed = (await schemas()).unsubscribe.safeParse(values);
    if (!parsed.success) return failWith("invalid", t("invalid"));
    const id = unsubscribeTokenTarget(parsed.data.token);
    const result = await getDb().transaction(async (tx) => {
      const search = id === null ? null : await savedSearchForToken(tx, id);
      if (!search) return "invalid" as const;
      const check = verifyUnsubscribeToken(parsed.data.token, { savedSearchId: search.id, userId: search.userId }, env().AUTH_SECRET);
      if (check !== "valid") return check;
      const switched = await switchOffAlert(tx, search.id, search.userId, new Date());
      return { name: search.name, already: !switched };
    });
    if (result === "invalid" || result === "expired") return failWith("invalid", t(result));
    revalidatePath("/saved");
    return ok(result);
  } catch (error) {
    return fromError(error);
  }
}
