// The formatting locale of the current request (e.g. "de-AT"), for lib/format's pure functions.
import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { Locale } from "./config";
import { formatLocaleFor } from "./negotiate";

export async function getFormatLocale(): Promise<string> {
  const [locale, headerList] = await Promise.all([getLocale(), headers()]);
  return formatLocaleFor(locale as Locale, headerList.get("accept-language"));
}
