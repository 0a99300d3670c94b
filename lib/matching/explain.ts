// The plain-language reasons of a match, built from the same facts as its score so that what a
// user reads is what ranked it: most telling first, one short sentence each.
import type { MatchFacts } from "./signals";

export interface ExplainContext {
  /** The asked programme part code (HORIZON.2.5), when asked. */
  programmePartCode?: string | null;
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
  /** Acronyms of its projects that matched the query text. */
  textProjects?: string[];
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c"; more than `max` become "a, b and 3 more". */
export function listWords(items: readonly string[], max = 3): string {
  if (items.length === 0) return "";
  if (items.length <= max) return items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export function explainMatch(f: MatchFacts, ctx: ExplainContext): string[] {
  const reasons: string[] = [];
  if (f.projectsWithRequester > 0) reasons.push(`worked with you on ${plural(f.projectsWithRequester, "project")}`);
  if (ctx.sharedPartners.length > 0) {
    reasons.push(`worked with ${plural(ctx.sharedPartners.length, "of your partners", "of your partners")}: ${listWords(ctx.sharedPartners)}`);
  }
  const themes = ctx.sharedThemes.length > 0 ? ` on ${listWords(ctx.sharedThemes, 2)}` : "";
  const where = ctx.programmePartCode && f.programmePartProjects > 0 ? ` in ${ctx.programmePartCode}` : "";
  if (f.relevantCoordinated > 0) {
    reasons.push(`coordinated ${plural(f.relevantCoordinated, "relevant project")}${themes}${where}`);
  }
  if (f.topicProjects > 0) reasons.push(`took part in ${plural(f.topicProjects, "project")} of the same call topic${ctx.topicCode ? ` (${ctx.topicCode})` : ""}`);
  const familyOnly = f.topicFamilyProjects - f.topicProjects;
  if (familyOnly > 0) reasons.push(`${plural(familyOnly, "project")} in the same call${ctx.topicFamily ? ` (${ctx.topicFamily})` : ""}`);
  if (ctx.programmePartCode && f.programmePartProjects > 0) reasons.push(`${plural(f.programmePartProjects, "project")} in ${ctx.programmePartCode}`);
  if (f.themeSum > 0 && ctx.sharedThemes.length > 0 && f.relevantCoordinated === 0) {
    reasons.push(`past projects on ${listWords(ctx.sharedThemes, 3)}`);
  }
  if (ctx.profileThemes && ctx.profileThemes.length > 0) reasons.push(`its profile lists ${listWords(ctx.profileThemes, 3)}`);
  if (f.textSum > 0 && ctx.textProjects && ctx.textProjects.length > 0) {
    reasons.push(`past projects close to your description: ${listWords(ctx.textProjects, 3)}`);
  }
  if (f.regionProjects > 0 && ctx.regions && ctx.regions.length > 0) {
    reasons.push(`${plural(f.regionProjects, "project")} involving ${listWords(ctx.regions, 3)}`);
  }
  if (f.projectCount > 0) {
    const coordinated = f.coordinatorCount > 0 ? `, coordinated ${f.coordinatorCount}` : "";
    const latest = f.lastStartYear ? `, latest started ${f.lastStartYear}` : "";
    reasons.push(`${plural(f.projectCount, "project")} in all${coordinated}${latest}`);
  }
  return reasons;
}
