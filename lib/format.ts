// Formatting of money, rates, dates, counts and language names for the reader's locale.
// Pure functions: the locale is an argument (pages read it from Accept-Language), never global state.

export const DEFAULT_LOCALE = "en-GB";

/** Longest Accept-Language header we look at: a browser sends a few dozen bytes. */
const MAX_HEADER_LENGTH = 512;

/**
 * The best locale this runtime can format for, from an Accept-Language header.
 * Entries are tried by quality (q), the first one Intl supports wins. A bare "en" is read as
 * British English: Consortia is a European product and "30 Nov 2002" reads better here than
 * "Nov 30, 2002". Anything unusable gives DEFAULT_LOCALE.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  if (!header) return DEFAULT_LOCALE;
  const entries = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);

  for (const { tag } of entries) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      continue; // not a well-formed language tag
    }
    if (!canonical) continue;
    if (canonical.toLowerCase() === "en") return DEFAULT_LOCALE;
    if (Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0) {
      return canonical;
    }
  }
  return DEFAULT_LOCALE;
}

type Numeric = string | number | null | undefined;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A finite number or a plain decimal string (as Postgres `numeric` arrives); null otherwise. */
function toDecimal(value: Numeric): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? trimmed : null;
}

/**
 * An amount of money, e.g. "€1,200,000.00" (en-GB) or "1 200 000,00 €" (fr-FR).
 * Decimal strings are formatted exactly (no float rounding on large `numeric` values).
 */
export function formatMoney(value: Numeric, locale: string, currency = "EUR"): string | null {
  const decimal = toDecimal(value);
  if (decimal === null) return null;
  const format = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Intl formats decimal strings exactly; the lib types only know numbers.
  return format.format(decimal as unknown as number);
}

/** A rate given in percent (43.80 means 43.8 %), e.g. "43.8%" (en-GB) or "43,8 %" (fr-FR). */
export function formatPercent(value: Numeric, locale: string): string | null {
  const decimal = toDecimal(value);
  if (decimal === null) return null;
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(Number(decimal) / 100);
}

/** A count, e.g. "12,900". */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A calendar date from "YYYY-MM-DD", e.g. "30 Nov 2002" (en-GB) or "Nov 30, 2002" (en-US). */
export function formatDate(value: string | null | undefined, locale: string): string | null {
  if (!value) return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return null;
  // UTC both ways: a date has no time zone, and the server's zone must not shift it by a day.
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** The name of a language in the reader's locale: "pl" → "Polish" (en-GB). Unknown codes come back as given. */
export function formatLanguage(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Eurostat and CORDIS write Greece and the United Kingdom as EL and UK; ISO 3166 says GR and GB. */
const ISO_REGION: Record<string, string> = { EL: "GR", UK: "GB" };

/**
 * English names that changed after the CORDIS reference list the knowledge base's countries come
 * from was made, as the EU's Interinstitutional Style Guide (its list of countries) writes them now:
 * the list still says "Former Yugoslav Republic of Macedonia" (renamed 2019), "Czech Republic"
 * (short name Czechia since 2016), "Swaziland" (2018), "Turkey" (Türkiye, 2022). The list's names
 * stay searchable (db/queries/places.ts keeps them as aliases).
 */
export const CURRENT_ENGLISH_NAMES: Readonly<Record<string, string>> = { CZ: "Czechia", MK: "North Macedonia", SZ: "Eswatini", TR: "Türkiye" };

/**
 * A country's name in the reader's locale from its code (Eurostat style: EL, UK), e.g. "DE" →
 * "Allemagne" (fr-FR). English keeps the name the data gives (`english`), which the sources chose
 * (CLDR's "St. Lucia", "Congo - Kinshasa" are not the EU's), except where the country has been
 * renamed since (CURRENT_ENGLISH_NAMES); an unknown code gives that name, or the code itself.
 */
export function formatCountry(code: string | null | undefined, locale: string, english?: string | null): string | null {
  if (!code) return english?.trim() || null;
  const upper = code.trim().toUpperCase();
  if (locale.toLowerCase().startsWith("en") && english) return CURRENT_ENGLISH_NAMES[upper] ?? english.trim();
  const region = ISO_REGION[upper] ?? upper;
  try {
    const name = new Intl.DisplayNames(locale, { type: "region", fallback: "none" }).of(region);
    return name ?? english ?? code;
  } catch {
    return english ?? code;
  }
}

/** A target place's name: a country (two-letter code) in the reader's locale, a NUTS region as NUTS writes it. */
export function formatPlace(place: { code: string; name: string }, locale: string): string {
  return place.code.length === 2 ? (formatCountry(place.code, locale, place.name) ?? place.name) : place.name;
}

/** "1 project" / "3 projects": English nouns with the count formatted for the locale. */
export function formatCount(value: number, singular: string, plural: string, locale: string): string {
  return `${formatNumber(value, locale)} ${value === 1 ? singular : plural}`;
}

/** Countries (code and English name) as one list in the reader's language and order: "Österreich, Slowenien, Ungarn". */
export function formatCountryList(countries: readonly { code: string; name: string }[], locale: string): string {
  return localiseCountries(countries, locale).map((c) => c.name).join(", ");
}

/** A list of countries (code and English name) named in the reader's locale and sorted the way that language sorts. */
export function localiseCountries<C extends { code: string; name: string }>(countries: readonly C[], locale: string): C[] {
  const collator = new Intl.Collator(locale);
  return countries.map((c) => ({ ...c, name: formatCountry(c.code, locale, c.name) ?? c.name })).sort((a, b) => collator.compare(a.name, b.name));
}
