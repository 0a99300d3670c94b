// The reference list of current Interreg programmes (data/reference/interreg-programmes.json):
// a member preparing a 2021-2027 proposal picks the programme it applies to, and matching reads
// the experience its earlier periods recorded (KEEP projects of CENTRAL EUROPE 2007-2013 and Cadses
// 2000-2006 for Interreg CENTRAL EUROPE 2021-2027). Pure: the file is read by db/load/programmes.ts.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const period = z.string().regex(/^\d{4}-\d{4}$/, "must be a period such as 2021-2027");
const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, "must be an upper-case programme code");

export const referenceProgrammeSchema = z.strictObject({
  code,
  name: z.string().min(1),
  fullName: z.string().min(1),
  strand: z.enum(["transnational", "interregional"]),
  period,
  startYear: z.number().int(),
  endYear: z.number().int(),
  /** The programmes of earlier periods it continues, latest first, by the code a KEEP import gives them. */
  predecessors: z.array(z.strictObject({ code, name: z.string().min(1), period })),
});

export const referenceProgrammesFile = z.strictObject({
  source: z.strictObject({ id: z.string().min(1), description: z.string().min(1) }),
  programmes: z.array(referenceProgrammeSchema).min(1),
});

export type ReferenceProgramme = z.infer<typeof referenceProgrammeSchema>;

export const REFERENCE_PROGRAMMES_FILE = path.join(process.cwd(), "data", "reference", "interreg-programmes.json");

/** The list, checked: codes unique, a period's years as its bounds, predecessors of earlier periods. */
export function parseReferenceProgrammes(json: unknown): ReferenceProgramme[] {
  const { programmes } = referenceProgrammesFile.parse(json);
  const seen = new Set<string>();
  for (const p of programmes) {
    if (seen.has(p.code)) throw new Error(`interreg-programmes.json: ${p.code} is listed twice`);
    seen.add(p.code);
    if (p.period !== `${p.startYear}-${p.endYear}`) throw new Error(`interreg-programmes.json: ${p.code}: period ${p.period} is not ${p.startYear}-${p.endYear}`);
    for (const earlier of p.predecessors) {
      if (Number(earlier.period.slice(5)) >= p.startYear) throw new Error(`interreg-programmes.json: ${p.code}: ${earlier.code} (${earlier.period}) does not come before ${p.period}`);
    }
  }
  return programmes;
}

let cached: ReferenceProgramme[] | undefined;

/** The shipped list, read once. */
export function referenceProgrammes(): ReferenceProgramme[] {
  cached ??= parseReferenceProgrammes(JSON.parse(fs.readFileSync(REFERENCE_PROGRAMMES_FILE, "utf8")));
  return cached;
}

/** A programme's code and the codes of the programmes it continues (just its own for any other). */
export function programmeLineage(programmeCode: string, list: readonly ReferenceProgramme[] = referenceProgrammes()): string[] {
  const found = list.find((p) => p.code === programmeCode);
  return [programmeCode, ...(found?.predecessors.map((p) => p.code) ?? [])];
}
