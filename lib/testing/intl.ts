// next-intl's server functions for tests: pages and server actions call getTranslations(),
// which needs the Next.js request configuration; tests render them in English (or a chosen
// language) from the real catalogues. `vi.mock("next-intl/server", async () => (await import("@/lib/testing/intl")).nextIntlServerModule)`.
import { createFormatter, createTranslator } from "next-intl";
import { DEFAULT_LOCALE, TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { loadMessages, type Namespace } from "@/lib/i18n/messages";

const current = { locale: DEFAULT_LOCALE as Locale };

/** The language the mocked getTranslations answers in (English unless a test says otherwise). */
export function useTestLocale(locale: Locale): void {
  current.locale = locale;
}

export async function testTranslations(namespace: Namespace | { namespace: Namespace; locale?: Locale }) {
  const ns = typeof namespace === "string" ? namespace : namespace.namespace;
  const locale = (typeof namespace === "string" ? undefined : namespace.locale) ?? current.locale;
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: ns, timeZone: TIME_ZONE });
}

export const nextIntlServerModule = {
  getTranslations: testTranslations,
  getLocale: async () => current.locale,
  getFormatter: async () => createFormatter({ locale: current.locale, timeZone: TIME_ZONE }),
  getMessages: async () => loadMessages(current.locale),
  getTimeZone: async () => TIME_ZONE,
};

/** A rendered page's element inside next-intl's client provider, for renderToStaticMarkup in tests. */
export async function withIntl(element: React.ReactElement): Promise<React.ReactElement> {
  const { createElement } = await import("react");
  const { NextIntlClientProvider } = await import("next-intl");
  return createElement(NextIntlClientProvider, { locale: current.locale, messages: await loadMessages(current.locale), timeZone: TIME_ZONE, children: element });
}

/** English translators only, for tests of actions and jobs: `vi.mock("next-intl/server", () => import("@/lib/testing/intl").then((m) => m.intlServerModule()))`. */
export async function intlServerModule() {
  const messages = await loadMessages("en");
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }),
    getLocale: async () => "en",
  };
}
