// The translator of the alert mail, in the language the member last used for their saved
// searches: outside a request (the job runs in the worker or on a timer), so next-intl's
// createTranslator over the catalogue rather than getTranslations.
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, TIME_ZONE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { MailTranslator } from "./digest";

export async function digestTranslator(locale: string): Promise<MailTranslator> {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = await loadMessages(lang);
  const t = createTranslator({ locale: lang, messages, namespace: "saved.mail", timeZone: TIME_ZONE });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}
