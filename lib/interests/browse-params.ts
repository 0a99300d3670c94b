// The /interests browse filters in the URL: words (in any language, as project search reads them),
// programme (id), the poster's country, the type of partner looked for, the page. A bad value is
// ignored; the href builder keeps the filters.
import { z } from "zod";
import { organisationType, type OrganisationType } from "@/db/schema/knowledge";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";

export interface InterestBrowseParams {
  /** Words the interest's title, description or themes have, in any of the six languages. */
  q?: string;
  programmeId?: number;
  country?: string;
  wants?: OrganisationType;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function parseInterestBrowse(params: Params): InterestBrowseParams {
  const out: InterestBrowseParams = { page: z.coerce.number().int().min(1).max(10_000).catch(1).parse(first(params.page) ?? 1) };
  const programme = z.coerce.number().int().positive().safeParse(first(params.programme));
  const country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).safeParse(first(params.country));
  const wants = z.enum(organisationType.enumValues).safeParse(first(params.wants));
  const q = z
    .string()
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1).max(MAX_QUERY_LENGTH))
    .safeParse(first(params.q));
  if (q.success) out.q = q.data;
  if (programme.success) out.programmeId = programme.data;
  if (country.success) out.country = country.data;
  if (wants.success) out.wants = wants.data;
  return out;
}

export function interestBrowseHref(params: InterestBrowseParams, page: number): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.programmeId) query.set("programme", String(params.programmeId));
  if (params.country) query.set("country", params.country);
  if (params.wants) query.set("wants", params.wants);
  if (page > 1) query.set("page", String(page));
  const s = query.toString();
  return s ? `/interests?${s}` : "/interests";
}
