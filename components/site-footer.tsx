// The footer names every data source with the attribution its licence asks for.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { DATA_SOURCES } from "@/lib/importers/sources";
import { LocaleSwitcher } from "./locale-switcher";

/** One line per distinct attribution (the two CORDIS datasets share theirs). */
function attributions() {
  const seen = new Map<string, { attribution: string; url: string; name: string }>();
  for (const source of Object.values(DATA_SOURCES)) {
    if (!seen.has(source.attribution)) seen.set(source.attribution, { attribution: source.attribution, url: source.url, name: source.name });
  }
  return [...seen.values()];
}

export async function SiteFooter() {
  const [t, tl, locale] = await Promise.all([getTranslations("common.footer"), getTranslations("common.language"), getLocale()]);
  return (
    <footer className="mt-16 border-t bg-card print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted-foreground sm:px-6 md:grid-cols-[1fr_2fr]">
        <div>
          <p className="font-semibold text-foreground">Consortia</p>
          <p className="mt-1 max-w-xs">{t("tagline")}</p>
          {/* The regional view has no room in the header (it keeps to one row in every language): found here and on the home page. */}
          <p className="mt-3 max-w-xs">
            <Link href="/regions" className="text-primary underline underline-offset-4 hover:text-foreground">
              {t("regions")}
            </Link>
          </p>
          <div className="mt-4">
            <LocaleSwitcher locale={locale as Locale} label={tl("label")} apply={tl("apply")} />
          </div>
        </div>
        <div>
          <h2 className="font-semibold text-foreground">{t("dataSources")}</h2>
          <ul className="mt-2 space-y-1.5">
            {attributions().map((a) => (
              <li key={a.attribution}>
                {a.attribution}{" "}
                <a href={a.url} className="whitespace-nowrap text-primary underline underline-offset-4 hover:text-foreground" rel="noopener noreferrer">
                  {new URL(a.url).hostname.replace(/^www\./, "")}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs">{t("factsNote")}</p>
        </div>
      </div>
    </footer>
  );
}
