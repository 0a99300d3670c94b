// A rendered page's element inside next-intl's client provider, for renderToStaticMarkup in tests
// (client components call useTranslations). The server functions are mocked for every test file
// by lib/testing/next-intl.ts.
import { createElement } from "react";
import { NextIntlClientProvider } from "next-intl";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

export async function withIntl(element: React.ReactElement, locale: Locale = "en"): Promise<React.ReactElement> {
  const props = { locale, messages: await loadMessages(locale), timeZone: TIME_ZONE } as React.ComponentProps<typeof NextIntlClientProvider>;
  return createElement(NextIntlClientProvider, props, element);
}

