// Cuts the small real CORDIS sample shipped in data/demo/cordis/ from the full open data
// (../shared/data by default): about 300 Horizon Europe projects chosen so that clusters,
// regional development, SMEs and innovation ecosystems are well represented, with every row of
// theirs in each Horizon Europe file, plus the 26-project H2020 sample and the activity types.
// Deterministic: the same input gives byte-identical output.
//
//   npx tsx scripts/cut-demo-sample.ts [--dir ../shared/data] [--out data/demo/cordis]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { parseCsv, type CsvRow } from "@/lib/importers/csv";

const TARGET_PROJECTS = 300;
/** Participation rows dominate the size; this keeps the whole sample under about 2 MB. */
const MAX_PARTICIPATION_ROWS = 3_000;
/** A bigger consortium would eat the budget of several projects. */
const MAX_PARTICIPATIONS_PER_PROJECT = 18;
/** Every programme part gets a few projects so that the programme filter has something to show. */
const MIN_PER_PROGRAMME_PART = 4;
const EUROPEAN_INNOVATION_ECOSYSTEMS = "HORIZON.3.2";
const WIDENING = "HORIZON.4.1";

/** Themes of the app's users, matched against call-topic titles and project titles. */
const THEMES: { name: string; pattern: RegExp; exclude?: RegExp }[] = [
  // "Cluster 5" and "Horizon Europe cluster" are programme structure, not cluster organisations.
  { name: "clusters", pattern: /\bclusters?\b/i, exclude: /\bcluster \d|\bhealth cluster|cross-KIC cluster/i },
  // Regional aircraft and regional climate models are not regional development.
  { name: "regional development", pattern: /\bregion(s|al)?\b|territor|cohesion|rural/i, exclude: /regional (commercial )?(aircraft|aviation)|regional (&|and) global climate|global and regional climate|regional medium freight/i },
  { name: "SMEs", pattern: /\bSMEs?\b|\bSME's\b|small and medium|start-?ups?\b|scale-?ups?\b/i },
  { name: "innovation ecosystems", pattern: /innovation ecosystems?|ecosystems? actors|innovation hubs?/i },
  { name: "smart specialisation", pattern: /smart speciali[sz]ation|\bS3\b|innovation agendas?/i },
];
/** EuroSciVoc leaves that describe innovation and enterprise rather than a science. */
const BUSINESS_VOCABULARY = /entrepreneurship|innovation management|business models|\/employment\b/i;

const SAMPLED_FILES = [
  "cordis_he_projects.csv",
  "cordis_he_organizations.csv",
  "cordis_he_topics.csv",
  "cordis_he_legal_basis.csv",
  "cordis_he_euroscivoc.csv",
  "cordis_he_report_summaries.csv",
] as const;
const COPIED_FILES = [
  "cordis_h2020_sample_projects.csv",
  "cordis_h2020_sample_organizations.csv",
  "cordis_activity_types.csv",
] as const;

interface Candidate {
  id: string;
  part: string;
  participations: number;
  score: number;
  themes: number;
  organisations: number;
}

function themesOf(p: CsvRow): number {
  const text = `${p.topicTitle} ${p.title}`;
  return THEMES.filter((t) => t.pattern.test(text) && !(t.exclude?.test(text) ?? false)).length;
}

function scoreProject(p: CsvRow): number {
  let score = 3 * themesOf(p);
  if (BUSINESS_VOCABULARY.test(p.euroSciVocPaths ?? "")) score += 1;
  if (p.programmePartCode === EUROPEAN_INNOVATION_ECOSYSTEMS) score += 4;
  if (p.programmePartCode === WIDENING) score += 2;
  if (p.title) score += 2;
  const organisations = Number(p.nOrganisations);
  if (organisations >= 4) score += 2;
  return score;
}

/** Best first; ties broken by consortium size, then grant number, so that the cut is stable. */
function byMerit(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.organisations - a.organisations || a.id.localeCompare(b.id);
}

function chooseProjects(projects: CsvRow[]): Set<string> {
  const candidates: Candidate[] = projects
    .map((p) => ({
      id: p.projectID!,
      part: p.programmePartCode ?? "",
      participations: Number(p.nParticipations),
      organisations: Number(p.nOrganisations),
      score: scoreProject(p),
      themes: themesOf(p),
    }))
    .filter((c) => c.participations <= MAX_PARTICIPATIONS_PER_PROJECT)
    .sort(byMerit);

  const chosen = new Set<string>();
  let rows = 0;
  const take = (pool: Candidate[], limit: number) => {
    let taken = 0;
    for (const c of pool) {
      if (taken >= limit || chosen.size >= TARGET_PROJECTS) break;
      if (chosen.has(c.id) || rows + c.participations > MAX_PARTICIPATION_ROWS) continue;
      chosen.add(c.id);
      rows += c.participations;
      taken += 1;
    }
  };
  const parts = [...new Set(candidates.map((c) => c.part))].sort();
  for (const part of parts) take(candidates.filter((c) => c.part === part), MIN_PER_PROGRAMME_PART);
  take(candidates.filter((c) => c.part === EUROPEAN_INNOVATION_ECOSYSTEMS), 70);
  take(candidates.filter((c) => c.part === WIDENING), 30);
  // The rest from every other part, as long as the topic or title speaks of the users' themes.
  const others = candidates.filter((c) => c.part !== EUROPEAN_INNOVATION_ECOSYSTEMS && c.part !== WIDENING);
  take(others.filter((c) => c.themes > 0), TARGET_PROJECTS);
  take(others, TARGET_PROJECTS);
  return chosen;
}

/** RFC 4180 as the source writes it: quotes only where a comma, quote or line break needs them. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A source file as text (gzip by file name) and its header, kept exactly as the source has it. */
function readSource(file: string): { header: string[]; rows: CsvRow[] } {
  const buffer = fs.readFileSync(file);
  const text = file.endsWith(".gz") ? zlib.gunzipSync(buffer).toString("utf8") : buffer.toString("utf8");
  return { header: text.slice(0, text.indexOf("\n")).split(","), rows: parseCsv(text) };
}

function writeCsv(file: string, header: string[], rows: CsvRow[]): void {
  const lines = [header.join(","), ...rows.map((row) => header.map((h) => csvCell(row[h] ?? "")).join(","))];
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

function sourceFile(dir: string, name: string): string {
  const plain = path.join(dir, name);
  return fs.existsSync(plain) ? plain : `${plain}.gz`;
}

function main(): void {
  const { values } = parseArgs({
    options: { dir: { type: "string", default: "../shared/data" }, out: { type: "string", default: "data/demo/cordis" } },
  });
  const dir = path.resolve(values.dir);
  const out = path.resolve(values.out);
  fs.mkdirSync(out, { recursive: true });

  const projects = readSource(path.join(dir, "cordis_he_projects.csv")).rows;
  const chosen = chooseProjects(projects);

  const summary: string[] = [];
  for (const name of SAMPLED_FILES) {
    const file = sourceFile(dir, name);
    const { header, rows: all } = readSource(file);
    const rows = all.filter((row) => chosen.has(row.projectID ?? ""));
    writeCsv(path.join(out, name), header, rows);
    summary.push(`${name}: ${rows.length} rows`);
  }
  for (const name of COPIED_FILES) {
    // Not copyFileSync: that would copy a read-only mode and block the next run.
    fs.writeFileSync(path.join(out, name), fs.readFileSync(path.join(dir, name)));
    summary.push(`${name}: copied`);
  }

  const byPart = new Map<string, number>();
  for (const p of projects) {
    if (chosen.has(p.projectID ?? "")) byPart.set(p.programmePart ?? "", (byPart.get(p.programmePart ?? "") ?? 0) + 1);
  }
  const bytes = fs.readdirSync(out).reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0);
  console.log(`${chosen.size} Horizon Europe projects from ${dir} → ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
  for (const line of summary) console.log(`  ${line}`);
  for (const [part, n] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${part}`);
}

main();
