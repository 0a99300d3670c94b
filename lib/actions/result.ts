// The result every server action returns to its form (useActionState), and the helpers that
// build it: field errors from zod, typed errors, and FormData read into a plain object.
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { rememberIssue, whoSaid } from "@/lib/i18n/registry";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; code: AppErrorCode | "internal"; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

export const idle: ActionResult<never> = { status: "idle" };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { status: "ok", data, message };
}

/** What a form shows after a failed validation: the fields' errors and what was typed (never passwords). */
export function fail(error: z.ZodError, values?: Record<string, unknown>): ActionResult<never> {
  // zod's own messages (not a catalogue key's): remembered so that the reader gets them in their language.
  for (const issue of error.issues) if (!whoSaid(issue.message)) rememberIssue(issue as unknown as Parameters<typeof rememberIssue>[0]);
  const flat = z.flattenError(error);
  const fieldErrors: FieldErrors = {};
  for (const [key, messages] of Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[key] = messages;
  }
  return {
    status: "error",
    code: "invalid",
    message: flat.formErrors[0] ?? "Please correct the fields marked below.",
    fieldErrors,
    values: values ? keepableValues(values) : undefined,
  };
}

export function failWith(code: AppErrorCode, message: string, fieldErrors: FieldErrors = {}, values?: Record<string, unknown>): ActionResult<never> {
  return { status: "error", code, message, fieldErrors, values: values ? keepableValues(values) : undefined };
}

/** An AppError becomes its result; anything else is logged and reported generically. */
export function fromError(error: unknown): ActionResult<never> {
  if (error instanceof AppError) return failWith(error.code, error.message);
  if (isNextControlFlow(error)) throw error;
  console.error(error);
  return { status: "error", code: "internal", message: "Something went wrong on our side. Please try again.", fieldErrors: {} };
}

/** redirect() and notFound() throw errors Next.js must see. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}

function keepableValues(values: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (/password|token/i.test(key)) continue;
    if (typeof value === "string") kept[key] = value;
    else if (Array.isArray(value)) kept[key] = value.join(",");
  }
  return kept;
}

/**
 * FormData as a plain object: one string per field, an array for the fields named in `arrays`
 * (checkbox groups, multi-selects). Files are ignored.
 */
export function formToObject(form: FormData, arrays: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : (values[0] ?? "");
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}
