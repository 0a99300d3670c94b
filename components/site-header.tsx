import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserMenu } from "./accounts/user-menu";
import { LogoMark } from "./logo";
import { NavLink } from "./nav-link";
import { SearchForm } from "./search-form";

/**
 * One row on a wide screen: logo, sections, search, account. The search box takes what room the
 * others leave (German and Polish labels and a signed-in account corner leave less) and steps
 * aside when that is too little: the Search section is one link away. Below `lg` the sections get
 * a row of their own; on a phone the search box too.
 */
export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="sticky top-0 z-40 print:hidden border-b bg-card/95 backdrop-blur supports-[backdrop-filter]:bg-card/85">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5 sm:px-6 lg:flex-nowrap">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md text-primary" aria-label={t("header.home")}>
          <LogoMark className="size-7" />
          <span className="text-lg font-semibold tracking-tight text-foreground">Consortia</span>
        </Link>
        <nav aria-label={t("header.mainNav")} className="order-last -mx-2 flex w-full flex-wrap items-center gap-0.5 lg:order-none lg:mx-0 lg:w-auto lg:shrink-0 lg:flex-nowrap">
          <NavLink href="/projects">{t("nav.projects")}</NavLink>
          <NavLink href="/organisations">{t("nav.organisations")}</NavLink>
          <NavLink href="/search">{t("nav.search")}</NavLink>
          <NavLink href="/interests">{t("nav.interests")}</NavLink>
          <NavLink href="/shortlists">{t("nav.shortlists")}</NavLink>
        </nav>
        <div className="@container order-last w-full sm:order-none sm:ml-auto sm:w-auto sm:max-w-56 sm:min-w-0 sm:flex-1">
          <SearchForm
            action="/projects"
            id="header-search"
            label={t("header.searchLabel")}
            placeholder={t("header.searchPlaceholder")}
            size="compact"
            suggest
            className="@max-[8.5rem]:hidden"
          />
        </div>
        {/* On a phone the account corner shares the logo's row, the user's name truncated to fit. */}
        <div className="flex min-w-0 flex-1 basis-0 justify-end sm:flex-none sm:basis-auto">
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
