// Which past projects a match card shows (the two or three it links): the most telling ones, and
// among them one behind each claim the reasons make that a reader would want to check — a relevant
// consortium it led when a reason says "coordinated 1 relevant project on forestry",
// a project close to the description when a reason names such projects. Without this the card
// could say "coordinated 1 relevant project" and list three projects it only took part in.

import { topicFamily } from "./query-input";
import type { MatchProjectEvidence } from "./types";

export interface EvidenceCandidate {
  id: number;
  /**
   * How telling the project is, as the evidence statement weighs it (db/matching/explain-matches.ts):
   * its relevance when it was read one by one (3 same call topic, 2 same family, its theme
   * closeness, 4 × text rank, 0.5 same part; 0.5 more with the requester), 1 for an example of an
   * asked theme, 0.5 of a parent theme or of the programme part, 0 for a project found by the text only.
   */
  weight: number;
  /** The project is a consortium it led (db/led-consortium.ts), what "coordinated N relevant projects" counts. */
  led: boolean;
  /** How many of the description's informative words it has. */
  descriptionWords: number;
}

export interface EvidenceNeeds {
  /** A reason says the organisation coordinated relevant projects. */
  coordinated: boolean;
  /** A reason names projects close to the description. */
  closeToDescription: boolean;
}

/** What a project found by the text alone adds to its weight, and what sharing words adds to any project. */
export const DESCRIPTION_BONUS = 0.5;
/** The weight from which a project counts as relevant (an asked theme's project, or relevance ≥ 1). */
export const RELEVANT_WEIGHT = 1;

/** How telling a project is for the card: its weight, and more when it also shares the description's words. */
export function evidenceScore(c: EvidenceCandidate): number {
  return c.weight + (c.descriptionWords > 0 ? DESCRIPTION_BONUS : 0);
}

/**
 * The ids of the projects to show, most telling first: the best by evidenceScore, with, when a
 * reason needs one and none of the best is one, the best relevant consortium it led and the best
 * project sharing the description's words, each in the place of the least telling one that backs no
 * other claim alone. Never more than `limit`. Candidates come best first (ties keep that order).
 */
export function pickEvidenceProjects(candidates: readonly EvidenceCandidate[], needs: EvidenceNeeds, limit = 3): number[] {
  const ranked = candidates
    .map((c, i) => ({ c, i, score: evidenceScore(c) }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const picked = ranked.slice(0, limit);
  const rest = ranked.slice(limit);
  const wanted: ((c: EvidenceCandidate) => boolean)[] = [];
  if (needs.coordinated) wanted.push((c) => c.led && c.weight >= RELEVANT_WEIGHT);
  if (needs.closeToDescription) wanted.push((c) => c.descriptionWords > 0);
  for (const fits of wanted) {
    if (picked.some((p) => fits(p.c))) continue;
    const best = rest.findIndex((r) => fits(r.c));
    if (best < 0) continue;
    // It takes the place of the least telling project that no other need holds.
    const others = wanted.filter((f) => f !== fits);
    let drop = -1;
    for (let j = picked.length - 1; j >= 0; j--) {
      if (!others.some((f) => f(picked[j]!.c) && picked.filter((p) => f(p.c)).length === 1)) {
        drop = j;
        break;
      }
    }
    if (drop < 0) continue; // every one shown is the only one behind another claim
    const [chosen] = rest.splice(best, 1);
    rest.push(...picked.splice(drop, 1));
    picked.push(chosen!);
  }
  return picked.sort((a, b) => b.score - a.score || a.i - b.i).map((p) => p.c.id);
}

/** How many projects a "close to your description" reason names. */
export const CLOSE_PROJECTS_NAMED = 3;

/**
 * The projects a "close to your description" reason names: those the card shows that share the
 * description's words (in the card's order: the reader can open them), then the best matching the
 * text; each once, at most CLOSE_PROJECTS_NAMED.
 */
export function closeProjectsToName(shownWithWords: readonly number[], bestByText: readonly number[]): number[] {
  return [...new Set([...shownWithWords, ...bestByText])].slice(0, CLOSE_PROJECTS_NAMED);
}

/**
 * The asked themes a shown project is on, for the card to say why it is there ("on forestry"): the
 * asked ones (with the concepts their KEEP themes lead to) when it has any, in the order asked, else
 * the parents it is on; at most `max`. `themeIds` are the project's themes with their ancestors.
 */
export function projectAskedThemes(themeIds: readonly number[], asked: { exact: readonly number[]; parents: readonly number[] }, max = 2): number[] {
  const has = new Set(themeIds);
  const exact = asked.exact.filter((id) => has.has(id));
  return (exact.length > 0 ? exact : asked.parents.filter((id) => has.has(id))).slice(0, max);
}

/**
 * Whether a shown project is of the asked call topic or of another topic of its call (the topic's
 * family, as the reasons "took part in 1 project of the same call topic" and "3 projects in the same
 * call" count them): what the card says of a project that is there for its call.
 */
export function sameCallOf(projectTopic: string | null, askedTopic: string | null): Pick<MatchProjectEvidence, "sameCall"> {
  if (projectTopic == null || askedTopic == null) return {};
  if (projectTopic === askedTopic) return { sameCall: "topic" };
  // As the candidate statement reads the family: the topics whose code starts with the family's.
  return projectTopic.startsWith(topicFamily(askedTopic)) ? { sameCall: "call" } : {};
}
