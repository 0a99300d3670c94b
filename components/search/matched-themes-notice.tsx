// "Also searching the theme Forestry (“forest”) and with it forestry …": the themes a query matched
// in any of the vocabulary's languages, each a link that filters by it, with the themes the
// KEEP–EuroSciVoc crosswalk links to it. Shown above project and organisation results.
import { Languages } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TextQuery } from "@/db/search/text-query";
import { JoinedList } from "@/components/joined-list";
import { formatLanguage } from "@/lib/format";
import { noticeThemes } from "@/lib/search/notice-themes";

export function MatchedThemesNotice({
  themes,
  themeHref,
  locale,
  children,
}: {
  themes: TextQuery["themes"];
  themeHref: (themeId: number) => string;
  locale: string;
  /** Said on a line of its own after the themes (or alone when there are none). */
  children?: React.ReactNode;
}) {
  const t = useTranslations("search.projectSearch");
  if (themes.length === 0 && !children) return null;
  const shown = noticeThemes(themes);
  const schemeName = (scheme: string | null) => (scheme === "keep" ? t("schemeKeep") : t("schemeEuroscivoc"));
  const matchedText = (theme: (typeof shown)[number]) => {
    const foreign = theme.lang && theme.lang !== "en";
    // What a synonym of another language was searched as in English: (“Bahn”, German: “rail”).
    const english = foreign && theme.english && !theme.isLabel && theme.english.toLowerCase() !== theme.matched.toLowerCase() ? theme.english : null;
    const words = { word: theme.matched, language: formatLanguage(theme.lang, locale) };
    if (theme.sayScheme) {
      const scheme = schemeName(theme.scheme);
      if (english) return t("matchedInAsWithScheme", { scheme, ...words, english });
      return foreign ? t("matchedInWithScheme", { scheme, ...words }) : t("matchedWithScheme", { scheme, word: theme.matched });
    }
    if (english) return t("matchedInAs", { ...words, english });
    return foreign ? t("matchedIn", words) : t("matched", { word: theme.matched });
  };
  return (
    <p className="flex items-start gap-2 text-sm text-muted-foreground">
      <Languages aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        {themes.length > 0 ? (
          <>
            {t("alsoSearching", { count: themes.length })}{" "}
            {shown.map((theme, i) => (
              <span key={theme.themeId}>
                {i > 0 ? ", " : null}
                <Link href={themeHref(theme.themeId)} className="font-medium text-primary underline-offset-4 hover:underline">
                  {theme.label}
                </Link>{" "}
                <span className="text-xs">{matchedText(theme)}</span>
                {theme.linkedShown.length > 0 ? (
                  <>
                    {" "}
                    {t.rich("withLinked", {
                      names: () => <LinkedThemes linked={theme.linkedShown} themeHref={themeHref} locale={locale} />,
                    })}
                  </>
                ) : null}
              </span>
            ))}
          </>
        ) : null}
        {children ? <span className={themes.length > 0 ? "mt-1 block" : undefined}>{children}</span> : null}
      </span>
    </p>
  );
}

/** "forestry and woodworking", each a link to its filter, joined as the reader's language joins a list. */
function LinkedThemes({ linked, themeHref, locale }: { linked: { id: number; label: string }[]; themeHref: (themeId: number) => string; locale: string }) {
  return (
    <span lang="en">
      <JoinedList
        items={linked}
        text={(theme) => theme.label}
        locale={locale}
        literalLang={locale}
        render={(theme, words, key) => (
          <Link key={key} href={themeHref(theme.id)} className="text-primary underline decoration-primary/40 underline-offset-2 hover:decoration-primary">
            {words}
          </Link>
        )}
      />
    </span>
  );
}
