"use server";
// The reader's interface language, kept in a cookie for a year. Anyone may choose their own
// language, signed in or not: the cookie is theirs and changes nothing but how pages read. A
// signed-in user's choice is also kept on their account (users.locale): the language of the mail
// Consortia sends them.
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { users } from "@/db/schema/accounts";
import { getCurrentUser } from "@/lib/current-user";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

const localeInput = z.object({ locale: z.enum(LOCALES) });

export async function setLocale(form: FormData): Promise<void> {
  const parsed = localeInput.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return; // an unknown language changes nothing
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  // Only the asking user's own row: the session says whose.
  const user = await getCurrentUser();
  if (user) await getDb().transaction((tx) => tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, user.id)));
  revalidatePath("/", "layout");
}
