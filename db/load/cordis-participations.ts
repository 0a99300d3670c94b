// The participation files (Horizon 2020 skeleton and sample, Horizon Europe organisations): their
// organisations and participations, and the projects only the skeleton names.
import { sql } from "drizzle-orm";
import {
  columnsOf,
  h2020SkeletonColumns,
  mergeOrganisations,
  mergeParticipations,
  parseH2020SampleParticipation,
  parseH2020SkeletonRow,
  parseHeParticipation,
  participationColumns,
  type CordisOrganisation,
  type CordisParticipation,
  type H2020SkeletonRow,
  type ParticipationFacts,
} from "@/lib/importers/cordis";
import { participations, projects } from "../schema";
import { bulkUpsert, chunk, excludedSet } from "./batch";
import {
  ensureProgramme,
  H2020_SOURCE,
  HE_SOURCE,
  keepUnlessGiven,
  parsedBatches,
  projectIds,
  Tally,
  type Context,
} from "./cordis-context";
import { upsertOrganisations } from "./cordis-organisations";

type ParticipationFileKind = "h2020Skeleton" | "h2020SampleOrganisations" | "heOrganisations";

interface PendingParticipation extends ParticipationFacts {
  projectExternalId: string;
  pic: string;
}

interface PendingProject {
  acronym: string | null;
  skeleton?: H2020SkeletonRow["project"];
}

/**
 * A participation file: rows keyed by project + organisation (PIC). The whole file is read before
 * anything is written, into one compact entry per participation and per PIC, because an
 * organisation takes the values of its latest record wherever that is in the file, and two rows
 * of one participation may be far apart.
 */
export async function loadParticipationFile(ctx: Context, file: string, tally: Tally, kind: ParticipationFileKind): Promise<void> {
  const sourceId = kind === "heOrganisations" ? HE_SOURCE : H2020_SOURCE;
  const organisationsByPic = new Map<string, CordisOrganisation>();
  const pending = new Map<string, PendingParticipation>();
  const pendingProjects = new Map<string, PendingProject>();

  const accept = (line: number, p: CordisParticipation, countryField: string, skeleton?: H2020SkeletonRow["project"]) => {
    const country = p.organisation.countryCode;
    if (country !== null && !ctx.countryCodes.has(country)) {
      tally.reject({ line, field: countryField, reason: `country ${country} is not in the reference list` });
      return;
    }
    let projectExternalId = p.projectKey;
    if (kind === "h2020SampleOrganisations") {
      const rcn = ctx.h2020Grants.get(p.projectKey);
      if (!rcn) {
        tally.reject({ line, field: "projectID", reason: `project ${p.projectKey} is not in cordis_h2020_sample_projects.csv` });
        return;
      }
      projectExternalId = rcn;
    }
    const key = `${projectExternalId}|${p.organisation.pic}`;
    tally.accept(key);
    const facts: PendingParticipation = {
      projectExternalId,
      pic: p.organisation.pic,
      role: p.role,
      position: p.position,
      euContribution: p.euContribution,
      totalCost: p.totalCost,
      endedEarly: p.endedEarly,
    };
    const before = pending.get(key);
    pending.set(key, before ? mergeParticipations(before, facts) : facts);
    const known = organisationsByPic.get(p.organisation.pic);
    organisationsByPic.set(p.organisation.pic, known ? mergeOrganisations(known, p.organisation) : p.organisation);
    if (!pendingProjects.has(projectExternalId)) pendingProjects.set(projectExternalId, { acronym: p.projectAcronym, skeleton });
  };

  if (kind === "h2020Skeleton") {
    for await (const batch of parsedBatches(ctx, file, tally, parseH2020SkeletonRow, columnsOf(h2020SkeletonColumns))) {
      for (const r of batch) {
        if (r.ok) accept(r.line, r.value.participation, "country", r.value.project);
        else tally.reject(r.rejection);
      }
    }
  } else {
    const parse = kind === "heOrganisations" ? parseHeParticipation : parseH2020SampleParticipation;
    for await (const batch of parsedBatches(ctx, file, tally, parse, columnsOf(participationColumns))) {
      for (const r of batch) {
        if (r.ok) accept(r.line, r.value, "country");
        else tally.reject(r.rejection);
      }
    }
  }

  ctx.writing();
  await writePendingProjects(ctx, kind, pendingProjects);
  const projectIdByExternalId = await projectIds(ctx, sourceId, pendingProjects.keys());
  const organisationIdByPic = await upsertOrganisations(
    ctx,
    [...organisationsByPic.values()],
    sourceId,
    kind === "h2020Skeleton" ? "insert-only" : "merge",
  );
  organisationsByPic.clear();

  const rows = [...pending.values()].map((p) => ({
    projectId: projectIdByExternalId.get(p.projectExternalId)!,
    organisationId: organisationIdByPic.get(p.pic)!,
    role: p.role,
    position: p.position,
    euContribution: p.euContribution,
    totalCost: p.totalCost,
    endedEarly: p.endedEarly,
  }));
  pending.clear();
  await bulkUpsert(ctx.db, participations, rows, {
    target: [participations.projectId, participations.organisationId],
    set: excludedSet(participations, ["role", "position", "euContribution", "totalCost", "endedEarly"]),
  });
  await updateProjectTotals(ctx, sourceId, [...projectIdByExternalId.values()]);
}

