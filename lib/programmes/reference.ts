// The reference list of current Interreg programmes (data/reference/interreg-programmes.json):
// a member preparing a 2021-2027 proposal picks the programme it applies to, matching reads the
// experience its earlier periods recorded (KEEP projects of CENTRAL EUROPE 2007-2013 and Cadses
// 2000-2006 for Interreg CENTRAL EUROPE 2021-2027), and its area (the countries it covers) is
// where partners are looked for and what the consortium checks read (lib/consortium/programme-rules).
// No db: the shipped file is read once, here.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { STRANDS, type Strand } from "./strands";

const period = z.string().regex(/^\d{4}-\d{4}$/, "must be a period such as 2021-2027");
const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, "must be an upper-case programme code");
const country = z.string().regex(/^[A-Z]{2}$/, "must be a CORDIS country code such as AT or EL");

export const referenceProgrammeSchema = z.strictObject({
  code,
  name: z.string().min(1),
  fullName: z.string().min(1),
  strand: z.enum(STRANDS),
  period,
  startYear: z.number().int(),
  endYear: z.number().int(),
  /** The countries of the programme area (a cross-border programme covers their border regions only). */
  area: z.array(country).min(1),
  /** The programmes of earlier periods it continues, latest first, by the code a KEEP import gives them. */
  predecessors: z.array(z.strictObject({ code, name: z.string().min(1), period })),
});

export const referenceProgrammesFile = z.strictObject({
  source: z.strictObject({ id: z.string().min(1), description: z.string().min(1) }),
  programmes: z.array(referenceProgrammeSchema).min(1),
});

export type ReferenceProgramme = z.infer<typeof referenceProgrammeSchema>;

export const REFERENCE_PROGRAMMES_FILE = path.join(process.cwd(), "data", "reference", "interreg-programmes.json");

/** The list, checked: codes unique, a period's years as its bounds, an area's countries once each, predecessors of earlier periods. */
export function parseReferenceProgrammes(json: unknown): ReferenceProgramme[] {
  const { programmes } = referenceProgrammesFile.parse(json);
  const seen = new Set<string>();
  for (const p of programmes) {
    if (seen.has(p.code)) throw new Error(`interreg-programmes.json: ${p.code} is listed twice`);
    seen.add(p.code);
    if (p.period !== `${p.startYear}-${p.endYear}`) throw new Error(`interreg-programmes.json: ${p.code}: period ${p.period} is not ${p.startYear}-${p.endYear}`);
    const repeated = p.area.find((c, i) => p.area.indexOf(c) !== i);
    if (repeated) throw new Error(`interreg-programmes.json: ${p.code}: ${repeated} is twice in its area`);
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

/** The strand of a listed programme or of a programme it continues (Cadses: transnational); null for any other. */
export function programmeStrand(programmeCode: string, list: readonly ReferenceProgramme[] = referenceProgrammes()): Strand | null {
  const found = list.find((p) => p.code === programmeCode || p.predecessors.some((x) => x.code === programmeCode));
  return found?.strand ?? null;
}
