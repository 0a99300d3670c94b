import { getLocale, getTranslations } from "next-intl/server";
import { afterEach, describe, expect, it } from "vitest";
import { useTestLocale } from "./next-intl";

describe("next-intl in tests", () => {
  afterEach(() => useTestLocale("en"));

  it("translates with the real catalogues, in English by default", async () => {
    const t = await getTranslations("common.nav");
    expect(t("projects")).toBe("Projects");
    expect(await getLocale()).toBe("en");
  });

  it("answers in the language a test picks, or the one asked for", async () => {
    useTestLocale("pl");
    expect((await getTranslations("common.nav"))("projects")).toBe("Projekty");
    expect((await getTranslations({ locale: "de", namespace: "common.nav" }))("projects")).toBe("Projekte");
  });
});
