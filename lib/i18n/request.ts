// next-intl's request configuration (named in next.config.ts): the reader's language from the
// locale cookie or Accept-Language, its catalogues, and the time zone. No locale in the URL: a
// page's address is the same in every language, so shared links work for everyone.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE } from "./config";
import { loadMessages } from "./messages";
import { negotiateLocale } from "./negotiate";

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale({ cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get("accept-language") });
  return { locale, messages: await loadMessages(locale), timeZone: TIME_ZONE };
});
