// The KEEP-style project format (docs/keep-format.md) and the KEEP/Interreg theme vocabulary:
// zod schemas and pure parsers that turn a JSON file into typed projects, with errors that name
// the project and the field. No database here: db/load/keep.ts writes what these return.
import { z } from "zod";
import keepThemesJson from "@/data/themes/keep-themes.json";
import { organisationType, participationRole } from "@/db/schema/knowledge";
import type { ThemeTerms } from "@/lib/search/expand";

/** Languages every theme carries a label (and synonyms) in. */
export const KEEP_LANGUAGES = ["en", "fr", "de", "pl", "it", "es"] as const;
export type KeepLanguage = (typeof KEEP_LANGUAGES)[number];

const text = z.string().trim().min(1, "must not be empty");
const themeCode = z
  .string()
  .regex(/^keep(\/[a-z0-9]+(-[a-z0-9]+)*)+$/, 'expected a theme code such as "keep/economy/clusters"');

/** Amounts are numeric(16,2) in the database: euros and cents, nothing finer. */
const hasCents = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
const money = z
  .number()
  .nonnegative()
  .max(99_999_999_999_999.99)
  .refine(hasCents, "must have at most two decimals (cents)");

const isoDate = z.iso.date({ error: "must be a calendar date written yyyy-mm-dd" });

// Countries are keyed by their CORDIS/Eurostat code, which differs from ISO for two of them.
const EUROSTAT_INSTEAD_OF_ISO: Record<string, string> = { GR: "EL", GB: "UK" };
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be a two-letter upper-case country code")
  .refine((c) => !(c in EUROSTAT_INSTEAD_OF_ISO), {
    error: (issue) => `use the Eurostat code ${EUROSTAT_INSTEAD_OF_ISO[issue.input as string]}, not the ISO code ${String(issue.input)}`,
  });

export const keepProgrammeSchema = z
  .strictObject({
    code: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'must be upper-case words joined by "-", e.g. INTERREG-IIIB-CADSES'),
    name: text,
    fullName: text.optional(),
    family: text,
    period: z.string().regex(/^\d{4}-\d{4}$/, "must be written yyyy-yyyy, e.g. 2000-2006").optional(),
    startYear: z.number().int().min(1950).max(2100).optional(),
    endYear: z.number().int().min(1950).max(2100).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.startYear !== undefined && p.endYear !== undefined && p.endYear < p.startYear) {
      ctx.addIssue({ code: "custom", path: ["endYear"], message: "must not be before startYear" });
    }
    if (p.period && p.startYear !== undefined && p.endYear !== undefined && p.period !== `${p.startYear}-${p.endYear}`) {
      ctx.addIssue({ code: "custom", path: ["period"], message: `must match startYear and endYear (${p.startYear}-${p.endYear})` });
    }
  });

export const keepPartnerSchema = z.strictObject({
  name: text,
  shortName: text.optional(),
  country: countryCode,
  city: text.optional(),
  role: z.enum(participationRole.enumValues),
  type: z.enum(organisationType.enumValues),
  sourceType: text.optional(),
});

/** A project schema that accepts only the given theme codes. */
export function createKeepProjectSchema(themeCodes: ReadonlySet<string>) {
  return z
    .strictObject({
      externalId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' or '-'"),
      acronym: text,
      title: text,
      description: text,
      expectedResults: text.optional(),
      achievements: text.optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
      status: z.enum(["ongoing", "finished"]).optional(),
      totalBudget: money.optional(),
      euContribution: money.optional(),
      cofinancingRate: z
        .number()
        .min(0, "must be a percentage between 0 and 100")
        .max(100, "must be a percentage between 0 and 100")
        .refine(hasCents, "must have at most two decimals")
        .optional(),
      programme: keepProgrammeSchema,
      programmePart: z.strictObject({ code: text, title: text }).optional(),
      partnerCount: z.number().int().min(0).max(32_767).optional(),
      partners: z.array(keepPartnerSchema).optional(),
      themes: z.array(
        themeCode.refine((code) => themeCodes.has(code), {
          error: (issue) => `unknown theme code "${String(issue.input)}" (not in the KEEP theme vocabulary)`,
        }),
      ),
      language: z.string().regex(/^[a-z]{2}$/, "must be an ISO 639-1 code such as en, fr, pl"),
      sourceUrl: z.url().optional(),
      website: z.url().optional(),
      // Where a fact comes from outside the page, or the page could not be represented: for people, not loaded.
      notes: text.optional(),
    })
    .superRefine((p, ctx) => {
      if (p.startDate && p.endDate && p.endDate < p.startDate) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: `must not be before startDate (${p.startDate})` });
      }
      const partners = p.partners ?? [];
      const coordinators = partners.flatMap((x, i) => (x.role === "coordinator" ? [i] : []));
      for (const i of coordinators.slice(1)) {
        ctx.addIssue({ code: "custom", path: ["partners", i, "role"], message: `a second coordinator (partners[${coordinators[0]}] is one already)` });
      }
      // Participations are unique per project and organisation, and organisations are keyed by name and country.
      const seenPartners = new Map<string, number>();
      partners.forEach((x, i) => {
        const key = keepNameKey(x.country, x.name);
        const first = seenPartners.get(key);
        if (first !== undefined) ctx.addIssue({ code: "custom", path: ["partners", i, "name"], message: `same organisation as partners[${first}]` });
        else seenPartners.set(key, i);
      });
      const seenThemes = new Set<string>();
      p.themes.forEach((code, i) => {
        if (seenThemes.has(code)) ctx.addIssue({ code: "custom", path: ["themes", i], message: `"${code}" is listed twice` });
        seenThemes.add(code);
      });
    });
}

