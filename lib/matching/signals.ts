// The signals of a match, each a pure function from what the database counted about a candidate
// (MatchFacts) to a value in 0..1. Counts saturate (1 - e^(-x/s)): the first few relevant
// projects say much, the fiftieth little. docs/matching.md gives the formula and the constants.

/** What the candidate query counts for one candidate (db/matching/candidates.ts). */
export interface MatchFacts {
  /** Σ over its relevant projects of the project's theme closeness (1 tagged with the theme, 0.7 a narrower one, 0.5 its parent). */
  themeSum: number;
  /** Profile themes of a registered organisation, as closeness in 0..1 (best of its themes). */
  profileTheme: number;
  /** Σ of the text ranks (ts_rank, 0..1 each) of its projects matching the query text. */
  textSum: number;
  programmePartProjects: number;
  /** Projects in the programme asked without a part; with a part, 1 when it has any in the part's programme (0 or 1). */
  programmeProjects: number;
  /** A programme was asked without a programme part: the programme is then the scope of programme experience. */
  programmeOnly?: boolean;
  topicProjects: number;
  topicFamilyProjects: number;
  regionProjects: number;
  /** The target region (NUTS code of any level, or a country) the organisation itself is located in; absent or null when none. */
  basedInRegion?: string | null;
  /** Relevant projects it coordinated, and all projects it coordinated. */
  relevantCoordinated: number;
  /** Consortia it led on an asked theme or a narrower one (any programme; the largest count of one asked theme: a project on two is not counted twice): how many of the relevant ones the reason may say are on them. */
  themeCoordinated: number;
  /** Relevant consortia it led in the asked programme part (0 when no part is asked). */
  partCoordinated: number;
  coordinatorCount: number;
  projectCount: number;
  /** Year of its latest project: its start, or its call's year when the start is unknown (Horizon Europe); null when neither is known. */
  lastStartYear: number | null;
  /** That year is a call's year, not a known start. */
  lastYearFromCall: boolean;
  projectsWithRequester: number;
  /** Of those, relevant projects (same part, call, themes or text) and projects in the asked programme. */
  relevantWithRequester: number;
  programmeWithRequester: number;
  /** Of those, projects in the asked programme part (0 when no part is asked). */
  partWithRequester: number;
  /** How many of the requester's past partners it has worked with. */
  sharedPartners: number;
}

/** 1 - e^(-x/scale): 0 at 0, ~0.63 at x = scale, → 1. */
export function saturate(x: number, scale: number): number {
  if (!(x > 0) || !(scale > 0)) return 0;
  return 1 - Math.exp(-x / scale);
}

/** Theme overlap: its projects' closeness to the asked themes, or its own profile themes, whichever is more. */
export function themeSignal(f: Pick<MatchFacts, "themeSum" | "profileTheme">): number {
  return Math.max(saturate(f.themeSum, 2), Math.min(1, Math.max(0, f.profileTheme)) * 0.8);
}

/** Text similarity: summed ranks of its projects matching the query text. */
export function textSignal(f: Pick<MatchFacts, "textSum">): number {
  return saturate(f.textSum, 0.3);
}

/**
 * Programme experience: projects in the asked programme part, a little for the rest of its
 * programme; when a programme is asked without a part (an interest without a known call topic),
 * projects in that programme as a part's would count.
 */
export function programmeSignal(f: Pick<MatchFacts, "programmePartProjects" | "programmeProjects" | "programmeOnly">): number {
  if (f.programmeOnly) return saturate(f.programmeProjects, 3);
  return Math.max(saturate(f.programmePartProjects, 3), 0.3 * saturate(f.programmeProjects, 5));
}

/** Topic experience: the same call topic counts double a topic of the same family (same call, other topic); logarithmic. */
export function topicSignal(f: Pick<MatchFacts, "topicProjects" | "topicFamilyProjects">): number {
  return Math.min(1, Math.log1p(2 * Math.max(0, f.topicProjects) + Math.max(0, f.topicFamilyProjects)) / Math.log(4));
}

/** What being located in a target region is worth on its own: about as much as one or two projects there. */
export const BASED_IN_REGION = 0.5;

/**
 * Regional experience: relevant projects with a participant in the target regions, or being
 * located in one (an Interreg cross-border partner must be: a Styrian university for Steiermark).
 */
export function regionSignal(f: Pick<MatchFacts, "regionProjects" | "basedInRegion">): number {
  return Math.max(saturate(f.regionProjects, 2), f.basedInRegion ? BASED_IN_REGION : 0);
}

/** Role experience: has coordinated (relevant projects weigh more than any). */
export function roleSignal(f: Pick<MatchFacts, "relevantCoordinated" | "coordinatorCount">): number {
  return Math.max(saturate(f.relevantCoordinated, 1), 0.5 * saturate(f.coordinatorCount, 3));
}

/** Volume and recency: many projects, the latest recent (a year without projects costs 15 %). */
export function activitySignal(f: Pick<MatchFacts, "projectCount" | "lastStartYear">, currentYear: number): number {
  const volume = Math.min(1, Math.log1p(Math.max(0, f.projectCount)) / Math.log1p(100));
  if (f.lastStartYear == null) return volume * 0.5;
  const idle = Math.max(0, currentYear - f.lastStartYear - 1);
  return volume * Math.pow(0.85, idle);
}

/**
 * Network proximity, logarithmic in the projects shared with the requester (a consortium is most
 * often re-formed around recent partners): all shared projects, those in the asked programme, those
 * relevant to the query, those in the asked programme part, and the requester's partners it has
 * worked with. Coefficients fitted with `eval` on seeds 1 and 2 and checked on 3 and 4 (docs/matching.md).
 */
export function networkSignal(
  f: Pick<MatchFacts, "projectsWithRequester" | "programmeWithRequester" | "relevantWithRequester" | "partWithRequester" | "sharedPartners">,
): number {
  const raw =
    0.45 * Math.log1p(Math.max(0, f.projectsWithRequester)) +
    0.6 * Math.log1p(Math.max(0, f.programmeWithRequester)) +
    0.3 * Math.log1p(Math.max(0, f.relevantWithRequester)) +
    0.45 * Math.log1p(Math.max(0, f.partWithRequester)) +
    0.1 * Math.log1p(Math.max(0, f.sharedPartners));
  return Math.min(1, raw / NETWORK_SATURATION);
}

/** The raw network sum at which the signal is full: a partner of many projects, several in the asked part. */
export const NETWORK_SATURATION = 4;

/** The requester's partners looked at for second-degree proximity: its most frequent ones. */
export const SECOND_DEGREE_PARTNERS = 20;

/**
 * The network signal of a query for new partners only, where no candidate has worked with the
 * requester: second-degree proximity alone, logarithmic in how many of the requester's most
 * frequent partners it has worked with, full at all of them.
 */
export function secondDegreeSignal(f: Pick<MatchFacts, "sharedPartners">): number {
  return Math.min(1, Math.log1p(Math.max(0, f.sharedPartners)) / Math.log1p(SECOND_DEGREE_PARTNERS));
}
