// The actions answer in the reader's language: field errors and messages of the account and
// interest forms in French, German or Polish, while the schemas keep their English for the API.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testEngine } from "@/db/testing";
import { useTestLocale } from "@/lib/testing/next-intl";
import { actAs, formData, makeProfile, makeUser, setUpActionDatabase } from "@/lib/testing/actions";
import { interestInput } from "@/lib/validation/interests";
import { register, requestPasswordReset } from "./accounts";
import { publishInterest } from "./interests";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));

const handle = setUpActionDatabase();
beforeEach(() => {
  actAs(null);
  useTestLocale("en");
});

describe(`actions in the reader's language on ${testEngine}`, () => {
  it("registers with field errors in French", async () => {
    useTestLocale("fr");
    const result = await register(idle, formData({ name: "", email: "pas-une-adresse", password: "court" }));
    expect(result).toMatchObject({
      status: "error",
      message: "Veuillez corriger les champs signalés ci-dessous.",
      fieldErrors: {
        name: ["Saisissez votre nom."],
        email: ["Saisissez une adresse e-mail telle que nom@organisation.eu."],
      },
    });
    if (result.status !== "error") throw new Error("expected an error");
    expect(result.fieldErrors.password?.[0]).toMatch(/^Trop court\. Au moins 10 caractères/);
  });

  it("keeps English for an English reader", async () => {
    const result = await register(idle, formData({ name: "", email: "x@example.eu", password: "Kl4ster-Wien-2026" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { name: ["Enter your name."] } });
  });

  it("says the reset message in German with the address in it", async () => {
    useTestLocale("de");
    const result = await requestPasswordReset(idle, formData({ email: "niemand@example.eu" }));
    expect(result).toMatchObject({ status: "ok" });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.message).toBe("Falls zu niemand@example.eu ein Konto besteht, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Er gilt einmal, eine Stunde lang.");
  });

  it("publishes an interest with field errors in Polish, and the shared schema still speaks English", async () => {
    const user = await makeUser(handle.db);
    const profile = await makeProfile(handle.db, [{ userId: user.id, role: "owner" }]);
    actAs(user);
    useTestLocale("pl");
    const fields = { profileId: String(profile.id), creationKey: "k".repeat(20), title: "abc", description: "krótko", programme: "", ownRole: "" };
    const result = await publishInterest(idle, formData(fields));
    expect(result).toMatchObject({
      status: "error",
      message: "Popraw pola oznaczone poniżej.",
      fieldErrors: {
        title: ["Nadaj poszukiwaniu tytuł z co najmniej 5 znaków."],
        description: ["Opisz projekt i poszukiwanych partnerów w co najmniej 20 znakach."],
        programme: ["Wybierz program lub „Inny”."],
        ownRole: ["Określ, czy chcesz koordynować projekt, czy być partnerem."],
      },
    });
    const parsed = interestInput.safeParse(fields);
    expect(parsed.error?.issues.find((i) => i.path[0] === "title")?.message).toBe("Give the interest a title of at least 5 characters.");
  });
});