export const keepThemeSchema = z.strictObject({
  code: themeCode,
  parent: themeCode.nullable(),
  labels: z.strictObject({ en: text, fr: text, de: text, pl: text, it: text, es: text }),
  synonyms: z.strictObject({
    en: z.array(text),
    fr: z.array(text),
    de: z.array(text),
    pl: z.array(text),
    it: z.array(text),
    es: z.array(text),
  }),
  // Each synonym in another language, in English: what a text using it is read as in English
  // ("Luftfahrt": "aviation"), the language of the past projects (lib/matching/english-reading.ts).
  english: z.strictObject({
    fr: z.record(z.string(), text),
    de: z.record(z.string(), text),
    pl: z.record(z.string(), text),
    it: z.record(z.string(), text),
    es: z.record(z.string(), text),
  }),
});

/** The languages a theme's synonyms are given in English for: all but English. */
export const TRANSLATED_LANGUAGES = ["fr", "de", "pl", "it", "es"] as const;

export const keepThemesFileSchema = z
  .strictObject({
    scheme: z.literal("keep"),
    title: text.optional(),
    description: text.optional(),
    languages: z.array(z.enum(KEEP_LANGUAGES)).optional(),
    themes: z.array(keepThemeSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.themes.forEach((t, i) => {
      if (seen.has(t.code)) ctx.addIssue({ code: "custom", path: ["themes", i, "code"], message: `"${t.code}" is defined twice` });
      // A code is its parent's code plus one segment, so that the code alone shows where a theme sits.
      const expectedParent = t.code.split("/").length > 2 ? t.code.slice(0, t.code.lastIndexOf("/")) : null;
      if (t.parent !== expectedParent) {
        ctx.addIssue({ code: "custom", path: ["themes", i, "parent"], message: `must be ${JSON.stringify(expectedParent)} for "${t.code}"` });
      } else if (t.parent !== null && !seen.has(t.parent)) {
        ctx.addIssue({ code: "custom", path: ["themes", i, "parent"], message: `"${t.parent}" must be defined before its children` });
      }
      seen.add(t.code);
      for (const lang of KEEP_LANGUAGES) {
        const words = new Set([t.labels[lang].toLowerCase()]);
        t.synonyms[lang].forEach((s, j) => {
          if (words.has(s.toLowerCase())) {
            ctx.addIssue({ code: "custom", path: ["themes", i, "synonyms", lang, j], message: `"${s}" repeats the label or another synonym` });
          }
          words.add(s.toLowerCase());
        });
      }
      for (const lang of TRANSLATED_LANGUAGES) {
        const english = t.english[lang];
        for (const s of t.synonyms[lang]) {
          if (!Object.hasOwn(english, s)) {
            ctx.addIssue({ code: "custom", path: ["themes", i, "english", lang], message: `"${s}" has no English equivalent` });
          }
        }
        for (const s of Object.keys(english)) {
          if (!t.synonyms[lang].includes(s)) {
            ctx.addIssue({ code: "custom", path: ["themes", i, "english", lang, s], message: `"${s}" is not a synonym in "${lang}"` });
          }
        }
      }
    });
  });

export type KeepProgramme = z.infer<typeof keepProgrammeSchema>;
export type KeepPartner = z.infer<typeof keepPartnerSchema>;
export type KeepProject = z.infer<ReturnType<typeof createKeepProjectSchema>>;
export type KeepTheme = z.infer<typeof keepThemeSchema>;
export type KeepThemesFile = z.infer<typeof keepThemesFileSchema>;
export type KeepFile = { source: "keep"; projects: KeepProject[] };

/** A problem in a KEEP file: which project (null for the file itself), which field, and why. */
export interface KeepParseError {
  project: number | null;
  externalId?: string;
  path: string;
  message: string;
}

export interface KeepParseResult {
  projects: KeepProject[];
  errors: KeepParseError[];
}

/** Thrown by the file readers when a shipped or given file does not validate. */
export class KeepFormatError extends Error {
  constructor(
    readonly file: string,
    readonly errors: KeepParseError[],
  ) {
    super(`${file} is not a valid KEEP file:\n${errors.map((e) => `  ${formatKeepError(e)}`).join("\n")}`);
    this.name = "KeepFormatError";
  }
}

/** `projects[2] (seed-x).partners[0].role: Invalid option …` */
export function formatKeepError(e: KeepParseError): string {
  const where = e.project === null ? "" : `projects[${e.project}]${e.externalId ? ` (${e.externalId})` : ""}`;
  const path = e.path ? (where ? `.${e.path}` : e.path) : "";
  return `${where}${path || (where ? "" : "(file)")}: ${e.message}`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function toErrors(issues: readonly z.core.$ZodIssue[], project: number | null, externalId?: string): KeepParseError[] {
  return issues.flatMap((issue) => {
    // An unknown key is reported on its object; naming the key itself is what helps.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ project, externalId, path: pathOf([...issue.path, key]), message: "unknown field" }));
    }
    return [{ project, externalId, path: pathOf(issue.path), message: issue.message }];
  });
}

/** Key under which a KEEP organisation is found again: country plus its name, case, accents and punctuation aside. */
export function keepNameKey(country: string, name: string): string {
  const normalised = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return `${country}:${normalised}`;
}

let shippedThemes: KeepTheme[] | undefined;
let shippedThemeCodes: Set<string> | undefined;

/** The shipped vocabulary (data/themes/keep-themes.json), parsed once. */
export function shippedKeepThemes(): readonly KeepTheme[] {
  shippedThemes ??= parseKeepThemes(keepThemesJson, "data/themes/keep-themes.json");
  return shippedThemes;
}

/** The codes of the shipped vocabulary. */
export function keepThemeCodes(): ReadonlySet<string> {
  shippedThemeCodes ??= new Set(shippedKeepThemes().map((t) => t.code));
  return shippedThemeCodes;
}

/**
 * A theme's label and synonyms in each language as the query expansion reads them
 * (lib/search/expand), each synonym of another language with its English equivalent: what
 * `theme_labels` holds of it, one row per language.
 */
export function keepThemeTerms(theme: KeepTheme, themeId: number): ThemeTerms[] {
  return KEEP_LANGUAGES.map((lang) => ({
    themeId,
    lang,
    label: theme.labels[lang],
    synonyms: theme.synonyms[lang],
    english: lang === "en" ? undefined : theme.english[lang],
  }));
}

const envelopeSchema = z.strictObject({
  source: z.literal("keep"),
  description: z.string().optional(),
  projects: z.array(z.unknown()),
});

const sameProgrammeFields = ["name", "fullName", "family", "period", "startYear", "endYear"] as const;

/**
 * Validates a parsed KEEP JSON file. Each project is checked on its own, so one bad project is
 * reported and skipped while the others come through. Theme codes are checked against the
 * shipped vocabulary unless `themeCodes` is given.
 */
export function parseKeepFile(json: unknown, options: { themeCodes?: ReadonlySet<string> } = {}): KeepParseResult {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { projects: [], errors: toErrors(envelope.error.issues, null) };

  const schema = createKeepProjectSchema(options.themeCodes ?? keepThemeCodes());
  const projects: KeepProject[] = [];
  const errors: KeepParseError[] = [];
  const projectByExternalId = new Map<string, number>();
  const programmeByCode = new Map<string, { index: number; programme: KeepProgramme }>();

  envelope.data.projects.forEach((raw, index) => {
    const rawId = (raw as { externalId?: unknown } | null)?.externalId;
    const externalId = typeof rawId === "string" ? rawId : undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...toErrors(parsed.error.issues, index, externalId));
      return;
    }
    const project = parsed.data;
    const earlier = projectByExternalId.get(project.externalId);
    if (earlier !== undefined) {
      errors.push({ project: index, externalId, path: "externalId", message: `same externalId as projects[${earlier}]` });
      return;
    }
    // Programmes are shared rows: two projects must not describe one programme code differently.
    const known = programmeByCode.get(project.programme.code);
    const differing = known && sameProgrammeFields.find((f) => known.programme[f] !== project.programme[f]);
    if (known && differing) {
      errors.push({
        project: index,
        externalId,
        path: `programme.${differing}`,
        message: `differs from programme ${project.programme.code} as given by projects[${known.index}]`,
      });
      return;
    }
    programmeByCode.set(project.programme.code, known ?? { index, programme: project.programme });
    projectByExternalId.set(project.externalId, index);
    projects.push(project);
  });
  return { projects, errors };
}

/** Validates a theme vocabulary; throws KeepFormatError naming each bad entry. */
export function parseKeepThemes(json: unknown, file = "theme vocabulary"): KeepTheme[] {
  const parsed = keepThemesFileSchema.safeParse(json);
  if (!parsed.success) throw new KeepFormatError(file, toErrors(parsed.error.issues, null));
  return parsed.data.themes;
}

/** Depth of a theme: 1 for "keep/economy", 2 for "keep/economy/clusters". */
export function keepThemeLevel(code: string): number {
  return code.split("/").length - 1;
}
