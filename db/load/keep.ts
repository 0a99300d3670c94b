// Loads the KEEP/Interreg theme vocabulary and KEEP-style projects (the five seed projects ship
// in data/demo/keep-projects.json). Every write is an upsert or a replace of rows KEEP owns, so a
// re-run updates what changed and duplicates nothing. Reference data must be loaded first.
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import {
  KeepFormatError,
  keepNameKey,
  keepThemeLevel,
  keepThemeTerms,
  parseKeepFile,
  parseKeepThemes,
  type KeepPartner,
  type KeepProject,
  type KeepTheme,
} from "@/lib/importers/keep";
import { parseKeepCsv } from "@/lib/importers/keep-csv";
import { DATA_SOURCES } from "@/lib/importers/sources";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { intArray } from "../sql-arrays";
import {
  countries,
  organisationIdentifiers,
  organisations,
  participations,
  programmeParts,
  programmes,
  projectThemes,
  projects,
  themeLabels,
  themes,
  type NewOrganisation,
  type NewProject,
} from "../schema";
import { bulkUpsert, chunk, excludedSet } from "./batch";
import { wholeFileReport, type CordisFileReport } from "./cordis";

export const keepThemesFile = path.join(process.cwd(), "data", "themes", "keep-themes.json");
export const keepProjectsFile = path.join(process.cwd(), "data", "demo", "keep-projects.json");

const SOURCE_ID = DATA_SOURCES.keep.id;
const NAME_SCHEME = "keep-name";
/** Ids per IN (…) list and rows per hand-written VALUES list: far below the bind-parameter limit. */
const LOOKUP_CHUNK = 5_000;
const VALUES_CHUNK = 1_000;

export interface KeepThemeCounts {
  themes: number;
  labels: number;
  /** Themes and labels inserted or changed (0 when the database already held the vocabulary as it is). */
  written: number;
  /** Of those, themes (their English label, place in the tree): what the search data is made of; labels and synonyms in six languages are read at query time. */
  themesWritten: number;
}

export interface KeepLoadCounts {
  projects: number;
  organisations: number;
  participations: number;
  themes: number;
}

/**
 * What a load changed, for the search data to be refreshed for it alone (refreshProjectSearch):
 * the projects loaded and every project of an organisation that changed or left one of them; null
 * when only a refresh of everything is right (an organisation left its last project: the refresh
 * of a few projects only visits the organisations taking part in them).
 */
export interface KeepLoadScope {
  projectIds: number[] | null;
}

