import Link from "next/link";
import { UserMenu } from "./accounts/user-menu";
import { LogoMark } from "./logo";
import { NavLink } from "./nav-link";
import { SearchForm } from "./search-form";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 print:hidden border-b bg-card/95 backdrop-blur supports-[backdrop-filter]:bg-card/85">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md text-primary" aria-label="Consortia, home">
          <LogoMark className="size-7" />
          <span className="text-lg font-semibold tracking-tight text-foreground">Consortia</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          <NavLink href="/projects">Projects</NavLink>
          <NavLink href="/organisations">Organisations</NavLink>
          <NavLink href="/search">Search</NavLink>
          <NavLink href="/interests">Interests</NavLink>
          <NavLink href="/shortlists">Shortlists</NavLink>
        </nav>
        <SearchForm
          action="/projects"
          id="header-search"
          label="Search projects"
          placeholder="Search projects…"
          size="compact"
          className="order-last w-full sm:order-none sm:ml-auto sm:w-48 xl:w-56"
        />
        <UserMenu />
      </div>
    </header>
  );
}
