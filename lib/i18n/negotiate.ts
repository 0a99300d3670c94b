// Which interface language and which formatting locale a request gets: the reader's choice (the
// locale cookie) first, else the best match of the browser's Accept-Language, else English.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_FORMAT_LOCALES, DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./config";

/** Longest Accept-Language header we look at: a browser sends a few dozen bytes. */
const MAX_HEADER_LENGTH = 512;

function requestedLanguages(acceptLanguage: string | null | undefined): string[] {
  if (!acceptLanguage) return [];
  const languages = new Negotiator({ headers: { "accept-language": acceptLanguage.slice(0, MAX_HEADER_LENGTH) } }).languages();
  return languages.filter((tag) => {
    if (tag === "*") return false;
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false; // not a well-formed language tag
    }
  });
}

/** The interface language for a request. */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  const requested = requestedLanguages(input.acceptLanguage);
  if (requested.length === 0) return DEFAULT_LOCALE;
  const found = match(requested, [...LOCALES], DEFAULT_LOCALE);
  return isLocale(found) ? found : DEFAULT_LOCALE;
}

/**
 * The locale numbers, dates and money are formatted with: the browser's own regional variant
 * when it speaks the interface language (de-AT, fr-BE, en-IE), else that language's default
 * region (en-GB, fr-FR, de-DE, pl-PL). A bare "en" is British English: Consortia is European.
 */
export function formatLocaleFor(locale: Locale, acceptLanguage?: string | null): string {
  for (const tag of requestedLanguages(acceptLanguage)) {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    if (!canonical) continue;
    const [language, ...rest] = canonical.split("-");
    if (language !== locale) continue;
    if (rest.length === 0) break;
    if (Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0) return canonical;
  }
  return DEFAULT_FORMAT_LOCALES[locale];
}