export interface KeepLoadOptions {
  /** Runs in the load's transaction, after its writes: a load and its search data commit together. */
  afterLoad?: (tx: Db, scope: KeepLoadScope) => Promise<void>;
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * Upserts the vocabulary (scheme "keep") level by level, so each theme can point to its parent's id,
 * and a label row with synonyms for every language.
 */
export async function loadKeepThemes(db: Db, file = keepThemesFile): Promise<KeepThemeCounts> {
  const vocabulary = parseKeepThemes(readJson(file), file);
  const byCode = new Map(vocabulary.map((t) => [t.code, t]));
  const labelPath = (t: KeepTheme): string => (t.parent ? labelPath(byCode.get(t.parent)!) : "") + `/${t.labels.en}`;
  const levels = [...new Set(vocabulary.map((t) => keepThemeLevel(t.code)))].sort((a, b) => a - b);

  return db.transaction(async (tx) => {
    let themesWritten = 0;
    const idByCode = new Map<string, number>();
    for (const level of levels) {
      const rows = vocabulary
        .filter((t) => keepThemeLevel(t.code) === level)
        .map((t) => ({
          scheme: "keep" as const,
          code: t.code,
          parentId: t.parent ? idByCode.get(t.parent)! : null,
          label: t.labels.en,
          path: labelPath(t),
          level,
        }));
      themesWritten += await bulkUpsert(tx, themes, rows, {
        target: [themes.scheme, themes.code],
        set: excludedSet(themes, ["parentId", "label", "path", "level"]),
        countWritten: true,
      });
      for (const ids of chunk(rows.map((r) => r.code), LOOKUP_CHUNK)) {
        const found = await tx
          .select({ id: themes.id, code: themes.code })
          .from(themes)
          .where(and(eq(themes.scheme, "keep"), inArray(themes.code, ids)));
        for (const row of found) idByCode.set(row.code, row.id);
      }
    }
    const labels = vocabulary.flatMap((t) =>
      keepThemeTerms(t, idByCode.get(t.code)!).map(({ english, ...row }) => ({ ...row, synonyms: [...row.synonyms], synonymEnglish: english ?? {} })),
    );
    const labelsWritten = await bulkUpsert(tx, themeLabels, labels, {
      target: [themeLabels.themeId, themeLabels.lang],
      set: excludedSet(themeLabels, ["label", "synonyms", "synonymEnglish"]),
      countWritten: true,
    });
    return { themes: vocabulary.length, labels: labels.length, written: themesWritten + labelsWritten, themesWritten };
  });
}

/**
 * The shipped vocabulary as one file of an import's summary: `import cordis` loads it beside the
 * reference lists, since searching the knowledge base across languages needs it.
 */
export async function loadKeepThemesFile(db: Db, file = keepThemesFile): Promise<CordisFileReport> {
  return wholeFileReport(file, (await loadKeepThemes(db, file)).themes);
}

const money = (n: number | undefined) => (n === undefined ? null : n.toFixed(2));

function toProjectRow(p: KeepProject, programmeId: number, programmePartId: number | null): NewProject {
  return {
    sourceId: SOURCE_ID,
    externalId: p.externalId,
    acronym: p.acronym,
    title: p.title,
    description: p.description,
    expectedResults: p.expectedResults ?? null,
    achievements: p.achievements ?? null,
    startDate: p.startDate ?? null,
    endDate: p.endDate ?? null,
    status: p.status ?? null,
    totalBudget: money(p.totalBudget),
    euContribution: money(p.euContribution),
    cofinancingRate: money(p.cofinancingRate),
    programmeId,
    programmePartId,
    topicId: null,
    partnerCount: p.partnerCount ?? null,
    sourceUrl: p.sourceUrl ?? null,
    website: p.website ?? null,
    language: p.language,
  };
}

function toOrganisationRow(x: KeepPartner): Omit<NewOrganisation, "id"> {
  return {
    name: x.name,
    shortName: x.shortName ?? null,
    type: x.type,
    sourceType: x.sourceType ?? null,
    countryCode: x.country,
    city: x.city ?? null,
  };
}

/** Reads and validates a KEEP file; a file with any error is refused whole (fix it, or parse and pass the good projects). */
export function readKeepFile(file: string): KeepProject[] {
  const { projects: parsed, errors } = parseKeepFile(readJson(file));
  if (errors.length > 0) throw new KeepFormatError(file, errors);
  return parsed;
}

/**
 * Loads KEEP projects, from a file or from parseKeepFile's result, in one transaction: programmes
 * and their parts, projects, organisations (found again through their "keep-name" identifier),
 * participations and project themes. The themes must have been loaded (loadKeepThemes).
 * Counts are of what the input holds, so a re-run returns the same numbers.
 */
export async function loadKeepProjects(
  db: Db,
  fileOrParsed: string | { projects: readonly KeepProject[] } = keepProjectsFile,
  options: KeepLoadOptions = {},
): Promise<KeepLoadCounts> {
  const input = typeof fileOrParsed === "string" ? readKeepFile(fileOrParsed) : fileOrParsed.projects;

  return db.transaction(async (tx) => {
    // Programmes and parts are shared by projects: one row per code.
    const programmeRows = [...new Map(input.map((p) => [p.programme.code, p.programme])).values()].map((g) => ({
      code: g.code,
      name: g.name,
      fullName: g.fullName ?? null,
      family: g.family,
      period: g.period ?? null,
      startYear: g.startYear ?? null,
      endYear: g.endYear ?? null,
      sourceId: SOURCE_ID,
    }));
    await bulkUpsert(tx, programmes, programmeRows, {
      target: [programmes.code],
      set: excludedSet(programmes, ["name", "fullName", "family", "period", "startYear", "endYear", "sourceId"]),
    });
    const programmeId = new Map<string, number>();
    for (const codes of chunk(programmeRows.map((r) => r.code), LOOKUP_CHUNK)) {
      const found = await tx.select({ id: programmes.id, code: programmes.code }).from(programmes).where(inArray(programmes.code, codes));
      for (const row of found) programmeId.set(row.code, row.id);
    }

    const partKey = (programmeCode: string, code: string) => `${programmeCode}\u0000${code}`;
    const partRows = [
      ...new Map(
        input.flatMap((p) =>
          p.programmePart
            ? [[partKey(p.programme.code, p.programmePart.code), { programmeId: programmeId.get(p.programme.code)!, ...p.programmePart }] as const]
            : [],
        ),
      ).values(),
    ];
    await bulkUpsert(tx, programmeParts, partRows, {
      target: [programmeParts.programmeId, programmeParts.code],
      set: excludedSet(programmeParts, ["title"]),
    });
    const partId = new Map<string, number>();
    if (partRows.length > 0) {
      const codeOfProgramme = new Map([...programmeId].map(([code, id]) => [id, code]));
      for (const ids of chunk([...new Set(partRows.map((r) => r.programmeId))], LOOKUP_CHUNK)) {
        const found = await tx.select().from(programmeParts).where(inArray(programmeParts.programmeId, ids));
        for (const row of found) partId.set(partKey(codeOfProgramme.get(row.programmeId)!, row.code), row.id);
      }
    }

    const projectRows = input.map((p) =>
      toProjectRow(
        p,
        programmeId.get(p.programme.code)!,
        p.programmePart ? partId.get(partKey(p.programme.code, p.programmePart.code))! : null,
      ),
    );
    // updatedAt is left out of the rows, so excluded.updated_at is its default: now().
    await bulkUpsert(tx, projects, projectRows, {
      target: [projects.sourceId, projects.externalId],
      set: excludedSet(projects, [
        "acronym", "title", "description", "expectedResults", "achievements", "startDate", "endDate", "status",
        "totalBudget", "euContribution", "cofinancingRate", "programmeId", "programmePartId", "topicId",
        "partnerCount", "sourceUrl", "website", "language", "updatedAt",
      ]),
    });
    const projectId = new Map<string, number>();
    for (const ids of chunk(input.map((p) => p.externalId), LOOKUP_CHUNK)) {
      const found = await tx
        .select({ id: projects.id, externalId: projects.externalId })
        .from(projects)
        .where(and(eq(projects.sourceId, SOURCE_ID), inArray(projects.externalId, ids)));
      for (const row of found) projectId.set(row.externalId, row.id);
    }

    const { idByKey: organisationId, changed } = await upsertKeepOrganisations(tx, input);

    const participationRows = input.flatMap((p) =>
      (p.partners ?? []).map((x, i) => ({
        projectId: projectId.get(p.externalId)!,
        organisationId: organisationId.get(keepNameKey(x.country, x.name))!,
        role: x.role,
        position: i + 1,
      })),
    );
    await bulkUpsert(tx, participations, participationRows, {
      target: [participations.projectId, participations.organisationId],
      set: excludedSet(participations, ["role", "position"]),
    });
    const dropped = await deleteDroppedParticipations(tx, [...projectId.values()], participationRows);

    const themeCodes = [...new Set(input.flatMap((p) => p.themes))];
    const themeId = new Map<string, number>();
    for (const codes of chunk(themeCodes, LOOKUP_CHUNK)) {
      const found = await tx
        .select({ id: themes.id, code: themes.code })
        .from(themes)
        .where(and(eq(themes.scheme, "keep"), inArray(themes.code, codes)));
      for (const row of found) themeId.set(row.code, row.id);
    }
    const missing = themeCodes.filter((c) => !themeId.has(c));
    if (missing.length > 0) throw new Error(`KEEP themes not in the database (run loadKeepThemes first): ${missing.join(", ")}`);
    // A project's KEEP themes are whatever the file says now: the old links go, EuroSciVoc links stay.
    for (const ids of chunk([...projectId.values()], LOOKUP_CHUNK)) {
      await tx.delete(projectThemes).where(
        and(
          inArray(projectThemes.projectId, ids),
          inArray(projectThemes.themeId, tx.select({ id: themes.id }).from(themes).where(eq(themes.scheme, "keep"))),
        ),
      );
    }
    const themeRows = input.flatMap((p) => p.themes.map((code) => ({ projectId: projectId.get(p.externalId)!, themeId: themeId.get(code)! })));
    await bulkUpsert(tx, projectThemes, themeRows, { target: [projectThemes.projectId, projectThemes.themeId] });

    if (options.afterLoad) await options.afterLoad(tx, await loadScope(tx, [...projectId.values()], [...new Set([...changed, ...dropped])]));
    return {
      projects: input.length,
      organisations: organisationId.size,
      participations: participationRows.length,
      themes: themeRows.length,
    };
  });
}

/**
 * Finds or creates the organisations the projects name, keyed by "keep-name" identifiers, and
 * returns their ids by key. New rows get ids drawn from the identity sequence first, so rows and
 * identifiers are paired without relying on the order RETURNING gives.
 */
async function upsertKeepOrganisations(tx: Db, input: readonly KeepProject[]): Promise<{ idByKey: Map<string, number>; changed: number[] }> {
  const partnerByKey = new Map<string, KeepPartner>();
  for (const p of input) for (const x of p.partners ?? []) {
    const key = keepNameKey(x.country, x.name);
    if (!partnerByKey.has(key)) partnerByKey.set(key, x);
  }
  const keys = [...partnerByKey.keys()];
  const idByKey = new Map<string, number>();
  for (const values of chunk(keys, LOOKUP_CHUNK)) {
    const found = await tx
      .select({ value: organisationIdentifiers.value, organisationId: organisationIdentifiers.organisationId })
      .from(organisationIdentifiers)
      .where(and(eq(organisationIdentifiers.scheme, NAME_SCHEME), inArray(organisationIdentifiers.value, values)));
    for (const row of found) idByKey.set(row.value, row.organisationId);
  }

  const existing = [...idByKey].map(([key, id]) => ({ id, ...toOrganisationRow(partnerByKey.get(key)!) }));
  const changed: number[] = [];
  for (const batch of chunk(existing, VALUES_CHUNK)) changed.push(...(await refreshOrganisations(tx, batch)));

  const newKeys = keys.filter((k) => !idByKey.has(k));
  if (newKeys.length === 0) return { idByKey, changed };
  const ids = rowsOf<{ id: number }>(
    await tx.execute(
      sql`select nextval(pg_get_serial_sequence('organisations', 'id'))::int as id from generate_series(1, ${newKeys.length}::int)`,
    ),
  ).map((r) => Number(r.id));
  newKeys.forEach((key, i) => idByKey.set(key, ids[i]!));
  const rows = newKeys.map((key) => ({ id: idByKey.get(key)!, ...toOrganisationRow(partnerByKey.get(key)!) }));
  for (const batch of chunk(rows, VALUES_CHUNK)) await tx.insert(organisations).overridingSystemValue().values(batch);
  await bulkUpsert(
    tx,
    organisationIdentifiers,
    newKeys.map((key) => ({ scheme: NAME_SCHEME, value: key, organisationId: idByKey.get(key)!, sourceId: SOURCE_ID })),
    { target: [organisationIdentifiers.scheme, organisationIdentifiers.value] },
  );
  return { idByKey, changed };
}

/**
 * Updates organisations found again. One that only KEEP knows (no identifier of another scheme)
 * takes the file's values; one also known from another source (a CORDIS PIC …) keeps its own and
 * only has its gaps filled, since a project page says less about an organisation than a registry.
 * Returns the ids of those whose values changed (only they are written).
 */
async function refreshOrganisations(tx: Db, batch: (Omit<NewOrganisation, "id"> & { id: number })[]): Promise<number[]> {
  const values = sql.join(
    batch.map(
      (o) =>
        sql`(${o.id}::int, ${o.name}::text, ${o.shortName}::text, ${o.type}::organisation_type, ${o.sourceType}::text, ${o.countryCode}::text, ${o.city}::text)`,
    ),
    sql`, `,
  );
  const updated = await tx.execute(sql`
    with v(id, name, short_name, type, source_type, country_code, city) as (values ${values}),
    shared as (
      select distinct organisation_id as id from organisation_identifiers
      where scheme <> ${NAME_SCHEME} and organisation_id in (select id from v)
    ),
    next as (
      select v.id,
        case when s.id is null then v.name else coalesce(o.name, v.name) end as name,
        case when s.id is null then v.short_name else coalesce(o.short_name, v.short_name) end as short_name,
        case when s.id is null or o.type = 'other' then v.type else o.type end as type,
        case when s.id is null then v.source_type else coalesce(o.source_type, v.source_type) end as source_type,
        case when s.id is null then v.country_code else coalesce(o.country_code, v.country_code) end as country_code,
        case when s.id is null then v.city else coalesce(o.city, v.city) end as city
      from v join organisations o on o.id = v.id left join shared s on s.id = v.id
    )
    update organisations o set
      name = n.name, short_name = n.short_name, type = n.type, source_type = n.source_type,
      country_code = n.country_code, city = n.city, updated_at = now()
    from next n
    where o.id = n.id
      and (o.name, o.short_name, o.type, o.source_type, o.country_code, o.city)
        is distinct from (n.name, n.short_name, n.type, n.source_type, n.country_code, n.city)
    returning o.id`);
  return rowsOf<{ id: number }>(updated).map((r) => Number(r.id));
}

/**
 * The projects whose search data a load changed (KeepLoadScope): those loaded, and every project of
 * the organisations that changed or left one of them (their facets, networks and counts, and their
 * other projects' participant facets); null when one of those organisations has no project left.
 */
async function loadScope(tx: Db, loaded: number[], organisationIds: number[]): Promise<KeepLoadScope> {
  const rows = rowsOf<{ project_ids: number[] | null; orphans: number }>(
    await tx.execute(sql`
      select
        array(select unnest(${intArray(loaded)}) union select pa.project_id from participations pa where pa.organisation_id = any(${intArray(organisationIds)})) as project_ids,
        (select count(*) from unnest(${intArray(organisationIds)}) o(id)
          where not exists (select 1 from participations pa where pa.organisation_id = o.id))::int as orphans`),
  );
  const row = rows[0]!;
  return { projectIds: Number(row.orphans) > 0 ? null : (row.project_ids ?? []).map(Number) };
}

/** Removes participations of the loaded projects that the input no longer lists; returns the organisations that left. */
async function deleteDroppedParticipations(
  tx: Db,
  projectIds: number[],
  kept: { projectId: number; organisationId: number }[],
): Promise<number[]> {
  const left: number[] = [];
  const keptByProject = new Map<number, number[]>();
  for (const r of kept) keptByProject.set(r.projectId, [...(keptByProject.get(r.projectId) ?? []), r.organisationId]);
  for (const ids of chunk(projectIds, VALUES_CHUNK)) {
    const pairs = ids.flatMap((projectId) => (keptByProject.get(projectId) ?? []).map((organisationId) => ({ projectId, organisationId })));
    const keptPairs =
      pairs.length === 0
        ? sql`select null::int, null::int where false`
        : sql`values ${sql.join(pairs.map((r) => sql`(${r.projectId}::int, ${r.organisationId}::int)`), sql`, `)}`;
    const deleted = await tx.execute(sql`
      delete from participations p
      where p.project_id in (${sql.join(ids.map((id) => sql`${id}::int`), sql`, `)})
        and (p.project_id, p.organisation_id) not in (${keptPairs})
      returning p.organisation_id`);
    left.push(...rowsOf<{ organisation_id: number }>(deleted).map((r) => Number(r.organisation_id)));
  }
  return left;
}

/**
 * A rejected project (JSON: `line` locates it, "projects[3] (p-4)", `field` is the path inside it)
 * or a rejected row (CSV: `line` is the row's line, `field` its column).
 */
export interface KeepRejection {
  line: string | number;
  field: string;
  reason: string;
}

/**
 * The vocabulary, then the projects that passed. A vocabulary that changed (new labels or
 * synonyms) changes the search words of every project on its themes: afterLoad is then told to
 * refresh everything, also when no project was loaded.
 */
async function loadVocabularyAndProjects(db: Db, loadable: KeepProject[], options: KeepLoadOptions): Promise<void> {
  const vocabulary = await loadKeepThemes(db);
  const afterLoad = options.afterLoad;
  const everything: KeepLoadScope = { projectIds: null };
  if (loadable.length > 0) {
    await loadKeepProjects(db, { projects: loadable }, { afterLoad: afterLoad && ((tx, scope) => afterLoad(tx, vocabulary.written > 0 ? everything : scope)) });
  } else if (afterLoad && vocabulary.written > 0) {
    await db.transaction((tx) => afterLoad(tx, everything));
  }
}

export interface KeepImportOptions extends KeepLoadOptions {
  onRejection?: (file: string, rejection: KeepRejection) => void;
}

/** True for a KEEP file in the CSV layout (by its name: .csv); anything else is read as JSON. */
export function isKeepCsv(file: string): boolean {
  return file.toLowerCase().endsWith(".csv");
}

/** The index of the first partner whose country the reference list lacks, or -1. */
function unknownCountry(project: KeepProject, known: ReadonlySet<string>): number {
  return (project.partners ?? []).findIndex((x) => !known.has(x.country));
}

async function knownCountries(db: Db): Promise<Set<string>> {
  const known = new Set((await db.select({ code: countries.code }).from(countries)).map((c) => c.code));
  if (known.size === 0) throw new Error("The countries are not loaded: run loadReferenceData before loading KEEP projects");
  return known;
}

/**
 * Imports a KEEP file as the CLI does: a project that fails validation (or names a country the
 * reference list lacks) is rejected and reported; the others are loaded, with the theme
 * vocabulary first. A file that is not JSON (or CSV, for a .csv file) or not a KEEP file at all
 * throws (nothing written). The report counts projects for a JSON file and rows for a CSV file:
 * imported + rejected = rows.
 */
export async function importKeepFile(
  db: Db,
  file: string,
  options: KeepImportOptions = {},
): Promise<CordisFileReport> {
  return isKeepCsv(file) ? importKeepCsvFile(db, file, options) : importKeepJsonFile(db, file, options);
}

/** A KEEP CSV file: one row per partner; a project is loaded or rejected with all its rows. */
async function importKeepCsvFile(
  db: Db,
  file: string,
  options: KeepImportOptions,
): Promise<CordisFileReport> {
  const parsed = parseKeepCsv(fs.readFileSync(file, "utf8"));
  const name = path.basename(file);
  const known = await knownCountries(db);
  const rejections = [...parsed.rejections];
  const loadable: KeepProject[] = [];
  let imported = 0;
  for (const { project, lines, partnerLines } of parsed.projects) {
    const unknown = unknownCountry(project, known);
    if (unknown < 0) {
      loadable.push(project);
      imported += lines.length;
      continue;
    }
    const partnerLine = partnerLines[unknown]!;
    const reason = `country ${project.partners![unknown]!.country} is not in the reference list`;
    for (const line of lines) {
      rejections.push(
        line === partnerLine
          ? { line, field: "partnerCountry", reason }
          : { line, field: "partnerCountry", reason: `project ${project.externalId} is rejected (line ${partnerLine}: ${reason})` },
      );
    }
  }
  rejections.sort((a, b) => a.line - b.line);
  for (const r of rejections) options.onRejection?.(name, r);
  await loadVocabularyAndProjects(db, loadable, options);
  return { file: name, rows: parsed.rows, imported, merged: 0, rejected: rejections.length, excluded: 0 };
}

async function importKeepJsonFile(
  db: Db,
  file: string,
  options: KeepImportOptions = {},
): Promise<CordisFileReport> {
  let json: unknown;
  try {
    json = readJson(file);
  } catch (error) {
    throw new Error(`${file} cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { projects: valid, errors } = parseKeepFile(json);
  const fileErrors = errors.filter((e) => e.project === null);
  if (fileErrors.length > 0) throw new KeepFormatError(file, fileErrors);
  const name = path.basename(file);
  const total = (json as { projects: unknown[] }).projects.length;
  const where = (index: number, externalId?: string) => `projects[${index}]${externalId ? ` (${externalId})` : ""}`;
  for (const e of errors) options.onRejection?.(name, { line: where(e.project!, e.externalId), field: e.path, reason: e.message });

  // The partners' countries are foreign keys: one the reference list lacks rejects its project.
  const known = await knownCountries(db);
  const badIndices = new Set(errors.map((e) => e.project!));
  const goodIndices = [...Array(total).keys()].filter((i) => !badIndices.has(i));
  const loadable: KeepProject[] = [];
  valid.forEach((project, i) => {
    const unknown = unknownCountry(project, known);
    if (unknown < 0) {
      loadable.push(project);
      return;
    }
    badIndices.add(goodIndices[i]!);
    options.onRejection?.(name, {
      line: where(goodIndices[i]!, project.externalId),
      field: `partners[${unknown}].country`,
      reason: `country ${project.partners![unknown]!.country} is not in the reference list`,
    });
  });
  await loadVocabularyAndProjects(db, loadable, options);
  return { file: name, rows: total, imported: loadable.length, merged: 0, rejected: badIndices.size, excluded: 0 };
}
