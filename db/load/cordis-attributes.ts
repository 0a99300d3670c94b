// Files that describe projects already loaded: legal basis (programme parts), topics, EuroSciVoc
// themes, report-summary titles, and the Horizon 2020 skeleton's programme parts.
import {
  columnsOf,
  h2020ProgrammePartColumns,
  heEuroSciVocColumns,
  heLegalBasisColumns,
  heReportSummaryColumns,
  heTopicColumns,
  parseH2020ProgrammePart,
  parseHeEuroSciVoc,
  parseHeLegalBasis,
  parseHeReportSummary,
  parseHeTopic,
  type EuroSciVocNode,
  type H2020ProgrammePart,
  type HeEuroSciVoc,
  type HeLegalBasis,
  type HeReportSummary,
  type HeTopic,
  type Parsed,
} from "@/lib/importers/cordis";
import type { CsvRow } from "@/lib/importers/csv";
import { projectThemes, themes } from "../schema";
import { bulkUpsert, chunk, excludedSet } from "./batch";
import {
  ensureProgramme,
  H2020_SOURCE,
  HE_SOURCE,
  parsedBatches,
  projectIds,
  setProjectColumn,
  Tally,
  unique,
  upsertProgrammeParts,
  upsertTopics,
  type Context,
} from "./cordis-context";

/**
 * Reads a file whose rows each attach something to a known project: rows of unknown projects are
 * rejected; `write` gets the accepted rows of each batch with their project ids.
 */
async function loadProjectAttributes<T extends { projectKey: string }>(
  ctx: Context,
  file: string,
  tally: Tally,
  options: {
    sourceId: string;
    parse: (row: CsvRow, line: number) => Parsed<T>;
    columns: string[];
    projectField: string;
    key: (value: T) => string;
    write: (rows: { value: T; projectId: number }[]) => Promise<void>;
  },
): Promise<void> {
  for await (const batch of parsedBatches(ctx, file, tally, options.parse, options.columns)) {
    const ids = await projectIds(ctx, options.sourceId, batch.flatMap((r) => (r.ok ? [r.value.projectKey] : [])));
    const rows: { value: T; projectId: number }[] = [];
    for (const r of batch) {
      if (!r.ok) {
        tally.reject(r.rejection);
        continue;
      }
      const projectId = ids.get(r.value.projectKey);
      if (projectId === undefined) {
        tally.reject({ line: r.line, field: options.projectField, reason: `no project ${r.value.projectKey} in the knowledge base` });
        continue;
      }
      tally.accept(options.key(r.value));
      rows.push({ value: r.value, projectId });
    }
    if (rows.length > 0) await options.write(rows);
  }
}

type Keyed<T> = T & { projectKey: string };

const withKey =
  <T extends { projectId: string }>(parse: (row: CsvRow, line: number) => Parsed<T>) =>
  (row: CsvRow, line: number): Parsed<Keyed<T>> => {
    const parsed = parse(row, line);
    return parsed.ok ? { ...parsed, value: { ...parsed.value, projectKey: parsed.value.projectId } } : parsed;
  };

/** cordis_he_legal_basis.csv — key: projectID + legal basis. Programme parts; the main one is the project's. */
export async function loadHeLegalBasis(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "HORIZON");
  await loadProjectAttributes<Keyed<HeLegalBasis>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeLegalBasis),
    columns: columnsOf(heLegalBasisColumns),
    projectField: "projectID",
    key: (v) => `${v.projectId}|${v.code}`,
    write: async (rows) => {
      const partIds = await upsertProgrammeParts(ctx, programmeId, new Map(rows.map((r) => [r.value.code, r.value.title])));
      const main = new Map(rows.filter((r) => r.value.isMain).map((r) => [r.projectId, partIds.get(r.value.code)!]));
      await setProjectColumn(ctx, "programme_part_id", [...main]);
    },
  });
}

/** cordis_he_topics.csv — key: projectID + topic. The first topic of a project is its topic. */
export async function loadHeTopics(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "HORIZON");
  const projectsWithTopic = new Set<number>();
  await loadProjectAttributes<Keyed<HeTopic>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeTopic),
    columns: columnsOf(heTopicColumns),
    projectField: "projectID",
    key: (v) => `${v.projectId}|${v.code}`,
    write: async (rows) => {
      const topicIds = await upsertTopics(ctx, programmeId, new Map(rows.map((r) => [r.value.code, r.value.title])));
      const assignments: [number, number][] = [];
      for (const r of rows) {
        if (projectsWithTopic.has(r.projectId)) continue;
        projectsWithTopic.add(r.projectId);
        assignments.push([r.projectId, topicIds.get(r.value.code)!]);
      }
      await setProjectColumn(ctx, "topic_id", assignments);
    },
  });
}

