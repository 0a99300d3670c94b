import { describe, expect, it } from "vitest";
import { formatLocaleFor, negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("takes the reader's choice from the cookie over the browser's languages", () => {
    expect(negotiateLocale({ cookie: "pl", acceptLanguage: "fr-FR,fr;q=0.9" })).toBe("pl");
  });

  it("ignores a cookie that names no interface language", () => {
    expect(negotiateLocale({ cookie: "xx", acceptLanguage: "de-AT,de;q=0.8" })).toBe("de");
  });

  it("picks the best supported language by quality", () => {
    expect(negotiateLocale({ acceptLanguage: "it-IT,it;q=0.9,fr;q=0.8,en;q=0.5" })).toBe("fr");
    expect(negotiateLocale({ acceptLanguage: "pl-PL" })).toBe("pl");
  });

  it("falls back to English for no header, an unsupported language or garbage", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "ja-JP" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: ";;;,,q=abc" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "x".repeat(5000) })).toBe("en");
  });
});

describe("formatLocaleFor", () => {
  it("keeps the browser's region when it speaks the interface language", () => {
    expect(formatLocaleFor("de", "de-AT,de;q=0.9")).toBe("de-AT");
    expect(formatLocaleFor("fr", "fr-BE")).toBe("fr-BE");
  });

  it("uses the language's default region otherwise", () => {
    expect(formatLocaleFor("en", "en")).toBe("en-GB");
    expect(formatLocaleFor("pl", "de-DE")).toBe("pl-PL");
    expect(formatLocaleFor("fr", null)).toBe("fr-FR");
  });
});
