// The reader's language for texts said outside React: catalogue keys said in English come back
// in French, German or Polish; zod's own messages too; anything else stays as it is.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fail } from "@/lib/actions/result";
import { AppError, forbidden, notFound, notSignedIn } from "@/lib/errors";
import { reader } from "./reader";
import { say } from "./say";
import { signInInput } from "@/lib/validation/accounts";
import { interestInput } from "@/lib/validation/interests";

describe("say and the reader's language", () => {
  it("says English for the API and the CLI, the reader's language on request", async () => {
    const english = say("auth.resetSent", { email: "ana@example.eu" });
    expect(english).toBe("If ana@example.eu has an account, a link to choose a new password is on its way. It works once, for one hour.");
    expect((await reader("fr")).text(english)).toContain("ana@example.eu");
    expect((await reader("fr")).text(english)).not.toBe(english);
    expect((await reader("en")).text(english)).toBe(english);
  });

  it("translates the field errors of a shared schema", async () => {
    const parsed = signInInput.safeParse({ email: "", password: "" });
    expect(parsed.success).toBe(false);
    const result = fail(parsed.error!);
    if (result.status !== "error") throw new Error("expected an error");
    const fr = await reader("fr");
    expect(result.fieldErrors.email).toEqual(["Enter your e-mail address."]);
    expect(fr.text(result.fieldErrors.email![0]!)).toBe("Saisissez votre adresse e-mail.");
    expect(fr.text(result.message)).toBe("Veuillez corriger les champs signalés ci-dessous.");
  });

  it("translates messages with values, such as a length limit", async () => {
    const parsed = interestInput.safeParse({ title: "x".repeat(201), description: "short", programme: "other", ownRole: "coordinator" });
    const result = fail(parsed.error!);
    if (result.status !== "error") throw new Error("expected an error");
    expect(result.fieldErrors.title).toEqual(["Use at most 200 characters."]);
    expect((await reader("de")).text(result.fieldErrors.title![0]!)).toBe("Höchstens 200 Zeichen.");
    expect((await reader("pl")).text(result.fieldErrors.programmeOther![0]!)).toBe("Podaj nazwę programu.");
  });

  it("translates zod's generic messages with zod's locale", async () => {
    const parsed = z.object({ n: z.number() }).safeParse({ n: "x" });
    const result = fail(parsed.error!);
    if (result.status !== "error") throw new Error("expected an error");
    const english = result.fieldErrors.n![0]!;
    const french = (await reader("fr")).text(english);
    expect(french).not.toBe(english);
    expect(french).toMatch(/Entrée invalide/);
  });

  it("translates the shared errors and leaves unknown texts alone", async () => {
    const pl = await reader("pl");
    expect(pl.text(notSignedIn().message)).toBe("Zaloguj się, aby to zrobić.");
    expect(pl.text(forbidden().message)).toBe("Nie masz uprawnień, aby to zrobić.");
    expect(pl.text(new AppError("invalid", "Something nobody said").message)).toBe("Something nobody said");
    expect(pl.text(notFound("This organisation").message)).toBe("Ta organizacja nie istnieje lub nie jest dla Ciebie widoczna.");
    expect(pl.text(forbidden("Only owners of this organisation can do this.").message)).toBe("Tylko właściciele tej organizacji mogą to zrobić.");
  });
});
