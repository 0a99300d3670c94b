// Loads the reference list of current Interreg programmes (lib/programmes/reference.ts) into
// `programmes`, so that an interest can name the programme it applies to before the knowledge base
// holds any of its projects. A row is written only when it differs; a programme a KEEP import
// brought under the same code keeps that import's facts.
import { sql } from "drizzle-orm";
import { DATA_SOURCES } from "@/lib/importers/sources";
import { referenceProgrammes, type ReferenceProgramme } from "@/lib/programmes/reference";
import type { Db } from "../index";
import { programmes } from "../schema";

const SOURCE = DATA_SOURCES.interregProgrammes.id;

/** Upserts the list (its data source must be loaded: loadDataSources); returns how many rows it wrote. */
export async function loadReferenceProgrammes(db: Db, list: readonly ReferenceProgramme[] = referenceProgrammes()): Promise<number> {
  if (list.length === 0) return 0;
  const written = await db
    .insert(programmes)
    .values(list.map((p) => ({ code: p.code, name: p.name, fullName: p.fullName, family: "Interreg", period: p.period, startYear: p.startYear, endYear: p.endYear, sourceId: SOURCE })))
    .onConflictDoUpdate({
      target: programmes.code,
      set: {
        name: sql`excluded.name`,
        fullName: sql`excluded.full_name`,
        period: sql`excluded.period`,
        startYear: sql`excluded.start_year`,
        endYear: sql`excluded.end_year`,
      },
      // Only the list's own rows, and only when they differ (a re-run writes nothing).
      setWhere: sql`${programmes.sourceId} = ${SOURCE} and (${programmes.name}, ${programmes.fullName}, ${programmes.period}, ${programmes.startYear}, ${programmes.endYear})
        is distinct from (excluded.name, excluded.full_name, excluded.period, excluded.start_year, excluded.end_year)`,
    })
    .returning({ id: programmes.id });
  return written.length;
}
