// "No project matches “wood industry” and “cluster” all at once; these match some of them…": said
// above the results when the search fell back to the parts of a query one by one (db/search:
// partialMatch), so that nobody takes the list for projects on all of it.
import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PartialMatch } from "@/db/search/text-query";

/** "Matches “wood industry”": the parts of the query one listed row has, when the list holds rows with some of them. */
export function MatchedParts({ partial, id, of, locale }: { partial: PartialMatch; id: number; of: "project" | "organisation"; locale: string }) {
  const t = useTranslations("search.partialMatch");
  const indexes = partial?.rows?.[id];
  if (!partial || !indexes || indexes.length === 0) return null;
  const parts = quotedList(indexes.flatMap((i) => partial.segments[i] ?? []), locale, (phrase) => t("quoted", { phrase }));
  return <>{t(of === "project" ? "rowProject" : "rowOrganisation", { parts })}</>;
}

export function PartialMatchNote({ partial, of, locale }: { partial: PartialMatch; of: "projects" | "organisations" | "itsProjects"; locale: string }) {
  const t = useTranslations("search.partialMatch");
  if (!partial) return null;
  const parts = quotedList(partial.segments, locale, (phrase) => t("quoted", { phrase }));
  return (
    <p className="flex items-start gap-2 text-sm" role="status">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
      <span>{t(of, { parts })}</span>
    </p>
  );
}

/** “wood industry” and “cluster”: the phrases quoted, joined as the reader's language joins a list. */
function quotedList(phrases: readonly string[], locale: string, quoted: (phrase: string) => string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(phrases.map(quoted));
}
