// The matching contract: what a caller asks (MatchQuery) and what it gets back (Match). The
// engine (db/matching/find-matches.ts) generates candidates in the database and scores and
// explains them with the pure functions of lib/matching; docs/matching.md has the formula.
import type { OrganisationType, ParticipationRole } from "@/db/schema/knowledge";
import type { Reason } from "./explain";

/** What a requester looks for. Every field is optional; codes are resolved before the call. */
export interface MatchQuery {
  /** Free text (an interest's title and description): compared with the candidates' past projects. */
  text?: string;
  /** A programme part code (HORIZON.2.5, an Interreg strand …); unknown codes are rejected by resolveMatchQuery. */
  programmePartCode?: string;
  /**
   * A programme code of the knowledge base (HORIZON, H2020, INTERREG-IVB-CENTRAL-EUROPE …): what an
   * interest names when it knows no call topic. A programme part, when asked, is more precise: its
   * programme is then the asked programme and this is not read.
   */
  programmeCode?: string;
  /** A call topic code (HORIZON-CL5-2022-D2-01-02); its family is the code without the last segment. */
  topicCode?: string;
  /** Theme ids (themes.id) of the vocabulary; resolve EuroSciVoc paths or codes with resolveThemes first. */
  themeIds?: number[];
  /** The requesting knowledge-base organisation: never matched, and the origin of network proximity. */
  requesterOrganisationId?: number;
  /** The requesting registered organisation (organisation_profiles.id): its verified claims count as its records. */
  requesterProfileId?: number;
  /** Hard filter: only these types (normalised; CORDIS codes are mapped with partnerTypesFromCordis). */
  partnerTypes?: OrganisationType[];
  /** Hard filter: only these countries (CORDIS codes: EL, UK; normalise ISO GR/GB with toCordisCountry). */
  countries?: string[];
  /** Target regions (NUTS codes of any level): regional experience. */
  regions?: string[];
  /** Hard filter: leave out the organisations the requester has worked with (its whole network): new partners only. */
  newPartnersOnly?: boolean;
  /** How many matches (default 20, at most 200). */
  k?: number;
}

/** The per-signal values of a candidate, each in 0..1 (see docs/matching.md). */
export interface MatchSignals {
  themes: number;
  text: number;
  programme: number;
  topic: number;
  region: number;
  role: number;
  activity: number;
  network: number;
}

export interface MatchProjectEvidence {
  id: number;
  acronym: string | null;
  title: string | null;
  role: ParticipationRole;
  startDate: string | null;
  programmePartCode: string | null;
  topicCode: string | null;
  /** Its call topic's title (what the card says of a project without a title; absent in matches stored before 6 December 2026). */
  topicTitle?: string | null;
  /** The query text's words it has, as the user wrote them, rarest first (absent without text, and in matches stored before 5 December 2026). */
  descriptionWords?: string[];
  /** The asked themes it is on (or their parents), at most two (absent when none, and in matches stored before 6 December 2026). */
  themes?: { id: number; label: string }[];
  /** It was the coordinator, alone: a grant held alone, not a consortium led (absent otherwise). */
  soleBeneficiary?: true;
  /** Of the asked call topic ("topic") or of another topic of its call ("call"); absent otherwise, and in matches stored before 6 December 2026 (session 21). */
  sameCall?: "topic" | "call";
  /** The requester took part in it too (absent otherwise, and in matches stored before 6 December 2026, session 21). */
  withRequester?: true;
}

export interface MatchEvidence {
  /** The two or three most relevant past projects. */
  projects: MatchProjectEvidence[];
  /** Query themes (or their nearest ancestors) found in the candidate's projects or profile. */
  sharedThemes: { id: number; label: string }[];
  /** The requester's past partners the candidate has also worked with. */
  sharedPartners: { id: number; name: string }[];
  /** Projects the candidate did with the requester itself. */
  projectsWithRequester: number;
  /** Of those, the ones relevant to the query, and the ones in the asked programme. */
  relevantProjectsWithRequester: number;
  programmeProjectsWithRequester: number;
  /** Projects in the asked programme part / topic family. */
  programmePartProjects: number;
  topicFamilyProjects: number;
  /** Projects involving the target regions (by a participant's NUTS code). */
  regionProjects: number;
  projectCount: number;
  coordinatorCount: number;
  lastStart: string | null;
}

export interface Match {
  /** The knowledge-base organisation (null for a registered organisation with no claimed record). */
  organisationId: number | null;
  /** The registered organisation, when one has this record verified (or is the candidate itself). */
  profileId: number | null;
  name: string;
  pic: string | null;
  type: OrganisationType;
  countryCode: string | null;
  /** 0..1, higher is better; the list is sorted by it. */
  score: number;
  signals: MatchSignals;
  /** Plain-language explanations in English, most telling first. */
  reasons: string[];
  /** The same reasons as kinds and values, put into words in the reader's language when shown. */
  explanations?: Reason[];
  evidence: MatchEvidence;
}
