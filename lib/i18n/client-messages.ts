// The parts of the catalogues that client components translate in the browser (useTranslations in
// a "use client" module or one it imports). The root layout hands only these to
// NextIntlClientProvider: every page's HTML carries what it passes, and server components
// translate on the server without it. client-messages.test.ts fails when a client component
// translates a namespace that is not listed here.
import type { Messages } from "./messages";

export const CLIENT_MESSAGE_KEYS = [
  "account",
  "admin.claims",
  "auth",
  "charts.network",
  "errors.error",
  "forms.fields",
  "forms.places",
  "forms.topics",
  "interests",
  "labels.organisationTypes",
  "messages.form",
  "messages.header",
  "profile.form",
  "profile.members",
  "profile.region",
  "saved",
  "search.suggestions",
  "shortlists",
  "validation",
] as const;

/** Whether a namespace (or a key) a client component translates is among the parts handed to the browser. */
export function isClientNamespace(namespace: string): boolean {
  return CLIENT_MESSAGE_KEYS.some((key) => namespace === key || namespace.startsWith(`${key}.`));
}

type Tree = { [key: string]: unknown };

/** The listed parts of a catalogue (raw or precompiled: only its objects are walked), in its shape. */
export function clientMessages(messages: Messages | Tree): Tree {
  const out: Tree = {};
  for (const key of CLIENT_MESSAGE_KEYS) {
    const parts = key.split(".");
    let from: unknown = messages;
    for (const part of parts) from = from && typeof from === "object" ? (from as Tree)[part] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const part of parts.slice(0, -1)) to = (to[part] ??= {}) as Tree;
    to[parts.at(-1)!] = from;
  }
  return out;
}
