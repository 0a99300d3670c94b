"use client";
// Shown only when the root layout itself fails: it renders its own document, so it is plain, and
// it has no next-intl provider: it reads its few words from the catalogues itself, in the language
// of the locale cookie or else the browser's.
import de from "@/lib/i18n/messages/de/errors.json";
import en from "@/lib/i18n/messages/en/errors.json";
import fr from "@/lib/i18n/messages/fr/errors.json";
import pl from "@/lib/i18n/messages/pl/errors.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";

const catalogues: Record<Locale, typeof en> = { en, fr, de, pl };

function readerLocale(): Locale {
  if (typeof document === "undefined") return DEFAULT_LOCALE;
  const cookie = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`))?.split("=")[1];
  if (isLocale(cookie)) return cookie;
  const browser = navigator.languages.map((l) => l.split("-")[0]).find(isLocale);
  return browser ?? DEFAULT_LOCALE;
}

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = readerLocale();
  const t = catalogues[locale].global;
  return (
    <html lang={locale} suppressHydrationWarning>
      <body style={{ fontFamily: "system-ui, sans-serif", color: "#0f172a", background: "#f8fafc", margin: 0 }}>
        <main style={{ maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem", textAlign: "center" }}>
          <h1 style={{ fontSize: "1.75rem" }}>{t.title}</h1>
          <p style={{ color: "#475569" }}>{t.text}</p>
          <button
            type="button"
            onClick={() => retry()}
            style={{ marginTop: "1rem", background: "#1d3f94", color: "#fff", border: 0, borderRadius: "0.375rem", padding: "0.5rem 1rem", cursor: "pointer" }}
          >
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
