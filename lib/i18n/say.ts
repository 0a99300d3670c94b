// Texts that code outside React says to people (zod messages, action results, errors) written
// once as catalogue keys. say(key, values) gives the English text — what the API, the CLI and
// the logs see, unchanged — and remembers which key and values produced it, so that the server
// can give the reader the same text in their language (lib/i18n/reader.ts) before an action
// answers. Pure: no request, no React.
import { IntlMessageFormat } from "intl-messageformat";
import { english, type Messages } from "./messages";
import { remember, type Said } from "./registry";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A full catalogue key, namespace first ("validation.email.required"). */
export type MessageKey = Leaves<Messages>;
export type MessageValues = Record<string, string | number>;

export function messageAt(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** The English text of a catalogue key, remembered so that the reader gets it in their language. */
export function say(key: MessageKey, values?: MessageValues): string {
  const pattern = messageAt(english, key);
  if (pattern === undefined) throw new Error(`No English message ${key}`);
  const text = String(new IntlMessageFormat(pattern, "en").format(values));
  remember(text, { key, values });
  return text;
}

/** Renders a key with the given catalogues (any language); undefined when it has no message. */
export function render(messages: unknown, locale: string, said: Said): string | undefined {
  const pattern = messageAt(messages, said.key);
  if (pattern === undefined) return undefined;
  try {
    return String(new IntlMessageFormat(pattern, locale).format(said.values));
  } catch {
    return undefined;
  }
}
