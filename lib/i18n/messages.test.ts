// Every language has exactly the keys English has, every message is valid ICU with the same
// arguments as the English one, and every catalogue file is registered in messages.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { NAMESPACES } from "./messages";

const root = path.join(import.meta.dirname, "messages");

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function read(locale: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(path.join(root, locale, `${namespace}.json`), "utf8")) as Tree);
}

/** The argument names a message uses ({count}, {name, plural, …}, <link>…</link>), sorted. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (element.type !== 0 && element.type !== 7 && element.value) names.add(element.value); // 0 literal, 7 pound
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown[]);
  return [...names].sort();
}

describe("message catalogues", () => {
  const englishFiles = readdirSync(path.join(root, "en")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();

  it("registers every English catalogue file in messages.ts", () => {
    expect([...NAMESPACES].sort()).toEqual(englishFiles);
  });

  for (const locale of LOCALES) {
    it(`${locale}: has the same files as English`, () => {
      const files = readdirSync(path.join(root, locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files).toEqual(englishFiles);
    });

    for (const namespace of englishFiles) {
      it(`${locale}/${namespace}: same keys as English, none empty, valid ICU with the same arguments`, () => {
        const english = read("en", namespace);
        const translated = read(locale, namespace);
        const missing = [...english.keys()].filter((k) => !translated.has(k));
        const extra = [...translated.keys()].filter((k) => !english.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        for (const [key, message] of translated) {
          expect(message.trim(), `${locale}/${namespace}.${key} is empty`).not.toBe("");
          expect(argumentsOf(message, locale), `${locale}/${namespace}.${key}`).toEqual(argumentsOf(english.get(key)!, "en"));
        }
      });
    }
  }
});
