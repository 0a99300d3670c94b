// The interface languages and how a locale is written for formatting. Pure: no request, no React.
// Project content is never translated: it keeps the language its source published it in.

export const LOCALES = ["en", "fr", "de", "pl"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that keeps a reader's chosen language (the name next-intl's own middleware uses). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's own name, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch", pl: "Polski" };

/**
 * The region a bare language is formatted for when the browser names none of its own:
 * British English ("30 Nov 2002"), France, Germany, Poland.
 */
export const DEFAULT_FORMAT_LOCALES: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", de: "de-DE", pl: "pl-PL" };

/** Dates are shown in the time zone of the EU institutions unless a page says otherwise. */
export const TIME_ZONE = "Europe/Brussels";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
