import { describe, expect, it } from "vitest";
import { reader } from "@/lib/i18n/reader";
import type { MessageKey } from "@/lib/i18n/say";
import type { Locale } from "@/lib/i18n/config";
import { clusterSide, reciprocalThemes, universitySide } from "@/lib/testing/reciprocal-sides";
import { reciprocalFit } from "./reciprocal";
import { reciprocalReasonsIn, type ReciprocalWordsContext } from "./reciprocal-words";

const { wood, clusters } = reciprocalThemes;
// The cluster wants a university in Slovenia; the university wants anyone, and names one more theme.
const cluster = clusterSide({ partnerTypes: ["higher_education"], wantedCountries: ["SI"], themes: [wood] });
const university = universitySide({ partnerTypes: [], themes: [wood, clusters] });

async function context(locale: Locale, formatLocale: string, themeLabels: Record<number, string> = {}): Promise<ReciprocalWordsContext> {
  const { t } = await reader(locale);
  return { locale: formatLocale, t: (key, values) => t(`matching.reciprocal.${key}` as MessageKey, values), themeLabel: (theme) => themeLabels[theme.id] ?? theme.label };
}

describe("a mutual match's reasons in the reader's language", () => {
  const fit = reciprocalFit(cluster, university)!;

  it("keeps the English sentences in the reasons column and the kinds beside them", () => {
    expect(fit.ab.explanations.map((r) => r.kind)).toEqual(["theyLookFor", "youLookFor", "sharedThemes", "sameProgramme", "youCoordinate"]);
    expect(fit.ab.reasons[1]).toBe("You look for a university or college in Slovenia — they are a university or college in Slovenia.");
  });

  it("says them in French, with countries and themes in French", async () => {
    const fr = await context("fr", "fr-FR", { 41: "Industrie du bois et de l’ameublement" });
    expect(reciprocalReasonsIn(fit.ab, fr)).toEqual([
      "Ils recherchent tout type de partenaire — vous êtes un cluster (Autriche).",
      "Vous recherchez une université ou une école (Slovénie) — ils sont une université ou une école (Slovénie).",
      "Thèmes communs : Industrie du bois et de l’ameublement.",
      "Vous visez tous deux Interreg.",
      "Vous coordonneriez ; ils rejoindraient le projet comme partenaire.",
    ]);
    expect(reciprocalReasonsIn(fit.ba, fr)).toContain("Ils coordonneraient ; vous rejoindriez le projet comme partenaire.");
  });

  it("gives the English reader the sentences that are stored", async () => {
    expect(reciprocalReasonsIn(fit.ab, await context("en", "en-GB"))).toEqual(fit.ab.reasons);
  });

  it("falls back to the stored English for pairs stored without kinds, or with kinds it does not know", async () => {
    const pl = await context("pl", "pl-PL");
    expect(reciprocalReasonsIn({ reasons: ["Shared themes: Tourism."], explanations: [] }, pl)).toEqual(["Shared themes: Tourism."]);
    expect(reciprocalReasonsIn({ reasons: ["Shared themes: Tourism."] }, pl)).toEqual(["Shared themes: Tourism."]);
    expect(reciprocalReasonsIn({ reasons: ["A future reason."], explanations: [{ kind: "fromTheFuture" }] }, pl)).toEqual(["A future reason."]);
    expect(reciprocalReasonsIn({ reasons: ["Both aim at Interreg."], explanations: [{ kind: "sameProgramme", programme: "Interreg" }] }, pl)).toEqual([
      "Obie strony planują projekt w programie Interreg.",
    ]);
  });
});
