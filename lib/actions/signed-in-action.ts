// The scaffolding every signed-in server action shares, written once: who is asking (a signed-in
// user with a confirmed address, else the same refusal everywhere), the form parsed with zod
// (field errors beside the fields), known errors mapped to their results, and the answer in the
// reader's language. The action's own body keeps the rest of the one shape: may they, one
// transaction, revalidate, typed result (or redirect). Not for actions that anyone may call
// signed out (register, sign in, the unsubscribe link): they differ from the first step.
import "server-only";
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/current-user";
import { localise } from "@/lib/i18n/reader";
import { say } from "@/lib/i18n/say";
import { fail, failWith, formToObject, fromError, type ActionResult, type FieldErrors } from "./result";

/** What the form sent, as formToObject reads it. */
export type FormValues = Record<string, string | string[]>;

/**
 * Problems with fields that zod cannot see (references in the database, a usable signal, an
 * interest of another organisation): thrown from an action's body, shown beside the fields.
 */
export class FieldProblems extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formMessage: string = say("forms.correctFields"),
  ) {
    super("field problems");
  }
}

export interface SignedInActionOptions {
  /** Fields read as arrays (checkbox groups, multi-selects). */
  arrays?: readonly string[];
  /** Forms with text to keep: a failed validation gives back what was typed (never passwords or tokens). */
  keepValues?: boolean;
  /**
   * The schema's and the body's texts are in the reader's language already (next-intl
   * translators, not say()): the result is not localised again.
   */
  translated?: boolean;
}

/** The schema, or how to choose it from the form (or build it with the reader's translations). */
type SchemaSource<S extends z.ZodType> = S | ((values: FormValues) => S | Promise<S>);

/** A server action as useActionState calls it. */
export type FormAction<T> = (previous: ActionResult, form: FormData) => Promise<ActionResult<T>>;

/**
 * A server action for signed-in users: `run` gets the parsed input and the user, and does the
 * rest (authorisation, the transaction, revalidation). Signed out → "unauthenticated", an
 * unconfirmed address → "unverified", before the form is read; invalid input → field errors;
 * FieldProblems → field errors; an AppError → its code and message; anything else → logged,
 * a generic message. redirect() and notFound() pass through.
 */
export function signedInAction<S extends z.ZodType, T>(
  schema: SchemaSource<S>,
  run: (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>,
  options: SignedInActionOptions = {},
): FormAction<T> {
  /** The result, and whether its texts are the wrapper's own (English, said by say()). */
  const answer = async (form: FormData): Promise<{ result: ActionResult<T>; ours: boolean }> => {
    const values = formToObject(form, options.arrays);
    const kept = options.keepValues ? values : undefined;
    try {
      const user = await requireUser();
      const parsed = (await schemaFor(schema, values)).safeParse(values);
      if (!parsed.success) return { result: fail(parsed.error, kept), ours: false };
      return { result: await run(parsed.data, user), ours: false };
    } catch (error) {
      if (error instanceof FieldProblems) return { result: failWith("invalid", error.formMessage, error.fieldErrors, kept), ours: false };
      return { result: fromError(error), ours: true };
    }
  };
  return async (_previous, form) => {
    const { result, ours } = await answer(form);
    // Translated schemas and bodies are in the reader's language already; the refusals and errors
    // the wrapper itself answers with never are.
    return options.translated && !ours ? result : localise(result);
  };
}

async function schemaFor<S extends z.ZodType>(source: SchemaSource<S>, values: FormValues): Promise<S> {
  return "safeParse" in source ? source : source(values);
}
