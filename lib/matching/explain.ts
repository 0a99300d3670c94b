// The plain-language reasons of a match, built from the same facts as its score so that what a
// user reads is what ranked it: most telling first, one short sentence each.
import type { MatchFacts } from "./signals";

export interface ExplainContext {
  /** The asked programme part code (HORIZON.2.5), when asked. */
  programmePartCode?: string | null;
  /** The name of the programme asked without a part ("Horizon Europe", "CENTRAL EUROPE"), when asked so. */
  programmeName?: string | null;
  /** That programme continues earlier ones, whose projects are counted with its own. */
  programmeLineage?: boolean;
  /** The asked topic and its family (HORIZON-CL5-2022-D2-01), when asked. */
  topicCode?: string | null;
  topicFamily?: string | null;
  /** Labels of the shared themes, best first. */
  sharedThemes: string[];
  /** Names of the requester's partners it has worked with. */
  sharedPartners: string[];
  /** The target regions asked (codes as given). */
  regions?: string[];
  /** Whether its profile (a registered organisation) lists themes asked for. */
  profileThemes?: string[];
  /** The asked themes its open partnership interests (a registered organisation's) are on. */
  interestThemes?: string[];
  /** Its projects that matched the query text (acronyms) and the text's words each has, rarest first. */
  textProjects?: { acronym: string; words: string[] }[];
}

