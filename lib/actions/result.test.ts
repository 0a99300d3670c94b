import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fail, formToObject, fromError } from "./result";

describe("action results", () => {
  it("turns zod errors into field errors and keeps what was typed, except passwords", () => {
    const schema = z.object({ email: z.email("Enter an e-mail address."), password: z.string().min(10, "Too short.") });
    const values = { email: "nope", password: "x" };
    const result = fail(schema.safeParse(values).error!, values);
    expect(result).toMatchObject({ status: "error", code: "invalid", fieldErrors: { email: ["Enter an e-mail address."], password: ["Too short."] }, values: { email: "nope" } });
  });

  it("reports an AppError with its message, anything else generically", () => {
    expect(fromError(new AppError("forbidden", "Only owners can do this."))).toMatchObject({ code: "forbidden", message: "Only owners can do this." });
    const original = console.error;
    console.error = () => {};
    try {
      expect(fromError(new Error("db down: password=secret"))).toMatchObject({ code: "internal", message: "Something went wrong on our side. Please try again." });
    } finally {
      console.error = original;
    }
  });

  it("reads FormData, with arrays where asked", () => {
    const form = new FormData();
    form.append("name", "ZSI");
    form.append("themeIds", "1");
    form.append("themeIds", "2");
    form.append("$ACTION_ID_abc", "");
    expect(formToObject(form, ["themeIds", "languages"])).toEqual({ name: "ZSI", themeIds: ["1", "2"], languages: [] });
  });
});
