// "No project matches “wood industry” and “cluster” all at once; these match some of them…": said
// above the results when the search fell back to the parts of a query one by one (db/search:
// partialMatch), so that nobody takes the list for projects on all of it.
import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PartialMatch } from "@/db/search/text-query";

export function PartialMatchNote({ partial, of, locale }: { partial: PartialMatch; of: "projects" | "organisations" | "itsProjects"; locale: string }) {
  const t = useTranslations("search.partialMatch");
  if (!partial) return null;
  const parts = new Intl.ListFormat(locale, { type: "conjunction" }).format(partial.segments.map((phrase) => t("quoted", { phrase })));
  return (
    <p className="flex items-start gap-2 text-sm" role="status">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
      <span>{t(of, { parts })}</span>
    </p>
  );
}
