// db.execute() answers { rows } on PGlite and an array on postgres.js: this gives the rows either way.
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A json column holding a list: parsed by postgres.js and PGlite, but a string would be parsed here. */
export function jsonList<T>(value: unknown): T[] {
  const v = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(v) ? (v as T[]) : [];
}
