// Reference data: where data comes from (with its attribution), countries and NUTS regions.
import { index, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";

/** A data source and the attribution its licence requires; every imported row points to one. */
export const dataSources = pgTable("data_sources", {
  id: text().primaryKey(), // e.g. "cordis-he", "cordis-h2020", "keep", "eurostat-nuts"
  name: text().notNull(),
  publisher: text().notNull(),
  licence: text().notNull(),
  attribution: text().notNull(), // the sentence to show wherever its data is shown
  url: text(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Countries keyed by the CORDIS/Eurostat code (EL, UK), with ISO codes and names. */
export const countries = pgTable("countries", {
  code: text().primaryKey(),
  isoAlpha2: text().notNull(),
  isoAlpha3: text(),
  isoNumeric: text(),
  nameEn: text().notNull(),
  nameDe: text(),
  nameFr: text(),
  nameIt: text(),
  nameEs: text(),
  namePl: text(),
  nameIso: text(),
  nutsScope: text(), // EU27, NUTS-SR, NUTS2016-only or null
}, (t) => [index().on(t.isoAlpha2)]);

/**
 * NUTS regions of every version we know (2016, 2021, 2024). Codes are hierarchical by
 * prefix (AT3 ⊃ AT31 ⊃ AT312), so a region's subtree is `code LIKE 'AT3%'`.
 */
export const nutsRegions = pgTable("nuts_regions", {
  version: smallint().notNull(),
  code: text().notNull(),
  kind: text().notNull(), // NUTS or SR (statistical region)
  name: text().notNull(),
  level: smallint().notNull(),
  countryCode: text().notNull(),
  parentCode: text(),
  note: text(),
}, (t) => [
  primaryKey({ columns: [t.version, t.code] }),
  index().on(t.code),
  index().on(t.countryCode, t.level),
  index().on(t.parentCode),
]);

export type Country = typeof countries.$inferSelect;
export type NutsRegion = typeof nutsRegions.$inferSelect;
export type DataSource = typeof dataSources.$inferSelect;
