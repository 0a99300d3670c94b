"use server";
// Saved-search actions: save a search (or an interest's match list), rename, change its alert,
// delete; and the unsubscribe link of an alert mail, which works without signing in. Each
// follows the one shape: who asks → zod → may they → one transaction → revalidate → typed
// result. A saved search is its owner's alone: anyone else's is "not found".
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { savedSearchForToken } from "@/db/saved/queries";
import { interestOwner } from "@/db/saved/results";
import { countSavedSearches, deleteSavedSearch as removeSaved, renameSavedSearch as renameSaved, setSavedSearchAlert as setAlert, switchOffAlert, upsertSavedSearch } from "@/db/saved/write";
import { roleIn } from "@/lib/authz";
import { requireUser } from "@/lib/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { savedTargetOf } from "@/lib/saved/target";
import { unsubscribeTokenTarget, verifyUnsubscribeToken } from "@/lib/saved/token";
import { MAX_SAVED_SEARCHES, savedSearchSchemas } from "@/lib/validation/saved";
import { fail, failWith, formToObject, fromError, ok, type ActionResult } from "./result";

async function schemas() {
  return savedSearchSchemas(await getTranslations("saved.errors"));
}

async function notFoundError() {
  return new AppError("not_found", (await getTranslations("saved.errors"))("notFound"));
}

/** "Save search": the page's path and query string, a name and an alert frequency. */
export async function saveSearch(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number; name: string }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const t = await getTranslations("saved.errors");
    const parsed = (await schemas()).save.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const target = savedTargetOf(parsed.data.path, parsed.data.query);
    if (!target) return failWith("invalid", t("notSearch"), { path: [t("notSearch")] }, values);
    const locale = await getLocale();
    const saved = await getDb().transaction(async (tx) => {
      if (target.interestId !== null) {
        // An interest's matches are its organisation's members' only (docs/authorisation.md).
        const owner = await interestOwner(tx, target.interestId);
        if (owner === null) throw await notFoundError();
        if ((await roleIn(tx, user.id, owner)) === null) throw new AppError("forbidden", t("notYourInterest"));
      }
      if ((await countSavedSearches(tx, user.id)) >= MAX_SAVED_SEARCHES) throw new AppError("conflict", t("tooMany", { max: MAX_SAVED_SEARCHES }));
      return upsertSavedSearch(tx, user.id, { name: parsed.data.name, alert: parsed.data.alert, locale, target, now: new Date() });
    });
    revalidatePath("/saved");
    return ok({ id: saved.id, name: saved.name });
  } catch (error) {
    return fromError(error);
  }
}

export async function renameSavedSearch(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = (await schemas()).rename.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const done = await getDb().transaction((tx) => renameSaved(tx, user.id, parsed.data.id, parsed.data.name, new Date()));
    if (!done) throw await notFoundError();
    revalidatePath("/saved");
    return ok({ id: parsed.data.id });
  } catch (error) {
    return fromError(error);
  }
}

export async function setSavedSearchAlert(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = (await schemas()).alert.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const locale = await getLocale();
    const done = await getDb().transaction((tx) => setAlert(tx, user.id, parsed.data.id, parsed.data.alert, locale, new Date()));
    if (!done) throw await notFoundError();
    revalidatePath("/saved");
    return ok({ id: parsed.data.id });
  } catch (error) {
    return fromError(error);
  }
}

export async function deleteSavedSearch(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = (await schemas()).remove.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const done = await getDb().transaction((tx) => removeSaved(tx, user.id, parsed.data.id));
    if (!done) throw await notFoundError();
    revalidatePath("/saved");
    return ok({ id: parsed.data.id });
  } catch (error) {
    return fromError(error);
  }
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