/** A count as English writes it, thousands grouped ("2,191"), as the interface's catalogues format it. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c"; more than `max` become "a, b and 3 more"; joiner "or" for alternatives ("a, b or c"). */
export function listWords(items: readonly string[], max = 3, joiner: "and" | "or" = "and"): string {
  if (items.length === 0) return "";
  if (items.length <= max) return items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(", ")} ${joiner} ${items[items.length - 1]}`;
  return `${items.slice(0, max).join(", ")} ${joiner} ${formatCount(items.length - max)} more`;
}

/**
 * One reason as a kind and its values: stored with the match (evidence.explanations) and put into
 * words in the reader's language when shown (lib/matching/reason-words.ts); reasonText gives the
 * English sentence the CLI prints and interest_matches.reasons keeps.
 */
export type Reason =
  | { kind: "registered" }
  /** `inPart` of them in the asked programme part `programme` (absent when none, and in reasons stored before 6 December 2026, session 21). */
  | { kind: "workedWithYou"; count: number; inPart?: number; programme?: string }
  | { kind: "sharedPartners"; count: number; names: string[] }
  /**
   * `onThemes` of the `count` are on `themes`, and all are in the programme part `programme` when it
   * is given (since 6 December 2026, session 21). Reasons stored before have no `onThemes`: they said
   * all of them were on the themes and in the part, which held for some only (a project of the same
   * call on another theme).
   */
  | { kind: "coordinated"; count: number; themes: string[]; programme: string | null; onThemes?: number }
  | { kind: "sameTopic"; count: number; topic: string | null }
  | { kind: "sameCall"; count: number; call: string | null }
  /** Projects in the asked programme part (its code), or in the programme asked without a part (its name). */
  | { kind: "programmePart"; count: number; programme: string }
  /** Projects in the programme asked without a part or in the earlier programmes it continues (its name). */
  | { kind: "programmeLineage"; count: number; programme: string }
  | { kind: "pastThemes"; themes: string[] }
  | { kind: "profileLists"; themes: string[] }
  | { kind: "openInterest"; themes: string[] }
  /** `words[i]`: the description's words projects[i] has (absent in reasons stored before 5 December 2026). */
  | { kind: "closeToDescription"; projects: string[]; words?: string[][] }
  | { kind: "regions"; count: number; regions: string[] }
  /** Located in a target region below the country (its code: "AT22"). */
  | { kind: "basedIn"; region: string }
  /** `latestFromCall`: the year is the latest project's call year (its start is unknown); absent when it is a start (and in reasons stored before 3 December 2026). */
  | { kind: "inAll"; count: number; coordinated: number; latestYear: number | null; latestFromCall?: boolean };

export type ReasonKind = Reason["kind"];

/** How many items of each list a sentence names before "and N more". */
export const REASON_LIST_MAX = { names: 3, coordinatedThemes: 2, themes: 3, projects: 3, regions: 3, projectWords: 3 } as const;

/**
 * A project close to the description with the description's words it has: "ForestNavigator
 * (forest, monitoring)". The words are the user's own, so the same in every language.
 */
export function projectWithWords(acronym: string, words: readonly string[] | undefined): string {
  return !words || words.length === 0 ? acronym : `${acronym} (${projectWords(words)})`;
}

/** A project's words of the description, three at most: "forest, remote, sensing, …". */
export function projectWords(words: readonly string[]): string {
  // "SME" and "SMEs" are two stems (the stemmer keeps "smes"): one word to a reader.
  const singular = (w: string) => w.toLowerCase().replace(/s$/, "");
  const distinct = words.filter((w, i) => words.findIndex((x) => singular(x) === singular(w)) === i);
  const shown = distinct.slice(0, REASON_LIST_MAX.projectWords);
  return `${shown.join(", ")}${distinct.length > shown.length ? ", …" : ""}`;
}

/** The projects of a closeToDescription reason, each with its words when the reason has them. */
export function closeProjects(r: Extract<Reason, { kind: "closeToDescription" }>): string[] {
  return r.projects.map((acronym, i) => projectWithWords(acronym, r.words?.[i]));
}

export function explainReasons(f: MatchFacts, ctx: ExplainContext): Reason[] {
  const reasons: Reason[] = [];
  if (f.projectsWithRequester > 0) {
    const inPart = ctx.programmePartCode ? Math.min(f.partWithRequester, f.projectsWithRequester) : 0;
    reasons.push({ kind: "workedWithYou", count: f.projectsWithRequester, ...(inPart > 0 ? { inPart, programme: ctx.programmePartCode! } : {}) });
  }
  if (ctx.sharedPartners.length > 0) reasons.push({ kind: "sharedPartners", count: ctx.sharedPartners.length, names: ctx.sharedPartners });
  // "coordinated 3 relevant projects, 2 on forestry": relevant ones (same call, asked themes, close to
  // the text …) led, and how many of them the precomputed counts put on the asked themes.
  const onThemes = ctx.sharedThemes.length > 0 ? Math.min(Math.max(0, f.themeCoordinated), f.relevantCoordinated) : 0;
  if (f.relevantCoordinated > 0) {
    const programme = ctx.programmePartCode && f.partCoordinated >= f.relevantCoordinated ? ctx.programmePartCode : null;
    reasons.push({ kind: "coordinated", count: f.relevantCoordinated, themes: onThemes > 0 ? ctx.sharedThemes : [], programme, onThemes });
  }
  if (f.topicProjects > 0) reasons.push({ kind: "sameTopic", count: f.topicProjects, topic: ctx.topicCode ?? null });
  const familyOnly = f.topicFamilyProjects - f.topicProjects;
  if (familyOnly > 0) reasons.push({ kind: "sameCall", count: familyOnly, call: ctx.topicFamily ?? null });
  if (ctx.programmePartCode && f.programmePartProjects > 0) reasons.push({ kind: "programmePart", count: f.programmePartProjects, programme: ctx.programmePartCode });
  else if (!ctx.programmePartCode && ctx.programmeName && f.programmeProjects > 0) {
    reasons.push({ kind: ctx.programmeLineage ? "programmeLineage" : "programmePart", count: f.programmeProjects, programme: ctx.programmeName });
  }
  // The themes once: in the coordinated reason when it names them.
  if (f.themeSum > 0 && ctx.sharedThemes.length > 0 && !(f.relevantCoordinated > 0 && onThemes > 0)) reasons.push({ kind: "pastThemes", themes: ctx.sharedThemes });
  if (ctx.profileThemes && ctx.profileThemes.length > 0) reasons.push({ kind: "profileLists", themes: ctx.profileThemes });
  if (ctx.interestThemes && ctx.interestThemes.length > 0) reasons.push({ kind: "openInterest", themes: ctx.interestThemes });
  if (f.textSum > 0 && ctx.textProjects && ctx.textProjects.length > 0) {
    reasons.push({ kind: "closeToDescription", projects: ctx.textProjects.map((p) => p.acronym), words: ctx.textProjects.map((p) => p.words) });
  }
  // Located in a region (not merely a country: the card's first line says the country).
  if (f.basedInRegion && f.basedInRegion.length > 2) reasons.push({ kind: "basedIn", region: f.basedInRegion });
  if (f.regionProjects > 0 && ctx.regions && ctx.regions.length > 0) reasons.push({ kind: "regions", count: f.regionProjects, regions: ctx.regions });
  if (f.projectCount > 0) reasons.push({ kind: "inAll", count: f.projectCount, coordinated: f.coordinatorCount, latestYear: f.lastStartYear, ...(f.lastYearFromCall ? { latestFromCall: true } : {}) });
  return reasons;
}

/** The English sentence of a reason (what the CLI prints and the reasons column keeps). */
export function reasonText(r: Reason): string {
  switch (r.kind) {
    case "registered":
      return "registered on Consortia, with no past project in the knowledge base yet";
    case "workedWithYou":
      if (!r.inPart || !r.programme) return `worked with you on ${plural(r.count, "project")}`;
      if (r.inPart === r.count) return `worked with you on ${plural(r.count, "project")} in ${r.programme}`;
      return `worked with you on ${plural(r.count, "project")}, ${formatCount(r.inPart)} of them in ${r.programme}`;
    case "sharedPartners":
      return `worked with ${plural(r.count, "of your partners", "of your partners")}: ${listWords(r.names, REASON_LIST_MAX.names)}`;
    case "coordinated": {
      if (r.onThemes !== undefined) {
        const led = `coordinated ${plural(r.count, "relevant project")}`;
        const where = r.programme ? ` in ${r.programme}` : "";
        if (r.onThemes <= 0 || r.themes.length === 0) return `${led}${where}`;
        const on = listWords(r.themes, REASON_LIST_MAX.coordinatedThemes);
        return r.onThemes >= r.count ? `${led} on ${on}${where}` : `${led}${where}, ${formatCount(r.onThemes)} on ${on}`;
      }
      const themes = r.themes.length > 0 ? ` on ${listWords(r.themes, REASON_LIST_MAX.coordinatedThemes)}` : "";
      const where = r.programme ? ` in ${r.programme}` : "";
      return `coordinated ${plural(r.count, "relevant project")}${themes}${where}`;
    }
    case "sameTopic":
      return `took part in ${plural(r.count, "project")} of the same call topic${r.topic ? ` (${r.topic})` : ""}`;
    case "sameCall":
      return `${plural(r.count, "project")} in the same call${r.call ? ` (${r.call})` : ""}`;
    case "programmePart":
      return `${plural(r.count, "project")} in ${r.programme}`;
    case "programmeLineage":
      return `${plural(r.count, "project")} in ${r.programme} or its predecessors`;
    case "pastThemes":
      return `past projects on ${listWords(r.themes, REASON_LIST_MAX.themes)}`;
    case "profileLists":
      return `its profile lists ${listWords(r.themes, REASON_LIST_MAX.themes)}`;
    case "openInterest":
      return `looking for partners on ${listWords(r.themes, REASON_LIST_MAX.themes)} (an open partnership interest)`;
    case "closeToDescription":
      return `past projects close to your description: ${listWords(closeProjects(r), REASON_LIST_MAX.projects)}`;
    case "basedIn":
      return `based in ${r.region}`;
    case "regions":
      // Any of the target regions: "involving AT, SI or HU".
      return `${plural(r.count, "project")} involving ${listWords(r.regions, REASON_LIST_MAX.regions, "or")}`;
    case "inAll": {
      const coordinated = r.coordinated > 0 ? `, coordinated ${formatCount(r.coordinated)}` : "";
      const latest = !r.latestYear ? "" : r.latestFromCall ? `, latest from a ${r.latestYear} call` : `, latest started ${r.latestYear}`;
      return `${plural(r.count, "project")} in all${coordinated}${latest}`;
    }
  }
}

/** The reasons as English sentences, most telling first. */
export function explainMatch(f: MatchFacts, ctx: ExplainContext): string[] {
  return explainReasons(f, ctx).map(reasonText);
}
