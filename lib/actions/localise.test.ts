import { describe, expect, it } from "vitest";
import { localiseResult, type LooseTranslator } from "./localise";
import { failWith, ok } from "./result";

const catalogue: Record<string, string> = {
  "errors.listName": "Donnez un nom à la liste.",
  "errors.tooLong": "Au plus {max} caractères.",
  "errors.invalid": "Corrigez les champs indiqués.",
  "errors.signIn": "Connectez-vous.",
  saved: "Enregistré.",
};
const t = Object.assign((key: string, values?: Record<string, string | number>) => catalogue[key]!.replace("{max}", String(values?.max ?? "")), {
  has: (key: string) => key in catalogue,
}) as LooseTranslator;

describe("localiseResult", () => {
  it("translates message keys in fields and the message, with values, and leaves other text alone", () => {
    const result = localiseResult(failWith("invalid", "Please correct the fields marked below.", { name: ["errors.listName"], note: ["errors.tooLong"], other: ["Plain text"] }), t, { max: 120 });
    expect(result).toMatchObject({
      status: "error",
      message: "Corrigez les champs indiqués.",
      fieldErrors: { name: ["Donnez un nom à la liste."], note: ["Au plus 120 caractères."], other: ["Plain text"] },
    });
  });

  it("gives shared messages the namespace's wording by their code, and translates an ok message", () => {
    expect(localiseResult(failWith("unauthenticated", "Sign in to do this."), t)).toMatchObject({ message: "Connectez-vous." });
    expect(localiseResult(failWith("conflict", "Reload the page"), t)).toMatchObject({ message: "Reload the page" });
    expect(localiseResult(ok({ id: 1 }, "saved"), t)).toEqual({ status: "ok", data: { id: 1 }, message: "Enregistré." });
  });
});
