// The browser gets only the catalogue parts that client components translate: this finds every
// useTranslations in a "use client" module and in the project modules those import, and fails
// when one names a namespace the layout does not hand over (the browser would show the key).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_KEYS, clientMessages, isClientNamespace } from "./client-messages";
import { english, loadMessages } from "./messages";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** A project import ("@/…", "./…", "../…") as a file, or null for packages and JSON. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [`${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Every project module a browser bundle may run: "use client" modules and what they import, transitively. */
function clientModules(): string[] {
  const all = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
  const queue = all.filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const target = resolveImport(file, match[1]!);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen];
}

describe("the catalogue parts handed to the browser", () => {
  it("cover every namespace a client component translates", () => {
    const modules = clientModules();
    expect(modules.some((file) => file.endsWith(path.join("components", "error-view.tsx")))).toBe(true);
    const used = new Map<string, string>();
    for (const file of modules) {
      for (const match of readFileSync(file, "utf8").matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^\s*["']([^"']+)["']\s*$/.exec(match[1]!);
        // A namespace the test cannot read (none, or a variable) would need the whole catalogue.
        expect(literal, `${path.relative(root, file)}: useTranslations(${match[1]})`).not.toBeNull();
        used.set(literal![1]!, path.relative(root, file));
      }
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter(([namespace]) => !isClientNamespace(namespace)).map(([namespace, file]) => `${namespace} (${file})`);
    expect(missing).toEqual([]);
  });

  it("keeps the listed parts whole and leaves the rest on the server", async () => {
    const picked = clientMessages(english) as typeof english;
    expect(picked.errors.error).toEqual(english.errors.error);
    expect(picked.messages.header).toEqual(english.messages.header);
    expect(picked.interests).toEqual(english.interests);
    expect(Object.keys(picked.messages).sort()).toEqual(["form", "header"]);
    expect("home" in picked).toBe(false);
    expect("errors" in picked && "notFound" in picked.errors).toBe(false);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(english).length * 0.6);
    const french = clientMessages(await loadMessages("fr")) as typeof english;
    expect(french.errors.error.title).not.toBe(english.errors.error.title);
  });

  it("lists only keys the catalogue has", () => {
    const picked = clientMessages(english);
    for (const key of CLIENT_MESSAGE_KEYS) {
      let node: unknown = picked;
      for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
      expect(node, key).toBeTypeOf("object");
    }
  });
});