/**
 * cordis_he_euroscivoc.csv — key: projectID + concept. Creates the concept and its ancestors
 * (scheme "euroscivoc", parents before children) and links the project to the concept.
 */
export async function loadHeEuroSciVoc(ctx: Context, file: string, tally: Tally): Promise<void> {
  const themeIds = new Map<string, number>();
  await loadProjectAttributes<Keyed<HeEuroSciVoc>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeEuroSciVoc),
    columns: columnsOf(heEuroSciVocColumns),
    projectField: "projectID",
    key: (v) => `${v.projectId}|${v.nodes.at(-1)!.code}`,
    write: async (rows) => {
      const nodes = new Map<string, EuroSciVocNode>();
      for (const r of rows) for (const node of r.value.nodes) if (!themeIds.has(node.code)) nodes.set(node.code, node);
      const levels = unique([...nodes.values()].map((n) => n.level)).sort((a, b) => a - b);
      for (const level of levels) {
        const atLevel = [...nodes.values()].filter((n) => n.level === level);
        for (const part of chunk(atLevel, 2_000)) {
          const written = await ctx.db
            .insert(themes)
            .values(
              part.map((n) => ({
                scheme: "euroscivoc" as const,
                code: n.code,
                label: n.label,
                path: n.path,
                level: n.level,
                parentId: n.parentCode ? themeIds.get(n.parentCode)! : null,
              })),
            )
            .onConflictDoUpdate({ target: [themes.scheme, themes.code], set: excludedSet(themes, ["label", "path", "level", "parentId"]) })
            .returning({ id: themes.id, code: themes.code });
          for (const t of written) themeIds.set(t.code, t.id);
        }
      }
      const links = rows.map((r) => ({ projectId: r.projectId, themeId: themeIds.get(r.value.nodes.at(-1)!.code)! }));
      await bulkUpsert(ctx.db, projectThemes, links, { target: [projectThemes.projectId, projectThemes.themeId] });
    },
  });
}

/**
 * cordis_he_report_summaries.csv — key: projectID. The project title recovered from a report,
 * for projects that have none (a title from the projects file wins); of several reports the latest.
 */
export async function loadHeReportSummaries(ctx: Context, file: string, tally: Tally): Promise<void> {
  const latest = new Map<number, { title: string; recordTime: string | null }>();
  await loadProjectAttributes<Keyed<HeReportSummary>>(ctx, file, tally, {
    sourceId: HE_SOURCE,
    parse: withKey(parseHeReportSummary),
    columns: columnsOf(heReportSummaryColumns),
    projectField: "projectID",
    key: (v) => v.projectId,
    write: async (rows) => {
      for (const { value, projectId } of rows) {
        const before = latest.get(projectId);
        if (!before || (value.recordTime ?? "") >= (before.recordTime ?? "")) latest.set(projectId, value);
      }
    },
  });
  await setProjectColumn(
    ctx,
    "title",
    [...latest].map(([id, r]) => [id, r.title]),
    { onlyWhereNull: true },
  );
}

/** cordis_h2020_programme_parts.csv — key: rcn + part. The first part listed is the project's. */
export async function loadH2020ProgrammeParts(ctx: Context, file: string, tally: Tally): Promise<void> {
  const programmeId = await ensureProgramme(ctx, "H2020");
  const projectsWithPart = new Set<number>();
  await loadProjectAttributes<Keyed<H2020ProgrammePart>>(ctx, file, tally, {
    sourceId: H2020_SOURCE,
    parse: (row, line) => {
      const parsed = parseH2020ProgrammePart(row, line);
      return parsed.ok ? { ...parsed, value: { ...parsed.value, projectKey: parsed.value.rcn } } : parsed;
    },
    columns: columnsOf(h2020ProgrammePartColumns),
    projectField: "rcn",
    key: (v) => `${v.rcn}|${v.code}`,
    write: async (rows) => {
      const partIds = await upsertProgrammeParts(ctx, programmeId, new Map(rows.map((r) => [r.value.code, r.value.title])));
      const assignments: [number, number][] = [];
      for (const r of rows) {
        if (projectsWithPart.has(r.projectId)) continue;
        projectsWithPart.add(r.projectId);
        assignments.push([r.projectId, partIds.get(r.value.code)!]);
      }
      await setProjectColumn(ctx, "programme_part_id", assignments);
    },
  });
}
