"use client";
// A header navigation link that marks the section the reader is in (aria-current).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      // Plain strings, not cn(): the header is on every page, and cn would bring tailwind-merge.
      className={`rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap transition-colors hover:bg-muted hover:text-foreground ${
        current ? "bg-secondary text-secondary-foreground" : "text-muted-foreground"
      }`}
    >
      {children}
    </Link>
  );
}
