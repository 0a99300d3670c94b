// signedInAction on its own: the refusals, the field errors in the reader's language, the body's
// errors and the success path, with a body that records what it was given.
import { redirect } from "next/navigation";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { testEngine } from "@/db/testing";
import type { CurrentUser } from "@/lib/current-user";
import { AppError } from "@/lib/errors";
import { say } from "@/lib/i18n/say";
import { useTestLocale } from "@/lib/testing/next-intl";
import { actAs, formData, makeUser, redirectOf, setUpActionDatabase } from "@/lib/testing/actions";
import { idle, ok, type ActionResult } from "./result";
import { FieldProblems, signedInAction } from "./signed-in-action";

vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);

const handle = setUpActionDatabase();

const noteInput = z.object({
  listId: z.coerce.number().int().positive(),
  note: z.string().trim().min(3),
  tags: z.array(z.string()).max(2),
});
type NoteInput = z.output<typeof noteInput>;

/** The body every test runs: it keeps what it was given and answers with what the test wants. */
const calls: { input: NoteInput; user: CurrentUser }[] = [];
let answer: (input: NoteInput) => Promise<ActionResult<{ listId: number }>>;
const saveNote = signedInAction(
  noteInput,
  async (input, user) => {
    calls.push({ input, user });
    return answer(input);
  },
  { arrays: ["tags"], keepValues: true },
);

const valid = { listId: "7", note: "  Call them in May  ", tags: ["wood", "cluster"] };

beforeEach(() => {
  calls.length = 0;
  answer = async (input) => ok({ listId: input.listId }, say("shortlists.done.noteSaved"));
  actAs(null);
  useTestLocale("en");
});
afterEach(() => vi.restoreAllMocks());

describe(`signedInAction on ${testEngine}`, () => {
  it("refuses someone signed out before it reads the form, and never runs the body", async () => {
    for (const fields of [valid, { listId: "x" }]) {
      const result = await saveNote(idle, formData(fields));
      expect(result).toMatchObject({ status: "error", code: "unauthenticated", message: "Sign in to do this." });
    }
    expect(calls).toHaveLength(0);
  });

  it("refuses a user whose address is not confirmed yet, in the reader's language", async () => {
    actAs(await makeUser(handle.db, { verified: false }));
    useTestLocale("fr");
    const result = await saveNote(idle, formData(valid));
    expect(result).toMatchObject({ status: "error", code: "unverified", message: "Confirmez d’abord votre adresse e-mail : nous vous avons envoyé un lien." });
    expect(calls).toHaveLength(0);
  });

  it("gives the body the parsed input and the signed-in user, and says its message in the reader's language", async () => {
    const user = await makeUser(handle.db);
    actAs(user);
    useTestLocale("fr");
    const result = await saveNote(idle, formData(valid));
    expect(result).toEqual({ status: "ok", data: { listId: 7 }, message: "Note enregistrée." });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.input).toEqual({ listId: 7, note: "Call them in May", tags: ["wood", "cluster"] });
    expect(calls[0]!.user.id).toBe(user.id);
  });

  it("answers invalid input with each field's errors in the reader's language and what was typed", async () => {
    actAs(await makeUser(handle.db));
    useTestLocale("de");
    const result = await saveNote(idle, formData({ listId: "none", note: "x", tags: ["a", "b", "c"] }));
    expect(result).toMatchObject({ status: "error", code: "invalid", message: "Bitte korrigieren Sie die unten markierten Felder.", values: { listId: "none", note: "x", tags: "a,b,c" } });
    if (result.status !== "error") throw new Error("expected an error");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["listId", "note", "tags"]);
    expect(result.fieldErrors.note?.[0]).toMatch(/3/);
    expect(result.fieldErrors.note?.[0]).not.toMatch(/Too small/);
    expect(calls).toHaveLength(0);
  });

  it("gives back no values when the form keeps none", async () => {
    actAs(await makeUser(handle.db));
    const bare = signedInAction(z.object({ id: z.coerce.number().int().positive() }), async ({ id }) => ok({ id }));
    const result = await bare(idle, formData({ id: "-1" }));
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect(result).not.toHaveProperty("values.id");
    expect(await bare(idle, formData({ id: "4" }))).toEqual({ status: "ok", data: { id: 4 }, message: undefined });
  });

  it("maps the body's errors: field problems beside the fields, an AppError by its code, anything else to a generic message", async () => {
    actAs(await makeUser(handle.db));
    answer = async () => {
      throw new FieldProblems({ listId: [say("shortlists.errors.noList")] });
    };
    expect(await saveNote(idle, formData(valid))).toMatchObject({
      status: "error",
      code: "invalid",
      message: "Please correct the fields marked below.",
      fieldErrors: { listId: ["This shortlist does not exist or is not visible to you."] },
      values: { listId: "7", note: valid.note },
    });

    answer = async () => {
      throw new AppError("not_found", say("shortlists.errors.noList"));
    };
    expect(await saveNote(idle, formData(valid))).toEqual({ status: "error", code: "not_found", message: "This shortlist does not exist or is not visible to you.", fieldErrors: {}, values: undefined });

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    answer = async () => {
      throw new Error("connection reset");
    };
    expect(await saveNote(idle, formData(valid))).toMatchObject({ status: "error", code: "internal", message: "Something went wrong on our side. Please try again." });
    expect(logged).toHaveBeenCalledOnce();
  });

  it("lets a redirect through", async () => {
    actAs(await makeUser(handle.db));
    answer = async (input) => redirect(`/shortlists/${input.listId}`);
    expect(await redirectOf(saveNote(idle, formData(valid)))).toBe("/shortlists/7");
  });

  it("chooses the schema from the form, and leaves an answer already in the reader's language as it is", async () => {
    actAs(await makeUser(handle.db));
    useTestLocale("fr");
    const seen: unknown[] = [];
    const echo = signedInAction(
      async (values) => {
        seen.push(values);
        return values.kind === "long" ? z.object({ text: z.string().min(10, "dix caractères") }) : z.object({ text: z.string() });
      },
      async ({ text }) => ok({ text }, "Déjà traduit."),
      { translated: true },
    );
    expect(await echo(idle, formData({ kind: "short", text: "abc" }))).toEqual({ status: "ok", data: { text: "abc" }, message: "Déjà traduit." });
    expect(await echo(idle, formData({ kind: "long", text: "abc" }))).toMatchObject({ status: "error", fieldErrors: { text: ["dix caractères"] } });
    expect(seen).toEqual([
      { kind: "short", text: "abc" },
      { kind: "long", text: "abc" },
    ]);
  });

  it("says its own refusal in the reader's language even when the body's texts are translated already", async () => {
    useTestLocale("fr");
    const translated = signedInAction(z.object({ text: z.string() }), async ({ text }) => ok({ text }, "Déjà traduit."), { translated: true });
    expect(await translated(idle, formData({ text: "abc" }))).toMatchObject({
      status: "error",
      code: "unauthenticated",
      message: "Connectez-vous pour effectuer cette action.",
    });
  });
});
