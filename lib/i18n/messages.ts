// The message catalogues: one JSON file per namespace per language under messages/<locale>/.
// English is the reference: its files give the Messages type (so an unknown key fails tsc) and
// messages.test.ts fails when another language lacks a key English has, or has one it lacks.
// To add a namespace: write messages/{en,fr,de,pl}/<name>.json and list it in `english` below.
import type { Locale } from "./config";
import common from "./messages/en/common.json";
import regions from "./messages/en/regions.json";

const english = { common, regions };

export type Messages = typeof english;
export type Namespace = keyof Messages;
export const NAMESPACES = Object.keys(english) as Namespace[];

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === "en") return english;
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
