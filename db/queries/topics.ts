// Call topics found by their code or the words of their title, for the interest form's topic
// field: a coordinator often knows the call by its name ("forest-based value chains") rather
// than by HORIZON-JU-CBE-2023-R-02.
import "server-only";
import { sql } from "drizzle-orm";
import { wordsOf } from "@/lib/search/text";
import type { Db, Tx } from "../index";
import { rowsOf } from "../rows";

export interface TopicChoice {
  code: string;
  title: string | null;
}

/**
 * At most `limit` topics: the one whose code is the query, then codes starting with it, then those
 * whose title has every word of the query (newest calls first: codes carry their year).
 */
export async function searchTopics(db: Db | Tx, query: string, limit = 8): Promise<TopicChoice[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  const words = wordsOf(q).filter((w) => w.length >= 2).slice(0, 8);
  const code = q.toUpperCase();
  // The code as typed, % and _ taken literally, then anything.
  const codePrefix = `${code.replace(/[\\%_]/g, "\\$&")}%`;
  const titleMatch = words.length ? sql.join(words.map((w) => sql`lower(t.title) like ${`%${w}%`}`), sql` and `) : sql`false`;
  return rowsOf<TopicChoice>(
    await db.execute(sql`
      select t.code, min(t.title) as title
      from topics t
      where upper(t.code) like ${codePrefix} or (${titleMatch})
      group by t.code
      order by (upper(t.code) = ${code}) desc, (upper(t.code) like ${codePrefix}) desc, t.code desc
      limit ${limit}`),
  );
}
