// Projects left out of a load (--exclude-projects): which raw rows are theirs, and what an earlier
// load brought of them, taken out.
import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { CordisFileKind } from "@/lib/importers/cordis";
import type { CsvRow } from "@/lib/importers/csv";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { organisations, participations, programmeParts, projects, projectThemes, themes, topics } from "../schema";
import { chunk, tuneForBulkWrite } from "./batch";
import { H2020_SOURCE, HE_SOURCE, unique } from "./cordis-context";
import type { ExclusionRemoval } from "./cordis";

/**
 * Which raw rows of a file belong to an excluded project. Each file names its project by the
 * Horizon Europe projectID or the H2020 rcn, except the H2020 sample's organisation rows, which
 * name the grant: the sample projects file (read before) records the grants of excluded rcns.
 */
export function exclusionTest(kind: CordisFileKind, excluded: ReadonlySet<string>, excludedGrants: Set<string>): (row: CsvRow) => boolean {
  if (excluded.size === 0) return () => false;
  const cell = (row: CsvRow, column: string) => (row[column] ?? "").trim();
  switch (kind) {
    case "h2020Skeleton":
    case "h2020ProgrammeParts":
      return (row) => excluded.has(cell(row, "rcn"));
    case "h2020SampleProjects":
      return (row) => {
        if (!excluded.has(cell(row, "rcn"))) return false;
        excludedGrants.add(cell(row, "id"));
        return true;
      };
    case "h2020SampleOrganisations":
      return (row) => excludedGrants.has(cell(row, "projectID"));
    default:
      return (row) => excluded.has(cell(row, "projectID"));
  }
}

const idList = (ids: Iterable<number>) => sql`(select value::int from json_array_elements_text(${JSON.stringify([...ids])}::json))`;

/**
 * Takes the excluded projects out of a knowledge base an earlier load filled, with everything
 * only they brought, so that loading the directory again gives what a first load with this
 * exclusion gives: their participations and themes links (by cascade); the organisations that
 * took part in them, which the load then rebuilds from their remaining rows (an organisation's
 * values merge all its records, so the excluded project's records must not linger in them);
 * topics, programme parts and EuroSciVoc themes no remaining project uses.
 * Organisations that also take part in a non-CORDIS project (KEEP) are kept as they are.
 */
export async function removeExcludedProjects(db: Db, excluded: ReadonlySet<string>): Promise<ExclusionRemoval> {
  const removal: ExclusionRemoval = { projects: 0, participations: 0, organisations: 0, topics: 0, programmeParts: 0, themes: 0 };
  if (excluded.size === 0) return removal;
  return db.transaction(async (tx) => {
    await tuneForBulkWrite(tx);
    const gone = await tx
      .select({ id: projects.id, topicId: projects.topicId, programmePartId: projects.programmePartId })
      .from(projects)
      .where(and(inArray(projects.sourceId, [HE_SOURCE, H2020_SOURCE]), inArray(projects.externalId, [...excluded])));
    if (gone.length === 0) return removal;
    const ids = gone.map((p) => p.id);
    const count = async (query: SQL) => Number(rowsOf<{ n: number | string }>(await tx.execute(query))[0]?.n ?? 0);
    const organisationIds = rowsOf<{ id: number }>(
      await tx.execute(sql`
        select distinct pa.organisation_id as id from ${participations} pa
        where pa.project_id in ${idList(ids)}
          and not exists (
            select 1 from ${participations} other join ${projects} p on p.id = other.project_id
            where other.organisation_id = pa.organisation_id and p.source_id not in (${HE_SOURCE}, ${H2020_SOURCE}))`),
    ).map((r) => Number(r.id));
    // Themes linked to the excluded projects, with their ancestors: candidates for removal.
    const themeIds = rowsOf<{ id: number }>(
      await tx.execute(sql`
        with recursive linked(id) as (
          select theme_id from ${projectThemes} where project_id in ${idList(ids)}
          union select t.parent_id from ${themes} t join linked on t.id = linked.id where t.parent_id is not null)
        select id from linked`),
    ).map((r) => Number(r.id));

    removal.participations = await count(sql`select count(*) as n from ${participations} where project_id in ${idList(ids)}`);
    await tx.delete(projects).where(inArray(projects.id, ids));
    removal.projects = ids.length;
    for (const part of chunk(organisationIds, 5_000)) {
      removal.participations += await count(sql`select count(*) as n from ${participations} where organisation_id in ${idList(part)}`);
      await tx.delete(organisations).where(inArray(organisations.id, part));
    }
    removal.organisations = organisationIds.length;

    const topicIds = unique(gone.flatMap((p) => (p.topicId === null ? [] : [p.topicId])));
    if (topicIds.length > 0) {
      const deleted = await tx
        .delete(topics)
        .where(and(inArray(topics.id, topicIds), sql`not exists (select 1 from ${projects} p where p.topic_id = ${topics.id})`))
        .returning({ id: topics.id });
      removal.topics = deleted.length;
    }
    const partIds = unique(gone.flatMap((p) => (p.programmePartId === null ? [] : [p.programmePartId])));
    if (partIds.length > 0) {
      const deleted = await tx
        .delete(programmeParts)
        .where(and(inArray(programmeParts.id, partIds), sql`not exists (select 1 from ${projects} p where p.programme_part_id = ${programmeParts.id})`))
        .returning({ id: programmeParts.id });
      removal.programmeParts = deleted.length;
    }
    if (themeIds.length > 0) {
      // A theme stays when a remaining project links to it or to one of its descendants.
      const deleted = rowsOf<{ id: number }>(
        await tx.execute(sql`
          with recursive used(id) as (
            select distinct theme_id from ${projectThemes}
            union select t.parent_id from ${themes} t join used on t.id = used.id where t.parent_id is not null)
          delete from ${themes} where id in ${idList(themeIds)} and scheme = 'euroscivoc' and id not in (select id from used where id is not null)
          returning id`),
      );
      removal.themes = deleted.length;
    }
    return removal;
  });
}
