// Turns the consortium checks' phrases (catalogue keys and values) into sentences with a
// translator of the "consortium" namespace and the reader's way of joining a list. Pure: the
// panel passes next-intl's translator and formatter; tests pass the English catalogue.
import type { Phrase, PhraseValue } from "./checks";

export type PhraseTranslator = (key: string, values?: Record<string, string | number>) => string;
export type ListJoiner = (items: readonly string[]) => string;

export function renderValue(value: PhraseValue, t: PhraseTranslator, join: ListJoiner): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if (Array.isArray(value)) return join((value as readonly PhraseValue[]).map((v) => String(renderValue(v, t, join))));
  return renderPhrase(value as Phrase, t, join);
}

export function renderPhrase(phrase: Phrase, t: PhraseTranslator, join: ListJoiner): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {})) values[name] = renderValue(value, t, join);
  return t(phrase.key, values);
}

/** A check's sentences as one paragraph. */
export function renderParts(parts: readonly Phrase[], t: PhraseTranslator, join: ListJoiner): string {
  return parts.map((p) => renderPhrase(p, t, join)).join(" ");
}
