// An organisation's projects, all of them or only the consortia it coordinated: two links that keep
// the theme and the text the list is filtered by (the page builds their addresses).
import Link from "next/link";
import { cn } from "../ui/utils";

export function RoleSwitch({ label, options, className }: { label: string; options: { label: string; href: string; current: boolean }[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn("inline-flex w-fit shrink-0 rounded-md border bg-muted/40 p-0.5 text-sm", className)}>
      {options.map((o) => (
        <Link
          key={o.href}
          href={o.href}
          aria-current={o.current ? "page" : undefined}
          className={cn(
            "rounded px-2.5 py-1 font-medium",
            o.current ? "bg-background text-foreground shadow-sm" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
