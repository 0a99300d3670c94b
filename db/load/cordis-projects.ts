// The project files: Horizon Europe projects and the Horizon 2020 sample, with their part, topic
// and money.
import { sql } from "drizzle-orm";
import {
  columnsOf,
  h2020PartTitle,
  h2020SampleProjectColumns,
  heProjectColumns,
  parseH2020SampleProject,
  parseHeProject,
  type H2020Project,
  type HeProject,
} from "@/lib/importers/cordis";
import { projects } from "../schema";
import { bulkUpsert } from "./batch";
import {
  ensureProgramme,
  H2020_SOURCE,
  HE_SOURCE,
  keepUnlessGiven,
  parsedBatches,
  Tally,
  upsertProgrammeParts,
  upsertTopics,
  type Context,
  type ProgrammeCode,
} from "./cordis-context";
import { cordisProjectUrl } from "./cordis-participations";

/** cordis_he_projects.csv — key: projectID. Creates the projects with their part, topic and money. */
export async function loadHeProjects(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "HORIZON");
  for await (const batch of parsedBatches(ctx, file, tally, parseHeProject, columnsOf(heProjectColumns))) {
    const byId = new Map<string, HeProject>();
    for (const r of batch) {
      if (!r.ok) {
        tally.reject(r.rejection);
        continue;
      }
      tally.accept(r.value.projectId);
      byId.set(r.value.projectId, r.value); // a repeated project: its last row wins
    }
    const parts = new Map<string, string>();
    const topicTitles = new Map<string, string | null>();
    for (const p of byId.values()) {
      if (p.programmePart) parts.set(p.programmePart.code, p.programmePart.title);
      for (const t of p.topics) topicTitles.set(t.code, t.title ?? topicTitles.get(t.code) ?? null);
    }
    const partIds = await upsertProgrammeParts(ctx, programmeId, parts);
    const topicIds = await upsertTopics(ctx, programmeId, topicTitles);
    const rows = [...byId.values()].map((p) => ({
      sourceId: HE_SOURCE,
      externalId: p.projectId,
      acronym: p.acronym,
      title: p.title,
      programmeId,
      programmePartId: p.programmePart ? partIds.get(p.programmePart.code)! : null,
      topicId: p.topics[0] ? topicIds.get(p.topics[0].code)! : null,
      euContribution: p.euContribution,
      totalBudget: p.totalBudget,
      partnerCount: p.partnerCount,
      sourceUrl: cordisProjectUrl(p.projectId),
    }));
    await bulkUpsert(ctx.db, projects, rows, {
      target: [projects.sourceId, projects.externalId],
      set: {
        ...keepUnlessGiven(projects, ["acronym", "title", "programmePartId", "topicId", "euContribution", "totalBudget", "partnerCount", "sourceUrl"]),
        programmeId: sql`excluded.programme_id`,
        updatedAt: sql`now()`,
      },
    });
  }
}

/** cordis_h2020_sample_projects.csv — key: rcn. Projects with titles, objectives, dates, status. */
export async function loadH2020SampleProjects(ctx: Context, file: string, tally: Tally): Promise<void> {
  for await (const batch of parsedBatches(ctx, file, tally, parseH2020SampleProject, columnsOf(h2020SampleProjectColumns))) {
    const byRcn = new Map<string, H2020Project>();
    for (const r of batch) {
      if (!r.ok) {
        tally.reject(r.rejection);
        continue;
      }
      tally.accept(r.value.rcn);
      byRcn.set(r.value.rcn, r.value);
    }
    const h2020 = await ensureProgramme(ctx, "H2020");
    const parts = new Map<string, string>();
    for (const p of byRcn.values()) if (p.programmePartCode) parts.set(p.programmePartCode, h2020PartTitle(p.programmePartCode));
    const partIds = await upsertProgrammeParts(ctx, h2020, parts);
    const topicIdsByProgramme = new Map<ProgrammeCode, Map<string, number>>();
    for (const code of ["H2020", "FP7"] as const) {
      const codes = [...byRcn.values()].filter((p) => p.frameworkProgramme === code && p.topicCode).map((p) => p.topicCode!);
      if (codes.length === 0) continue;
      const programmeId = await ensureProgramme(ctx, code);
      topicIdsByProgramme.set(code, await upsertTopics(ctx, programmeId, new Map(codes.map((c) => [c, null]))));
    }
    const rows = [];
    for (const p of byRcn.values()) {
      rows.push({
        sourceId: H2020_SOURCE,
        externalId: p.rcn,
        acronym: p.acronym,
        title: p.title,
        description: p.description,
        status: p.status,
        startDate: p.startDate,
        endDate: p.endDate,
        totalBudget: p.totalBudget,
        euContribution: p.euContribution,
        programmeId: await ensureProgramme(ctx, p.frameworkProgramme),
        programmePartId: p.programmePartCode && p.frameworkProgramme === "H2020" ? partIds.get(p.programmePartCode)! : null,
        topicId: p.topicCode ? (topicIdsByProgramme.get(p.frameworkProgramme)?.get(p.topicCode) ?? null) : null,
        sourceUrl: cordisProjectUrl(p.grantId),
      });
    }
    await bulkUpsert(ctx.db, projects, rows, {
      target: [projects.sourceId, projects.externalId],
      set: {
        ...keepUnlessGiven(projects, [
          "acronym",
          "title",
          "description",
          "status",
          "startDate",
          "endDate",
          "totalBudget",
          "euContribution",
          "programmePartId",
          "topicId",
          "sourceUrl",
        ]),
        programmeId: sql`excluded.programme_id`,
        updatedAt: sql`now()`,
      },
    });
    for (const p of byRcn.values()) ctx.h2020Grants.set(p.grantId, p.rcn);
  }
}
