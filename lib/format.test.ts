import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  formatCount,
  formatCountry,
  formatCountryList,
  formatDate,
  formatLanguage,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPlace,
  localeFromAcceptLanguage,
  localiseCountries,
} from "./format";

// Intl separates French groups with a narrow no-break space and puts a no-break space before "€"/"%".
const spaces = (s: string | null) => s?.replace(/[\u202f\u00a0]/g, " ");

describe("localeFromAcceptLanguage", () => {
  it("defaults to en-GB without a usable header", () => {
    expect(localeFromAcceptLanguage(null)).toBe(DEFAULT_LOCALE);
    expect(localeFromAcceptLanguage("")).toBe("en-GB");
    expect(localeFromAcceptLanguage("*")).toBe("en-GB");
    expect(localeFromAcceptLanguage("!!!, ;q=1")).toBe("en-GB");
    expect(localeFromAcceptLanguage("xx-notalocale")).toBe("en-GB");
  });

  it("picks the entry with the highest quality", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr-FR");
    expect(localeFromAcceptLanguage("de;q=0.5, pl-PL;q=0.9")).toBe("pl-PL");
    expect(localeFromAcceptLanguage("it;q=0, es")).toBe("es");
  });

  it("reads a bare 'en' as British English but keeps a regional English", () => {
    expect(localeFromAcceptLanguage("en")).toBe("en-GB");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en-US");
  });

  it("canonicalises the case of a tag", () => {
    expect(localeFromAcceptLanguage("EN-gb")).toBe("en-GB");
  });
});

describe("formatMoney", () => {
  it("formats euros for the locale, exactly from a decimal string", () => {
    expect(formatMoney("1200000.00", "en-GB")).toBe("€1,200,000.00");
    expect(formatMoney(49562.63, "en-GB")).toBe("€49,562.63");
    expect(spaces(formatMoney("1200000", "fr-FR"))).toBe("1 200 000,00 €");
    expect(formatMoney("12345678901234.57", "en-GB")).toBe("€12,345,678,901,234.57");
  });

  it("gives null for missing or malformed values", () => {
    expect(formatMoney(null, "en-GB")).toBeNull();
    expect(formatMoney(undefined, "en-GB")).toBeNull();
    expect(formatMoney("abc", "en-GB")).toBeNull();
    expect(formatMoney(Number.NaN, "en-GB")).toBeNull();
  });
});

describe("formatPercent", () => {
  it("formats a rate given in percent", () => {
    expect(formatPercent("43.80", "en-GB")).toBe("43.8%");
    expect(formatPercent("85.00", "en-GB")).toBe("85%");
    expect(formatPercent(81.7, "en-GB")).toBe("81.7%");
    expect(spaces(formatPercent("43.8", "fr-FR"))).toBe("43,8 %");
  });

  it("gives null for a missing rate", () => {
    expect(formatPercent(null, "en-GB")).toBeNull();
    expect(formatPercent("n/a", "en-GB")).toBeNull();
  });
});

describe("formatDate", () => {
  it("formats an ISO date for the locale without shifting the day", () => {
    expect(formatDate("2002-11-30", "en-GB")).toBe("30 Nov 2002");
    expect(formatDate("2002-11-30", "en-US")).toBe("Nov 30, 2002");
    expect(formatDate("2009-12-31", "fr-FR")).toBe("31 déc. 2009");
    expect(formatDate("2004-12-30T00:00:00Z", "en-GB")).toBe("30 Dec 2004");
  });

  it("gives null for missing or impossible dates", () => {
    expect(formatDate(null, "en-GB")).toBeNull();
    expect(formatDate("", "en-GB")).toBeNull();
    expect(formatDate("30/11/2002", "en-GB")).toBeNull();
    expect(formatDate("2002-02-30", "en-GB")).toBeNull();
  });
});

