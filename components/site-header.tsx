import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserMenu } from "./accounts/user-menu";
import { LogoMark } from "./logo";
import { NavLink } from "./nav-link";
import { SearchForm } from "./search-form";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="sticky top-0 z-40 print:hidden border-b bg-card/95 backdrop-blur supports-[backdrop-filter]:bg-card/85">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md text-primary" aria-label={t("header.home")}>
          <LogoMark className="size-7" />
          <span className="text-lg font-semibold tracking-tight text-foreground">Consortia</span>
        </Link>
        <nav aria-label={t("header.mainNav")} className="flex flex-wrap items-center gap-1">
          <NavLink href="/projects">{t("nav.projects")}</NavLink>
          <NavLink href="/organisations">{t("nav.organisations")}</NavLink>
          <NavLink href="/search">{t("nav.search")}</NavLink>
          <NavLink href="/interests">{t("nav.interests")}</NavLink>
          <NavLink href="/shortlists">{t("nav.shortlists")}</NavLink>
        </nav>
        <SearchForm
          action="/projects"
          id="header-search"
          label={t("header.searchLabel")}
          placeholder={t("header.searchPlaceholder")}
          size="compact"
          className="order-last w-full sm:order-none sm:ml-auto sm:w-48 xl:w-56"
        />
        <UserMenu />
      </div>
    </header>
  );
}
