// Server actions' results in the reader's language. Validation schemas and actions of the
// translated areas (shortlists, messaging, administration) write message *keys* of their
// namespace ("errors.listName"); this turns each key into its sentence, and gives the shared,
// English-only messages of lib/actions/result.ts and lib/errors.ts (generic "please correct",
// "sign in", "something went wrong") the namespace's own wording by their code. Pure.
import type { ActionResult, FieldErrors } from "./result";

export type LooseTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** Generic messages by code, looked up as errors.<name> in the namespace when it has them. */
const byCode: Partial<Record<string, string>> = {
  unauthenticated: "errors.signIn",
  unverified: "errors.signIn",
  forbidden: "errors.forbidden",
  not_found: "errors.notFound",
  rate_limited: "errors.rateLimited",
  internal: "errors.internal",
};
const GENERIC_INVALID = "Please correct the fields marked below.";

export function localiseResult<T>(result: ActionResult<T>, t: LooseTranslator, values: Record<string, string | number> = {}): ActionResult<T> {
  const say = (message: string) => (t.has(message) ? t(message, values) : message);
  if (result.status === "ok") return result.message ? { ...result, message: say(result.message) } : result;
  if (result.status !== "error") return result;
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(result.fieldErrors)) fieldErrors[field] = messages?.map(say);
  // A key of the namespace first; otherwise a shared English message gets the namespace's generic one.
  const generic = byCode[result.code] ?? (result.code === "invalid" && result.message === GENERIC_INVALID ? "errors.invalid" : undefined);
  const message = t.has(result.message) ? t(result.message, values) : generic && t.has(generic) ? t(generic, values) : result.message;
  return { ...result, message, fieldErrors };
}
