// The words of a mail in its recipient's language: the "mail" catalogue namespace, rendered
// outside any request (mail is queued by actions, jobs and the CLI alike), so from the
// catalogues themselves rather than next-intl's request configuration.
import { DEFAULT_FORMAT_LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { render } from "@/lib/i18n/say";

export type MailValues = Record<string, string | number>;

export interface MailWords {
  locale: Locale;
  /** How dates and numbers are written for this language ("fr-FR"). */
  formatLocale: string;
  /** A key of the "mail" namespace ("verify.subject") in this language. */
  t: (key: string, values?: MailValues) => string;
}

/**
 * The language a mail is written in: the recipient's own (users.locale) when it is known, else
 * the fallback (the language of whoever caused the mail: the inviter, the person registering),
 * else English.
 */
export function mailLocale(recipient: string | null | undefined, fallback?: string | null): Locale {
  if (isLocale(recipient)) return recipient;
  if (isLocale(fallback)) return fallback;
  return DEFAULT_LOCALE;
}

export async function mailWords(locale: Locale): Promise<MailWords> {
  const messages = await loadMessages(locale);
  const t = (key: string, values?: MailValues) => {
    const text = render(messages, locale, { key: `mail.${key}`, values });
    if (text === undefined) throw new Error(`No mail message ${key} in ${locale}`);
    return text;
  };
  return { locale, formatLocale: DEFAULT_FORMAT_LOCALES[locale], t };
}

/** The words for a recipient: mailWords(mailLocale(recipient, fallback)). */
export function mailWordsFor(recipient: string | null | undefined, fallback?: string | null): Promise<MailWords> {
  return mailWords(mailLocale(recipient, fallback));
}
