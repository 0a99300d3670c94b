// Replaces next-intl/server in tests that render pages or run actions outside a request:
// `vi.mock("next-intl/server", async () => (await import("@/lib/testing/i18n")).nextIntlServer)`,
// then `readIn("fr")` to read in French (English by default).
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

const current = { locale: "en" as Locale };

export function readIn(locale: Locale): void {
  current.locale = locale;
}

export const nextIntlServer = {
  getLocale: async () => current.locale,
  getTranslations: async (namespace?: string) => {
    const messages = await loadMessages(current.locale);
    return createTranslator({ locale: current.locale, messages, namespace: namespace as never, timeZone: "Europe/Brussels" });
  },
};
