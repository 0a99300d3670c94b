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

function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

export const optionalText = z.string().transform((v) => blankToNull(v));

export const requiredText = z.string().transform((v, ctx) => blankToNull(v) ?? fail(ctx, "is empty"));

/** The Horizon 2020 skeleton was written by R: "NA" there means an empty cell. */
export function naAsEmpty<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .transform((v) => (v.trim() === "NA" ? "" : v))
    .pipe(schema);
}

/** A grant agreement number or a CORDIS record number. */
export const numericId = z.string().transform((v, ctx) => {
  const t = v.trim();
  return /^\d{1,12}$/.test(t) ? t : fail(ctx, `not a numeric id: ${show(v)}`);
});

/** Participant Identification Code: nine digits, stable across projects and programmes. */
export const pic = z.string().transform((v, ctx) => {
  const t = v.trim();
  return /^\d{9}$/.test(t) ? t : fail(ctx, `not a 9-digit PIC: ${show(v)}`);
});

/**
 * An amount in EUR as a decimal string for a numeric(16, 2) column. The files here use a decimal
 * point; a lone decimal comma (as in CORDIS' own xlsx exports) is read too.
 */
export const money = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === "") return null;
  const normalised = /^-?\d+,\d+$/.test(t) ? t.replace(",", ".") : t;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return fail(ctx, `not an amount: ${show(v)}`);
  if (normalised.replace(/^-/, "").split(".")[0]!.length > 14) return fail(ctx, `amount out of range: ${show(v)}`);
  return normalised;
});

/** "true" / "false" / empty (unknown). */
export const optionalBoolean = z.string().transform((v, ctx) => {
  const t = v.trim().toLowerCase();
  if (t === "") return null;
  if (t === "true") return true;
  if (t === "false") return false;
  return fail(ctx, `not true or false: ${show(v)}`);
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
export const optionalDate = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === "") return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(t) && isCalendarDate(t) ? t : fail(ctx, `not a date (YYYY-MM-DD): ${show(v)}`);
});

/** CORDIS record time "YYYY-MM-DD HH:MM:SS", kept as text: it orders correctly as text. */
export const optionalRecordTime = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === "") return null;
  return /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/.test(t) && isCalendarDate(t.slice(0, 10))
    ? t
    : fail(ctx, `not a date and time: ${show(v)}`);
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
export const optionalCountry = z.string().transform((v, ctx) => {
  const collapsed = collapseRepeats(v);
  if (typeof collapsed !== "string") return fail(ctx, `several countries: ${show(v)}`);
  const t = collapsed.toUpperCase();
  if (t === "") return null;
  return /^[A-Z]{2}$/.test(t) ? t : fail(ctx, `not a 2-letter country code: ${show(v)}`);
});

/** A CORDIS activity type (HES, PRC, REC, PUB, OTH) or null; unknown codes are kept as given. */
export const optionalActivityType = z.string().transform((v, ctx) => {
  const collapsed = collapseRepeats(v);
  if (typeof collapsed !== "string") return fail(ctx, `several activity types: ${show(v)}`);
  const t = collapsed.toUpperCase();
  if (t === "") return null;
  return /^[A-Z]{2,5}$/.test(t) ? t : fail(ctx, `not an activity type: ${show(v)}`);
});

/**
 * A NUTS code. A bare 2-letter country code (CORDIS uses it where no region applies, mostly
 * outside Europe) says nothing the country does not, so it becomes null.
 */
export const optionalNuts = z.string().transform((v, ctx) => {
  const t = v.trim().toUpperCase();
  if (t === "" || /^[A-Z]{2}$/.test(t)) return null;
  return /^[A-Z]{2}[0-9A-Z]{1,3}$/.test(t) ? t : fail(ctx, `not a NUTS code: ${show(v)}`);
});

/** "latitude,longitude" in one cell. */
export const geolocation = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === "") return { latitude: null, longitude: null };
  const match = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  const latitude = Number(match?.[1]);
  const longitude = Number(match?.[2]);
  if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return fail(ctx, `not "latitude,longitude": ${show(v)}`);
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

export const website = z.string().transform((v) => normaliseWebsite(v));

const ROLES: Record<string, ParticipationRole> = {
  coordinator: "coordinator",
  participant: "partner",
  // Horizon 2020 called its unfunded partners "partner"; Horizon Europe says associatedPartner.
  partner: "associated_partner",
  associatedpartner: "associated_partner",
  thirdparty: "third_party",
};

export const role = z.string().transform((v, ctx) => ROLES[v.trim().toLowerCase()] ?? fail(ctx, `unknown role: ${show(v)}`));

/** How strongly a role binds an organisation to a project, strongest first (the enum's order). */
export const ROLE_RANK: Record<ParticipationRole, number> = {
  coordinator: 0,
  partner: 1,
  associated_partner: 2,
  third_party: 3,
};

/** Position in the consortium ("order"). */
export const optionalPosition = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === "") return null;
  const n = Number(t);
  return /^\d+$/.test(t) && n <= 32_767 ? n : fail(ctx, `not a position: ${show(v)}`);
});

/** Splits a "|"-separated cell (the derived projects table joins several values so). */
export function splitList(value: string | null, separator = "|"): string[] {
  return (value ?? "")
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean);
}
