// Reads of reference data for filters: the countries organisations are in.
import "server-only";
import { asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../index";
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
