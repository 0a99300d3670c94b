// Texts that code outside React says to people (zod messages, action results, errors) written
// once as catalogue keys. say(key, values) gives the English text — what the API, the CLI and
// the logs see, unchanged — and remembers which key and values produced it, so that the server
// can give the reader the same text in their language (lib/i18n/reader.ts) before an action
// answers. Pure: no request, no React.
//
// The catalogues are formatted with use-intl's translator, never with intl-messageformat over the
// raw pattern: in the Next.js build the catalogues are precompiled (next.config.ts: a message is an
// array, not an ICU string, and use-intl formats it without the ICU parser), while vitest, the CLI
// and the worker read the JSON as written. The translator reads either.
import { createTranslator } from "use-intl/core";
import { TIME_ZONE, type Locale } from "./config";
import { english, type Messages } from "./messages";
import { remember, type Said } from "./registry";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A full catalogue key, namespace first ("validation.email.required"). */
export type MessageKey = Leaves<Messages>;
export type MessageValues = Record<string, string | number>;

/** The message at a full key: an ICU string, or its precompiled form (an array) in the Next.js build. */
export function messageAt(messages: unknown, key: string): string | unknown[] | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) node = node && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" || Array.isArray(node) ? node : undefined;
}

type Format = (key: string, values?: MessageValues) => string;
const translators = new WeakMap<object, Map<string, Format>>();

/** One translator per catalogue and language, kept: making one builds its formatters. */
function translatorFor(messages: object, locale: string): Format {
  let byLocale = translators.get(messages);
  if (!byLocale) translators.set(messages, (byLocale = new Map()));
  let format = byLocale.get(locale);
  if (!format) {
    const t = createTranslator({
      locale: locale as Locale,
      messages: messages as Messages,
      timeZone: TIME_ZONE,
      onError: (error) => {
        throw error;
      },
    });
    format = (key, values) => String((t as unknown as Format)(key, values));
    byLocale.set(locale, format);
  }
  return format;
}

/** The English text of a catalogue key, remembered so that the reader gets it in their language. */
export function say(key: MessageKey, values?: MessageValues): string {
  if (messageAt(english, key) === undefined) throw new Error(`No English message ${key}`);
  const text = translatorFor(english, "en")(key, values);
  remember(text, { key, values });
  return text;
}

/** Renders a key with the given catalogues (any language); undefined when it has no message. */
export function render(messages: unknown, locale: string, said: Said): string | undefined {
  if (!messages || typeof messages !== "object" || messageAt(messages, said.key) === undefined) return undefined;
  try {
    return translatorFor(messages, locale)(said.key, said.values);
  } catch {
    return undefined;
  }
}
