// The saved-search forms' input, with messages in the reader's language (a translator of
// "saved.errors" is passed in). Ids come from hidden fields, coerced and bounded.
import { z } from "zod";
import { alertFrequency } from "@/db/schema/saved";

export const MAX_SAVED_NAME = 120;
export const MAX_SAVED_SEARCHES = 100;

type T = (key: "nameRequired" | "nameTooLong" | "frequency", values?: { max: number }) => string;

const id = z.coerce.number().int().min(1).max(2_147_483_647);

export function savedSearchSchemas(t: T) {
  const name = z
    .string({ error: t("nameRequired") })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, t("nameRequired")).max(MAX_SAVED_NAME, t("nameTooLong", { max: MAX_SAVED_NAME })));
  const alert = z.enum(alertFrequency.enumValues, { error: t("frequency") });
  return {
    save: z.object({
      name,
      path: z.string().max(200),
      query: z.string().max(2000).default(""),
      alert: alert.default("none"),
    }),
    rename: z.object({ id, name }),
    alert: z.object({ id, alert }),
    remove: z.object({ id }),
    unsubscribe: z.object({ token: z.string().trim().min(1).max(200) }),
  };
}
