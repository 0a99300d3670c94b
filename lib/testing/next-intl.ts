// vitest setup: next-intl's server functions outside a Next.js request. Pages, server components
// and actions called directly by tests translate with the real catalogues — English unless a test
// picks another language with `useTestLocale("fr")` — so a missing key still fails loudly.
import { createFormatter, createTranslator } from "use-intl/core";
import { vi } from "vitest";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

const state = { locale: "en" as Locale };

/** The language next-intl's server functions answer in for the rest of the test file. */
export function useTestLocale(locale: Locale): void {
  state.locale = locale;
}

type TranslationsArg = string | { locale?: Locale; namespace?: string } | undefined;

vi.mock("next-intl/server", () => ({
  getLocale: async () => state.locale,
  getMessages: async (options?: { locale?: Locale }) => loadMessages(options?.locale ?? state.locale),
  getTimeZone: async () => TIME_ZONE,
  getNow: async () => new Date(),
  getFormatter: async (options?: { locale?: Locale }) => createFormatter({ locale: options?.locale ?? state.locale, timeZone: TIME_ZONE }),
  getTranslations: async (arg: TranslationsArg) => {
    const locale = (typeof arg === "object" && arg?.locale) || state.locale;
    const namespace = typeof arg === "string" ? arg : arg?.namespace;
    const messages = await loadMessages(locale);
    return createTranslator({ locale, messages, namespace: namespace as never, timeZone: TIME_ZONE });
  },
  getRequestConfig: (factory: unknown) => factory,
  setRequestLocale: () => undefined,
}));