describe("counts and languages", () => {
  it("formats counts with grouping and a noun", () => {
    expect(formatNumber(12900, "en-GB")).toBe("12,900");
    expect(formatCount(1, "project", "projects", "en-GB")).toBe("1 project");
    expect(formatCount(1234, "project", "projects", "en-GB")).toBe("1,234 projects");
  });

  it("names languages in the reader's locale", () => {
    expect(formatLanguage("pl", "en-GB")).toBe("Polish");
    expect(formatLanguage("fr", "de-DE")).toBe("Französisch");
    expect(formatLanguage("not a code", "en-GB")).toBe("not a code");
  });

  it("names countries in the reader's locale from Eurostat codes, keeping the data's English names", () => {
    expect(formatCountry("DE", "fr-FR", "Germany")).toBe("Allemagne");
    expect(formatCountry("EL", "de-DE", "Greece")).toBe("Griechenland");
    expect(formatCountry("UK", "pl-PL", "United Kingdom")).toBe("Wielka Brytania");
    expect(formatCountry("EL", "en-GB", "Greece")).toBe("Greece");
    expect(formatCountry("CZ", "en-GB", null)).toBe("Czechia");
    // Renamed since the CORDIS list was made: the current name in English too; a stray space trimmed.
    expect(formatCountry("MK", "en-GB", "Former Yugoslav Republic of Macedonia")).toBe("North Macedonia");
    expect(formatCountry("CZ", "en-GB", "Czech Republic")).toBe("Czechia");
    expect(formatCountry("TR", "en-GB", "Turkey")).toBe("Türkiye");
    expect(formatCountry("SZ", "en-GB", "Swaziland")).toBe("Eswatini");
    expect(formatCountry("SS", "en-GB", "South Sudan ")).toBe("South Sudan");
    expect(formatCountry("MK", "de-DE", "Former Yugoslav Republic of Macedonia")).toBe("Nordmazedonien");
  });

  it("says a list of countries in the reader's language and order", () => {
    const wanted = [{ code: "AT", name: "Austria" }, { code: "HU", name: "Hungary" }, { code: "SI", name: "Slovenia" }];
    expect(formatCountryList(wanted, "de-DE")).toBe("Österreich, Slowenien, Ungarn");
    expect(formatCountryList(wanted, "en-GB")).toBe("Austria, Hungary, Slovenia");
    expect(formatCountryList([{ code: "TR", name: "Turkey" }, { code: "CZ", name: "Czech Republic" }], "en-GB")).toBe("Czechia, Türkiye");
    expect(formatCountryList([], "fr-FR")).toBe("");
    expect(formatCountry("Q9", "fr-FR", "Nowhere")).toBe("Nowhere");
    expect(formatCountry(null, "fr-FR", "Somewhere")).toBe("Somewhere");
    expect(formatCountry(null, "fr-FR")).toBeNull();
  });

  it("names a target place: a country in the reader's locale, a NUTS region as NUTS writes it", () => {
    expect(formatPlace({ code: "SI", name: "Slovenia" }, "de-DE")).toBe("Slowenien");
    expect(formatPlace({ code: "SI", name: "Slovenia" }, "en-GB")).toBe("Slovenia");
    expect(formatPlace({ code: "AT22", name: "Steiermark" }, "fr-FR")).toBe("Steiermark");
  });
});

describe("localiseCountries", () => {
  const list = [
    { code: "AT", name: "Austria" },
    { code: "DE", name: "Germany" },
    { code: "EL", name: "Greece" },
    { code: "SI", name: "Slovenia" },
  ];
  it("names the countries in the reader's language and sorts them the way it sorts", () => {
    expect(localiseCountries(list, "de-DE").map((c) => c.name)).toEqual(["Deutschland", "Griechenland", "Österreich", "Slowenien"]);
    expect(localiseCountries(list, "fr-FR").map((c) => [c.code, c.name])).toEqual([["DE", "Allemagne"], ["AT", "Autriche"], ["EL", "Grèce"], ["SI", "Slovénie"]]);
  });
  it("keeps the data's English names in English, and the list it was given as it was", () => {
    expect(localiseCountries(list, "en-GB")).toEqual(list);
    expect(list[1]!.name).toBe("Germany");
  });
});
