// Reads of reference data for filters and forms: the countries organisations are in, and the
// country lists the forms offer, named in the reader's language.
import "server-only";
import { asc, eq, isNotNull, sql } from "drizzle-orm";
import { localiseCountries } from "@/lib/format";
import type { Db, Tx } from "../index";
import { countries, organisations } from "../schema";

export interface CountryOption {
  code: string;
  name: string;
  organisationCount: number;
}

/** Countries with at least one named organisation, by English name, for the country filters. */
export async function listOrganisationCountries(db: Db): Promise<CountryOption[]> {
  return db
    .select({ code: countries.code, name: countries.nameEn, organisationCount: sql<number>`count(*)`.mapWith(Number) })
    .from(organisations)
    .innerJoin(countries, eq(countries.code, organisations.countryCode))
    .where(isNotNull(organisations.name))
    .groupBy(countries.code, countries.nameEn)
    .orderBy(asc(countries.nameEn));
}

/**
 * A form's or filter's country list, named in the formatting locale `locale` (e.g. "de-AT") and
 * sorted the way its language sorts: every country (where an organisation is), or only the
 * partner countries, those with NUTS regions (EU, EFTA, candidates, UK), that an interest wants
 * partners from.
 */
export async function listCountriesFor(db: Db | Tx, locale: string, which: "all" | "partners" = "all"): Promise<{ code: string; name: string }[]> {
  const rows = await db
    .select({ code: countries.code, name: countries.nameEn })
    .from(countries)
    .where(which === "partners" ? isNotNull(countries.nutsScope) : undefined)
    .orderBy(asc(countries.nameEn));
  return localiseCountries(rows, locale);
}
