// Pure parsers for the reference lists: countries (CORDIS + ISO codes) and NUTS regions.
import { z } from "zod";
import { blankToNull, type CsvRow } from "./csv";

export const countryRow = z.object({
  cordisCode: z.string().regex(/^[A-Z]{2}$/),
  isoAlpha2: z.string().regex(/^[A-Z]{2}$/),
  isoAlpha3: z.string(),
  isoNumeric: z.string(),
  nameEn: z.string().min(1),
  nameDe: z.string(),
  nameFr: z.string(),
  nameIt: z.string(),
  nameEs: z.string(),
  namePl: z.string(),
  nameEnIso: z.string(),
  nutsScope: z.string(),
});

export function toCountry(row: CsvRow) {
  const r = countryRow.parse(row);
  return {
    code: r.cordisCode,
    isoAlpha2: r.isoAlpha2,
    isoAlpha3: blankToNull(r.isoAlpha3),
    isoNumeric: blankToNull(r.isoNumeric),
    nameEn: r.nameEn,
    nameDe: blankToNull(r.nameDe),
    nameFr: blankToNull(r.nameFr),
    nameIt: blankToNull(r.nameIt),
    nameEs: blankToNull(r.nameEs),
    namePl: blankToNull(r.namePl),
    nameIso: blankToNull(r.nameEnIso),
    nutsScope: blankToNull(r.nutsScope),
  };
}

export const nutsRow = z.object({
  version: z.coerce.number().int().min(2003).max(2100),
  kind: z.enum(["NUTS", "SR"]),
  code: z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/),
  name: z.string().min(1),
  level: z.coerce.number().int().min(0).max(3),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  parentCode: z.string(),
  note: z.string(),
});

export function toNutsRegion(row: CsvRow) {
  const r = nutsRow.parse(row);
  return { ...r, parentCode: blankToNull(r.parentCode), note: blankToNull(r.note) };
}
