// The shipped translations of the EuroSciVoc fields of science (data/themes/euroscivoc-labels.json):
// a label, and optionally synonyms, in French, German, Polish, Italian and Spanish for each theme of
// the upper levels, keyed by the code path CORDIS gives ("/23/49/335", as stored in themes.code).
// zod schema and a pure parser; db/load/euroscivoc-labels.ts loads the result.
import { z } from "zod";

export const EUROSCIVOC_LABEL_LANGUAGES = ["fr", "de", "pl", "it", "es"] as const;
export type EuroSciVocLabelLanguage = (typeof EUROSCIVOC_LABEL_LANGUAGES)[number];

const text = z.string().trim().min(1, "must not be empty");
const code = z.string().regex(/^(\/[0-9]+)+$/, 'expected a EuroSciVoc code path such as "/23/49/335"');
const synonyms = z.array(text);

const themeSchema = z.strictObject({
  code,
  /** The English label as CORDIS gives it: for whoever reads or edits the file (the database keeps its own). */
  en: text,
  labels: z.strictObject({ fr: text, de: text, pl: text, it: text, es: text }),
  synonyms: z.strictObject({ fr: synonyms, de: synonyms, pl: synonyms, it: synonyms, es: synonyms }).partial().optional(),
});

export const euroSciVocLabelsFileSchema = z
  .strictObject({
    scheme: z.literal("euroscivoc"),
    title: text.optional(),
    description: text.optional(),
    languages: z.array(z.enum(EUROSCIVOC_LABEL_LANGUAGES)).optional(),
    themes: z.array(themeSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.themes.forEach((t, i) => {
      if (seen.has(t.code)) ctx.addIssue({ code: "custom", path: ["themes", i, "code"], message: `"${t.code}" is listed twice` });
      seen.add(t.code);
      for (const lang of EUROSCIVOC_LABEL_LANGUAGES) {
        const words = new Set([t.labels[lang].toLowerCase()]);
        (t.synonyms?.[lang] ?? []).forEach((s, j) => {
          if (words.has(s.toLowerCase())) {
            ctx.addIssue({ code: "custom", path: ["themes", i, "synonyms", lang, j], message: `"${s}" repeats the label or another synonym` });
          }
          words.add(s.toLowerCase());
        });
      }
    });
  });

export type EuroSciVocLabels = z.infer<typeof themeSchema>;

export class EuroSciVocLabelsFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid EuroSciVoc labels file:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "EuroSciVocLabelsFormatError";
  }
}

/** Validates the file; throws EuroSciVocLabelsFormatError naming each problem (`themes[3].labels.pl: …`). */
export function parseEuroSciVocLabels(json: unknown, file = "EuroSciVoc labels"): EuroSciVocLabels[] {
  const parsed = euroSciVocLabelsFileSchema.safeParse(json);
  if (parsed.success) return parsed.data.themes;
  const problems = parsed.error.issues.flatMap((issue) => {
    const where = (path: readonly PropertyKey[]) => path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
    // An unknown key is reported on its object; naming the key itself is what helps.
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => `${where([...issue.path, key])}: unknown field`);
    return [`${where(issue.path) || "(file)"}: ${issue.message}`];
  });
  throw new EuroSciVocLabelsFormatError(file, problems);
}

/** Labels in the order of EUROSCIVOC_LABEL_LANGUAGES, with each language's synonyms (none when the file gives none). */
export function euroSciVocLabelRows(theme: EuroSciVocLabels): { lang: EuroSciVocLabelLanguage; label: string; synonyms: string[] }[] {
  return EUROSCIVOC_LABEL_LANGUAGES.map((lang) => ({ lang, label: theme.labels[lang], synonyms: theme.synonyms?.[lang] ?? [] }));
}
