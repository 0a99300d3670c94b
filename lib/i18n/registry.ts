// Which catalogue key (or which zod issue) produced an English text, so that the server can
// give the reader that text in their language. No imports: client bundles may load it.

/** A full catalogue key, namespace first ("validation.email.required"), and its values. */
export interface Said {
  key: string;
  values?: Record<string, string | number>;
}

/** A zod issue whose message no catalogue key said: translated with zod's own locale. */
export interface ZodSaid {
  issue: { code: string; message: string; [property: string]: unknown };
}

// One registry per process, whatever bundle imports this module. Bounded: texts with values
// (an e-mail address, a name) are said per request; static ones are said once at load.
const REGISTRY_LIMIT = 5000;
const registry: Map<string, Said | ZodSaid> = ((globalThis as { consortiaSaid?: Map<string, Said | ZodSaid> }).consortiaSaid ??= new Map());

export function remember(text: string, said: Said | ZodSaid): void {
  if (registry.has(text)) return;
  if (registry.size >= REGISTRY_LIMIT) registry.clear();
  registry.set(text, said);
}

/** Remembers a zod issue that came with zod's own English message, for the reader's translation. */
export function rememberIssue(issue: ZodSaid["issue"]): void {
  remember(issue.message, { issue });
}

/** Which key and values (or which zod issue) said this English text. */
export function whoSaid(text: string): Said | ZodSaid | undefined {
  return registry.get(text);
}