/** Creates the projects a participation file names and the project files have not (yet) created. */
async function writePendingProjects(ctx: Context, kind: ParticipationFileKind, pendingProjects: Map<string, PendingProject>): Promise<void> {
  if (kind === "h2020SampleOrganisations") return; // its projects come from the sample projects file
  const entries = [...pendingProjects];
  if (kind === "heOrganisations") {
    const programmeId = await ensureProgramme(ctx, "HORIZON");
    await bulkUpsert(
      ctx.db,
      projects,
      entries.map(([externalId, p]) => ({ sourceId: HE_SOURCE, externalId, acronym: p.acronym, programmeId, sourceUrl: cordisProjectUrl(externalId) })),
      { target: [projects.sourceId, projects.externalId], set: keepUnlessGiven(projects, ["acronym"]) },
    );
    return;
  }
  const programmeId = await ensureProgramme(ctx, "H2020");
  await bulkUpsert(
    ctx.db,
    projects,
    entries.map(([externalId, p]) => ({
      sourceId: H2020_SOURCE,
      externalId,
      programmeId,
      startDate: p.skeleton?.startDate ?? null,
      endDate: p.skeleton?.endDate ?? null,
      euContribution: p.skeleton?.euContribution ?? null,
      totalBudget: p.skeleton?.totalBudget ?? null,
    })),
    { target: [projects.sourceId, projects.externalId], set: keepUnlessGiven(projects, ["startDate", "endDate", "euContribution", "totalBudget"]) },
  );
}

/**
 * Consortium size from the participations we hold; for Horizon Europe also the money, which
 * CORDIS gives per participant only: EU contribution = sum of ecContribution, budget = sum of
 * totalCost — not published (null) when that sum is 0, no participant publishing a total cost (the
 * projects file's own sum is read the same way, lib/importers/cordis/horizon-europe.ts, so that a
 * re-run writes nothing).
 */
async function updateProjectTotals(ctx: Context, sourceId: string, projectIdList: number[]): Promise<void> {
  const he = sourceId === HE_SOURCE;
  const money = he ? sql`, eu_contribution = s.eu_contribution, total_budget = nullif(s.total_cost, 0)` : sql``;
  const changed = he
    ? sql`(projects.partner_count, projects.eu_contribution, projects.total_budget) is distinct from (s.n, s.eu_contribution, nullif(s.total_cost, 0))`
    : sql`projects.partner_count is distinct from s.n`;
  for (const part of chunk(projectIdList, 20_000)) {
    await ctx.db.execute(sql`
      update ${projects} set partner_count = s.n${money}, updated_at = now()
      from (
        select project_id, count(*)::int as n, sum(eu_contribution) as eu_contribution, sum(total_cost) as total_cost
        from ${participations}
        where project_id in (select value::int from json_array_elements_text(${JSON.stringify(part)}::json))
        group by project_id
      ) as s
      where ${projects.id} = s.project_id and ${changed}`);
  }
}

export function cordisProjectUrl(grantId: string): string {
  return `https://cordis.europa.eu/project/id/${grantId}`;
}
