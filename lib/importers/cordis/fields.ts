// Field rules shared by the CORDIS parsers: how a cell becomes a typed value or a rejection.
// CORDIS cells are text; an empty cell is an absent value, a malformed one rejects its row.
import { z } from "zod";
import type { ParticipationRole } from "@/db/schema/knowledge";
import { blankToNull, type CsvRow } from "../csv";

/** Why a row was not imported: written to a rejects file next to the source, so it names the cell. */
export interface Rejection {
  line: number;
  field: string;
  reason: string;
}

export type Parsed<T> = { ok: true; line: number; value: T } | { ok: false; rejection: Rejection };

/** Runs a row schema; the first problem becomes the rejection (a row is rejected whole). */
export function parseWith<S extends z.ZodType>(schema: S, row: CsvRow, line: number): Parsed<z.output<S>> {
  const result = schema.safeParse(row);
  if (result.success) return { ok: true, line, value: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.length ? String(issue.path[0]) : "";
  const missing = field !== "" && row[field] === undefined;
  return { ok: false, rejection: { line, field, reason: missing ? "column missing" : (issue?.message ?? "invalid row") } };
}

/** The names of the columns a row schema reads, to check a file's header before reading it. */
export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

/** Why a cell or a row is not valid (returned, not thrown: the fast path runs for every row). */
export class Invalid {
  constructor(
    readonly message: string,
    /** For a row check: the column to blame. */
    readonly field?: string,
  ) {}
}

/** A cell rule as a plain function: the value, or Invalid with the reason. */
export type CellRule<T> = (value: string) => T | Invalid;

// The plain rule behind each cell schema, so that rowParser can run it without zod.
const cellRules = new WeakMap<z.ZodType, CellRule<unknown>>();

/**
 * A cell schema built from a plain rule: zod runs the rule (and says what is wrong), and rowParser
 * runs the same rule directly. One definition, two ways to run it.
 */
export function cell<T>(rule: CellRule<T>) {
  const schema = z.string().transform((v, ctx): T => {
    const result = rule(v);
    if (result instanceof Invalid) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result;
  });
  cellRules.set(schema, rule as CellRule<unknown>);
  return schema;
}

/** True when every column of a row schema has a plain rule, so that rowParser never needs zod for a valid row. */
export function compiles(columns: z.ZodObject): boolean {
  return Object.values(columns.shape as Record<string, z.ZodType>).every((s) => cellRules.has(s));
}

/**
 * A row parser: each column by its rule, then `build` (which may return Invalid naming a field).
 * Valid rows never touch zod: on the full CORDIS files validating every row with zod cost more
 * than the rest of the reading. A row that fails anything is parsed again by the zod schema
 * (`columns` with `build` as its transform), whose first issue is the rejection, so the reason is
 * zod's own; the two paths run the same rules and agree (tested in fields.test.ts).
 */
export function rowParser<S extends z.ZodObject, T>(
  columns: S,
  build: (row: z.output<S>) => T | Invalid,
): { parse: (row: CsvRow, line: number) => Parsed<T>; schema: z.ZodType<T> } {
  const schema = columns.transform((r, ctx): T => {
    const result = build(r);
    if (result instanceof Invalid) {
      ctx.addIssue({ code: "custom", path: result.field ? [result.field] : [], message: result.message });
      return z.NEVER;
    }
    return result;
  }) as unknown as z.ZodType<T>;
  const rules = Object.entries(columns.shape as Record<string, z.ZodType>).map(([key, s]) => [key, cellRules.get(s)] as const);
  if (rules.some(([, rule]) => rule === undefined)) {
    return { schema, parse: (row, line) => parseWith(schema, row, line) as Parsed<T> };
  }
  const slow = (row: CsvRow, line: number) => parseWith(schema, row, line) as Parsed<T>;
  return {
    schema,
    parse: (row, line) => {
      const out: Record<string, unknown> = {};
      for (const [key, rule] of rules) {
        const value = row[key];
        if (typeof value !== "string") return slow(row, line);
        const result = rule!(value);
        if (result instanceof Invalid) return slow(row, line);
        out[key] = result;
      }
      const value = build(out as z.output<S>);
      if (value instanceof Invalid) return slow(row, line);
      return { ok: true, line, value };
    },
  };
}

function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/**
 * A cell CORDIS quoted twice: some of its values were CSV-quoted once more before the file was
 * written, so that after reading they still stand in quotes with their own quotes doubled —
 * `"NATIONAL CENTER FOR SCIENTIFIC RESEARCH ""DEMOKRITOS"""` (106 organisation names, 83 short
 * names, 25 streets of the Horizon Europe participations; 2 Horizon 2020 objectives). Such a value
 * is unquoted once: `NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"`. Only a value wholly in
 * quotes whose inner quotes all come in pairs is: a title that merely starts or ends with a quoted
 * word (`"Solar BabySitter"- technology…`) is left as it is.
 */
export function unquoteTwiceQuoted(value: string): string {
  if (value.length < 2 || value.charCodeAt(0) !== 34 || value.charCodeAt(value.length - 1) !== 34) return value;
  const inner = value.slice(1, -1);
  if (inner.replace(/""/g, "").includes('"')) return value;
  return inner.replace(/""/g, '"');
}

/** A text cell: trimmed, null when blank, unquoted once when CORDIS quoted it twice. */
function cordisText(v: string): string | null {
  const text = blankToNull(v);
  return text == null ? null : blankToNull(unquoteTwiceQuoted(text));
}

export const optionalText = cell(cordisText);

export const requiredText = cell((v) => cordisText(v) ?? new Invalid("is empty"));

/** The Horizon 2020 skeleton was written by R: "NA" there means an empty cell. */
export function naAsEmpty<T>(schema: ReturnType<typeof cell<T>>) {
  const rule = cellRules.get(schema) as CellRule<T>;
  return cell((v) => rule(v.trim() === "NA" ? "" : v));
}

/** A grant agreement number or a CORDIS record number. */
export const numericId = cell((v) => {
  const t = v.trim();
  return /^\d{1,12}$/.test(t) ? t : new Invalid(`not a numeric id: ${show(v)}`);
});

/** Participant Identification Code: nine digits, stable across projects and programmes. */
export const pic = cell((v) => {
  const t = v.trim();
  return /^\d{9}$/.test(t) ? t : new Invalid(`not a 9-digit PIC: ${show(v)}`);
});

/**
 * An amount in EUR as a decimal string for a numeric(16, 2) column. The files here use a decimal
 * point; a lone decimal comma (as in CORDIS' own xlsx exports) is read too.
 */
export const money = cell((v) => {
  const t = v.trim();
  if (t === "") return null;
  const normalised = /^-?\d+,\d+$/.test(t) ? t.replace(",", ".") : t;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return new Invalid(`not an amount: ${show(v)}`);
  if (normalised.replace(/^-/, "").split(".")[0]!.length > 14) return new Invalid(`amount out of range: ${show(v)}`);
  return normalised;
});

/** "true" / "false" / empty (unknown). */
export const optionalBoolean = cell((v) => {
  const t = v.trim().toLowerCase();
  if (t === "") return null;
  if (t === "true") return true;
  if (t === "false") return false;
  return new Invalid(`not true or false: ${show(v)}`);
});

/** "YYYY-MM-DD" names a real day (no 2017-02-30). Arithmetic, not Date: it runs for every row of the full files. */
function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** YYYY-MM-DD (a date column). */
export const optionalDate = cell((v) => {
  const t = v.trim();
  if (t === "") return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(t) && isCalendarDate(t) ? t : new Invalid(`not a date (YYYY-MM-DD): ${show(v)}`);
});

/** CORDIS record time "YYYY-MM-DD HH:MM:SS", kept as text: it orders correctly as text. */
export const optionalRecordTime = cell((v) => {
  const t = v.trim();
  if (t === "") return null;
  return /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/.test(t) && isCalendarDate(t.slice(0, 10))
    ? t
    : new Invalid(`not a date and time: ${show(v)}`);
});

/**
 * The JSON export behind the H2020 sample joined repeated values with ";" ("PRC;PRC", "FI;FI").
 * Identical repeats collapse to one value; different ones are ambiguous.
 */
export function collapseRepeats(value: string): string | { ambiguous: string[] } {
  if (!value.includes(";")) return value.trim();
  const parts = [...new Set(value.split(";").map((p) => p.trim()).filter(Boolean))];
  return parts.length <= 1 ? (parts[0] ?? "") : { ambiguous: parts };
}

/**
 * A CORDIS country code, kept as is (EL for Greece, UK for the United Kingdom: countries.code is
 * the CORDIS code). Empty = not given. Whether the code is a known country is the loader's check.
 */
export const optionalCountry = cell((v) => {
  const collapsed = collapseRepeats(v);
  if (typeof collapsed !== "string") return new Invalid(`several countries: ${show(v)}`);
  const t = collapsed.toUpperCase();
  if (t === "") return null;
  return /^[A-Z]{2}$/.test(t) ? t : new Invalid(`not a 2-letter country code: ${show(v)}`);
});

/** A CORDIS activity type (HES, PRC, REC, PUB, OTH) or null; unknown codes are kept as given. */
export const optionalActivityType = cell((v) => {
  const collapsed = collapseRepeats(v);
  if (typeof collapsed !== "string") return new Invalid(`several activity types: ${show(v)}`);
  const t = collapsed.toUpperCase();
  if (t === "") return null;
  return /^[A-Z]{2,5}$/.test(t) ? t : new Invalid(`not an activity type: ${show(v)}`);
});

/**
 * A NUTS code. A bare 2-letter country code (CORDIS uses it where no region applies, mostly
 * outside Europe) says nothing the country does not, so it becomes null.
 */
export const optionalNuts = cell((v) => {
  const t = v.trim().toUpperCase();
  if (t === "" || /^[A-Z]{2}$/.test(t)) return null;
  return /^[A-Z]{2}[0-9A-Z]{1,3}$/.test(t) ? t : new Invalid(`not a NUTS code: ${show(v)}`);
});

/** "latitude,longitude" in one cell. */
export const geolocation = cell((v) => {
  const t = v.trim();
  if (t === "") return { latitude: null, longitude: null };
  const match = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  const latitude = Number(match?.[1]);
  const longitude = Number(match?.[2]);
  if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return new Invalid(`not "latitude,longitude": ${show(v)}`);
  return { latitude, longitude };
});

/**
 * An organisation's web site as a link: the first address when several are given, https://
 * added when the scheme is missing ("www.tugraz.at"). Something that is not a web address
 * becomes null rather than rejecting the participation it came with.
 */
export function normaliseWebsite(value: string | null | undefined): string | null {
  const first = value?.split(/[\s;,]+/).find(Boolean);
  if (!first) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(first);
  const candidate = hasScheme ? first : `https://${first.replace(/^\/+/, "")}`;
  try {
    const url = new URL(candidate);
    const web = url.protocol === "http:" || url.protocol === "https:";
    // "mailto:x@y.org" with https:// added would parse as a user "mailto" at y.org.
    if (!web || !url.hostname.includes(".") || url.username !== "" || url.password !== "") return null;
    return candidate;
  } catch {
    return null;
  }
}

export const website = cell((v) => normaliseWebsite(v));

const ROLES: Record<string, ParticipationRole> = {
  coordinator: "coordinator",
  participant: "partner",
  // Horizon 2020 called its unfunded partners "partner"; Horizon Europe says associatedPartner.
  partner: "associated_partner",
  associatedpartner: "associated_partner",
  thirdparty: "third_party",
};

export const role = cell((v) => ROLES[v.trim().toLowerCase()] ?? new Invalid(`unknown role: ${show(v)}`));

/** How strongly a role binds an organisation to a project, strongest first (the enum's order). */
export const ROLE_RANK: Record<ParticipationRole, number> = {
  coordinator: 0,
  partner: 1,
  associated_partner: 2,
  third_party: 3,
};

/** Position in the consortium ("order"). */
export const optionalPosition = cell((v) => {
  const t = v.trim();
  if (t === "") return null;
  const n = Number(t);
  return /^\d+$/.test(t) && n <= 32_767 ? n : new Invalid(`not a position: ${show(v)}`);
});

/** Splits a "|"-separated cell (the derived projects table joins several values so). */
export function splitList(value: string | null, separator = "|"): string[] {
  return (value ?? "")
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean);
}
