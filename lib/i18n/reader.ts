// The reader's language on the server, for texts said outside React: action results, field
// errors, errors. Outside a request (tests, the CLI) the language is English unless a test
// mocks next-intl/server's getLocale.
import { getLocale } from "next-intl/server";
import { de, fr, pl } from "zod/locales";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import { loadMessages } from "./messages";
import { whoSaid } from "./registry";
import { render, say, type MessageKey, type MessageValues } from "./say";

const ZOD_LOCALES = { fr: fr(), de: de(), pl: pl() } as const;

// The texts lib/actions/result.ts and lib/errors.ts write in English (they load no catalogue,
// the forms import them): said once here so that the reader gets them in their language.
say("forms.correctFields");
say("forms.internal");
say("forms.notSignedIn");
say("forms.forbidden");
// lib/authz.ts and lib/current-user.ts
say("forms.onlyMembers");
say("forms.onlyOwners");
say("forms.onlyAdmins");
say("forms.organisationNotFound");
say("forms.confirmEmailFirst");

export async function readerLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // no request: English
  }
}

export interface Reader {
  locale: Locale;
  /** A catalogue key in the reader's language. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** An English text said by say() (or a zod issue) in the reader's language; any other text as it is. */
  text: (english: string) => string;
}

export async function reader(locale?: Locale): Promise<Reader> {
  const chosen = locale ?? (await readerLocale());
  const messages = await loadMessages(chosen);
  const t = (key: MessageKey, values?: MessageValues) => render(messages, chosen, { key, values }) ?? key;
  const text = (english: string) => {
    if (chosen === "en") return english;
    const said = whoSaid(english);
    if (!said) return english;
    if ("key" in said) return render(messages, chosen, said) ?? english;
    const zodLocale = ZOD_LOCALES[chosen as keyof typeof ZOD_LOCALES];
    const translated = zodLocale?.localeError(said.issue as never);
    return typeof translated === "string" ? translated : (translated?.message ?? english);
  };
  return { locale: chosen, t, text };
}

/** An action's result with its message and field errors in the reader's language. */
export async function localise<R extends ActionResult<unknown>>(result: R): Promise<R> {
  if (result.status === "idle") return result;
  if (result.status === "ok" && !result.message) return result;
  const { text } = await reader();
  if (result.status === "ok") return { ...result, message: text(result.message!) };
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(result.fieldErrors)) fieldErrors[field] = messages?.map(text);
  return { ...result, message: text(result.message), fieldErrors };
}

/** An action whose answers reach the reader in their language (redirects pass through). */
export function localised<A extends unknown[], R extends ActionResult<unknown>>(action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => localise(await action(...args));
}
