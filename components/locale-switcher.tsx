"use client";
// The interface language: a select that applies on change (with a button when JavaScript is off).
// Each language is named in itself and marked with its language for screen readers. Its words come
// from the server (site-footer): next-intl's client hooks would put the ICU message formatter in
// every page's first-load JavaScript for two strings.
import { useRef } from "react";
import { setLocale } from "@/lib/actions/locale";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";

export function LocaleSwitcher({ locale, label, apply }: { locale: Locale; label: string; apply: string }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={setLocale} className="flex items-center gap-2">
      <label htmlFor="locale-switcher" className="text-sm">
        {label}
      </label>
      <select
        id="locale-switcher"
        name="locale"
        defaultValue={locale}
        key={locale}
        onChange={() => form.current?.requestSubmit()}
        className="h-8 rounded-md border bg-background px-2 text-sm text-foreground"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border px-2 py-1 text-sm">
          {apply}
        </button>
      </noscript>
    </form>
  );
}
