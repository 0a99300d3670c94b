// "No project matches “wood industry” and “cluster” all at once; these match some of them…": said
// above the results when the search fell back to the parts of a query one by one (db/search:
// partialMatch), so that nobody takes the list for projects on all of it; when the user asked for
// them (match=any), with the way back. Under a list shorter than a page: how many more match some
// of the parts, with the way to them (someMore).
import { Info } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PartialMatch, SomeMore } from "@/db/search/text-query";

/** "Matches “wood industry”": the parts of the query one listed row has, when the list holds rows with some of them. */
export function MatchedParts({ partial, id, of, locale }: { partial: PartialMatch; id: number; of: "project" | "organisation"; locale: string }) {
  const t = useTranslations("search.partialMatch");
  const indexes = partial?.rows?.[id];
  if (!partial || !indexes || indexes.length === 0) return null;
  const parts = quotedList(indexes.flatMap((i) => partial.segments[i] ?? []), locale, (phrase) => t("quoted", { phrase }));
  return <>{t(of === "project" ? "rowProject" : "rowOrganisation", { parts })}</>;
}

export function PartialMatchNote({ partial, of, locale, allHref }: { partial: PartialMatch; of: "projects" | "organisations" | "itsProjects"; locale: string; allHref?: string }) {
  const t = useTranslations("search.partialMatch");
  if (!partial) return null;
  const parts = quotedList(partial.segments, locale, (phrase) => t("quoted", { phrase }));
  // Asked for (match=any): said as a choice, with the way back to the results with all the parts.
  if (partial.chosen && of !== "itsProjects") {
    return (
      <NoteLine>
        {t(of === "projects" ? "chosenProjects" : "chosenOrganisations", { parts })}
        {allHref ? (
          <>
            {" "}
            <Link href={allHref} className="font-medium text-primary underline underline-offset-2">
              {t("onlyAll")}
            </Link>
          </>
        ) : null}
      </NoteLine>
    );
  }
  return <NoteLine>{t(of, { parts })}</NoteLine>;
}

/** "171 more projects match some of “wood industry” and “clusters”, not all of them. Show them too": under a short list. */
export function SomeMoreNote({ more, of, locale, href }: { more: SomeMore; of: "projects" | "organisations"; locale: string; href: string }) {
  const t = useTranslations("search.partialMatch");
  if (!more) return null;
  const parts = quotedList(more.segments, locale, (phrase) => t("quoted", { phrase }));
  return (
    <NoteLine>
      {t(of === "projects" ? "someMoreProjects" : "someMoreOrganisations", { count: more.count, parts })}{" "}
      <Link href={href} className="font-medium text-primary underline underline-offset-2">
        {t("showMore")}
      </Link>
    </NoteLine>
  );
}

function NoteLine({ children }: { children: React.ReactNode }) {
  return (
    <p className="flex items-start gap-2 text-sm" role="status">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
      <span>{children}</span>
    </p>
  );
}

/** “wood industry” and “cluster”: the phrases quoted, joined as the reader's language joins a list. */
function quotedList(phrases: readonly string[], locale: string, quoted: (phrase: string) => string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(phrases.map(quoted));
}
