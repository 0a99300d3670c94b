// Writing interests: checking the references the form names (programme, themes, countries,
// regions), resolving a typed call topic against the knowledge base, and saving an interest with
// its themes. Called by lib/actions/interests.ts inside its transaction.
import { say } from "@/lib/i18n/say";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../index";
import { countries, interests, interestThemes, nutsRegions, programmeParts, programmes, projects, themes, topics } from "../schema";
import type { InterestInput } from "@/lib/validation/interests";
import type { FieldErrors } from "@/lib/actions/result";

/** What the database says about the references of an interest form: problems by field. */
export async function interestReferenceProblems(tx: Db | Tx, input: InterestInput): Promise<FieldErrors> {
  const problems: FieldErrors = {};
  if (input.programme !== "other") {
    const [programme] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, Number(input.programme)));
    if (!programme) problems.programme = [say("interests.actions.programmeFromList")];
  }
  const themeIds = [...new Set(input.themeIds)];
  if (themeIds.length > 0) {
    const found = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, themeIds));
    if (found.length !== themeIds.length) problems.themeIds = [say("validation.interest.themesFromList")];
  }
  if (input.wantedCountries.length > 0) {
    const found = await tx.select({ code: countries.code }).from(countries).where(inArray(countries.code, input.wantedCountries));
    if (found.length !== new Set(input.wantedCountries).size) problems.wantedCountries = [say("validation.interest.countries")];
  }
  if (input.targetRegions.length > 0) {
    const countryCodes = input.targetRegions.filter((c) => c.length === 2);
    const nutsCodes = input.targetRegions.filter((c) => c.length > 2);
    const knownCountries = countryCodes.length
      ? (await tx.select({ code: countries.code }).from(countries).where(inArray(countries.code, countryCodes))).map((r) => r.code)
      : [];
    const knownNuts = nutsCodes.length
      ? (await tx.selectDistinct({ code: nutsRegions.code }).from(nutsRegions).where(inArray(nutsRegions.code, nutsCodes))).map((r) => r.code)
      : [];
    const unknown = input.targetRegions.filter((c) => !knownCountries.includes(c) && !knownNuts.includes(c));
    if (unknown.length > 0) problems.targetRegions = [say("validation.interest.regionsUnknown", { codes: unknown.join(", ") })];
  }
  return problems;
}

export interface ResolvedTopic {
  topicId: number | null;
  topicCode: string | null;
  /** The programme part most of the topic's projects belong to. */
  programmePartId: number | null;
  programmePartCode: string | null;
}

/** A typed call or topic code, looked up (case-insensitively) in the knowledge base's topics. */
export async function resolveCallTopic(tx: Db | Tx, callTopic: string | null): Promise<ResolvedTopic> {
  const none = { topicId: null, topicCode: null, programmePartId: null, programmePartCode: null };
  if (!callTopic) return none;
  const [topic] = await tx
    .select({ id: topics.id, code: topics.code })
    .from(topics)
    .where(sql`upper(${topics.code}) = ${callTopic.trim().toUpperCase()}`)
    .limit(1);
  if (!topic) return none;
  const [part] = await tx
    .select({ id: programmeParts.id, code: programmeParts.code, n: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .innerJoin(programmeParts, eq(programmeParts.id, projects.programmePartId))
    .where(eq(projects.topicId, topic.id))
    .groupBy(programmeParts.id, programmeParts.code)
    .orderBy(sql`count(*) desc`, programmeParts.code)
    .limit(1);
  return { topicId: topic.id, topicCode: topic.code, programmePartId: part?.id ?? null, programmePartCode: part?.code ?? null };
}

/** The columns an interest form sets. */
export function interestValues(input: InterestInput, topic: ResolvedTopic, deadline: string) {
  const other = input.programme === "other";
  return {
    title: input.title,
    description: input.description,
    programmeId: other ? null : Number(input.programme),
    programmeOther: other ? input.programmeOther : null,
    callTopic: input.callTopic,
    topicId: topic.topicId,
    programmePartId: topic.programmePartId,
    targetRegions: input.targetRegions,
    partnerTypes: [...new Set(input.partnerTypes)] as (typeof interests.$inferInsert)["partnerTypes"],
    wantedCountries: [...new Set(input.wantedCountries)],
    newPartnersOnly: input.newPartnersOnly,
    ownRole: input.ownRole as "coordinator" | "partner",
    budgetBand: input.budgetBand as (typeof interests.$inferInsert)["budgetBand"],
    deadline,
    visibility: input.visibility as "public" | "members",
  };
}

export async function setInterestThemes(tx: Tx, interestId: number, themeIds: readonly number[]): Promise<void> {
  await tx.delete(interestThemes).where(eq(interestThemes.interestId, interestId));
  const unique = [...new Set(themeIds)];
  if (unique.length > 0) await tx.insert(interestThemes).values(unique.map((themeId) => ({ interestId, themeId })));
}

/** The interest's organisation (to check who may change it), or null when there is no such interest. */
export async function interestOwner(db: Db | Tx, interestId: number): Promise<{ profileId: number } | null> {
  const [row] = await db.select({ profileId: interests.profileId }).from(interests).where(eq(interests.id, interestId));
  return row ?? null;
}

