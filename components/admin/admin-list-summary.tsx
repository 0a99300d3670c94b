// "Showing 1–50 of 120 users" above an administration list, in the reader's language.
import { getFormatter, getTranslations } from "next-intl/server";

export async function AdminListSummary({ list, total, page, pageSize }: { list: "users" | "organisations" | "claims"; total: number; page: number; pageSize: number }) {
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <p className="text-sm text-muted-foreground" aria-live="polite">
      {total > 0 && from > total ? t("summary.pastEnd", { total }) : t(`summary.${list}`, { total, from: format.number(from), to: format.number(to) })}
    </p>
  );
}
