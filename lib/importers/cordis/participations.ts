// Participation rows in the CORDIS organisation layout (Horizon Europe organization.xlsx and the
// H2020 sample): one organisation in one project, with the organisation's own details repeated
// on each of its rows.
import { z } from "zod";
import type { OrganisationType, ParticipationRole } from "@/db/schema/knowledge";
import { organisationTypeFromCordis } from "@/lib/organisation-types";
import type { CsvRow } from "../csv";
import {
  geolocation,
  money,
  numericId,
  optionalActivityType,
  optionalBoolean,
  optionalCountry,
  optionalNuts,
  optionalPosition,
  optionalRecordTime,
  optionalText,
  rowParser,
  pic,
  requiredText,
  role,
  ROLE_RANK,
  website,
  type Parsed,
} from "./fields";

/** An organisation as one row describes it; rows are merged by PIC (see mergeOrganisations). */
export interface CordisOrganisation {
  pic: string;
  /** Null only where the source gives no names (the H2020 skeleton). */
  name: string | null;
  shortName: string | null;
  vatNumber: string | null;
  activityType: string | null;
  isSme: boolean | null;
  type: OrganisationType;
  street: string | null;
  postCode: string | null;
  city: string | null;
  countryCode: string | null;
  nutsCode: string | null;
  website: string | null;
  latitude: number | null;
  longitude: number | null;
  /** When CORDIS last updated this record; the latest record wins. */
  recordTime: string | null;
}

export interface CordisParticipation {
  /** The project as the file names it: HE grant number, H2020 sample grant number, skeleton rcn. */
  projectKey: string;
  projectAcronym: string | null;
  organisation: CordisOrganisation;
  role: ParticipationRole;
  position: number | null;
  euContribution: string | null;
  totalCost: string | null;
  endedEarly: boolean;
}

export const participationColumns = z.object({
  projectID: numericId,
  projectAcronym: optionalText,
  organisationID: pic,
  vatNumber: optionalText,
  name: requiredText,
  shortName: optionalText,
  SME: optionalBoolean,
  activityType: optionalActivityType,
  street: optionalText,
  postCode: optionalText,
  city: optionalText,
  country: optionalCountry,
  nutsCode: optionalNuts,
  geolocation,
  organizationURL: website,
  contentUpdateDate: optionalRecordTime,
  order: optionalPosition,
  role,
  ecContribution: money,
  totalCost: money,
  endOfParticipation: optionalBoolean,
});

const participationRow = rowParser(
  participationColumns,
  (r): CordisParticipation => ({
    projectKey: r.projectID,
    projectAcronym: r.projectAcronym,
    organisation: {
      pic: r.organisationID,
      name: r.name,
      shortName: r.shortName,
      vatNumber: r.vatNumber,
      activityType: r.activityType,
      isSme: r.SME,
      type: organisationTypeFromCordis(r.activityType, r.SME),
      street: r.street,
      postCode: r.postCode,
      city: r.city,
      countryCode: r.country,
      nutsCode: r.nutsCode,
      website: r.organizationURL,
      latitude: r.geolocation.latitude,
      longitude: r.geolocation.longitude,
      recordTime: r.contentUpdateDate,
    },
    role: r.role,
    position: r.order,
    euContribution: r.ecContribution,
    totalCost: r.totalCost,
    endedEarly: r.endOfParticipation ?? false,
  }),
);

/** cordis_he_organizations.csv(.gz): a Horizon Europe participation; projectKey = projectID. */
export function parseHeParticipation(row: CsvRow, line: number): Parsed<CordisParticipation> {
  return participationRow.parse(row, line);
}

/**
 * cordis_h2020_sample_organizations.csv: the same layout; projectKey is the grant number (the
 * sample projects file maps it to the rcn). Its "partner" rows are unfunded associated partners.
 */
export function parseH2020SampleParticipation(row: CsvRow, line: number): Parsed<CordisParticipation> {
  return participationRow.parse(row, line);
}

function sumMoney(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  // Cents as integers: the amounts have at most two decimals, so the sum is exact.
  const cents = (v: string) => Math.round(Number(v) * 100);
  return ((cents(a) + cents(b)) / 100).toString();
}

/** What a participation row says about the participation itself (not about the organisation). */
export interface ParticipationFacts {
  role: ParticipationRole;
  position: number | null;
  euContribution: string | null;
  totalCost: string | null;
  endedEarly: boolean;
}

/**
 * One participation from two rows of the same organisation in the same project (CORDIS lists a
 * university both as participant and as associated partner, a company twice as third party):
 * the stronger role with its position, the amounts added so that project totals stay right.
 * Everything else comes from the row with the stronger role; organisations merge by PIC apart.
 */
export function mergeParticipations<P extends ParticipationFacts>(a: P, b: P): P {
  const [strong, weak] = ROLE_RANK[b.role] < ROLE_RANK[a.role] ? [b, a] : [a, b];
  return {
    ...strong,
    euContribution: sumMoney(strong.euContribution, weak.euContribution),
    totalCost: sumMoney(strong.totalCost, weak.totalCost),
    endedEarly: strong.endedEarly && weak.endedEarly,
  };
}

/**
 * One organisation from two records of the same PIC: the more recent record wins field by field,
 * and a field it leaves empty keeps the older value (an absent web site is not a deleted one).
 * Ties go to the later argument, i.e. the later row of the file.
 */
export function mergeOrganisations(a: CordisOrganisation, b: CordisOrganisation): CordisOrganisation {
  const [older, newer] = (a.recordTime ?? "") > (b.recordTime ?? "") ? [b, a] : [a, b];
  const pick = <K extends keyof CordisOrganisation>(key: K): CordisOrganisation[K] => newer[key] ?? older[key];
  const activityType = pick("activityType");
  const isSme = pick("isSme");
  return {
    pic: newer.pic,
    name: pick("name"),
    shortName: pick("shortName"),
    vatNumber: pick("vatNumber"),
    activityType,
    isSme,
    type: organisationTypeFromCordis(activityType, isSme),
    street: pick("street"),
    postCode: pick("postCode"),
    city: pick("city"),
    countryCode: pick("countryCode"),
    nutsCode: pick("nutsCode"),
    website: pick("website"),
    latitude: newer.latitude ?? older.latitude,
    longitude: newer.latitude === null ? older.longitude : newer.longitude,
    recordTime: pick("recordTime"),
  };
}
