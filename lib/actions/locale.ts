"use server";
// The reader's interface language, kept in a cookie for a year. Anyone may choose their own
// language, signed in or not: the cookie is theirs and changes nothing but how pages read.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

const localeInput = z.object({ locale: z.enum(LOCALES) });

export async function setLocale(form: FormData): Promise<void> {
  const parsed = localeInput.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return; // an unknown language changes nothing
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  revalidatePath("/", "layout");
}
