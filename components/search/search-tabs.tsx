// Projects or organisations: the two things /search finds, as tabs that keep the query.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "../ui/utils";

export function SearchTabs({ active, q }: { active: "projects" | "organisations"; q: string }) {
  const t = useTranslations("search.tabs");
  const qs = q ? `?${new URLSearchParams({ q }).toString()}` : "";
  const tabs = [
    { key: "projects", label: t("projects"), href: `/search${qs}` },
    { key: "organisations", label: t("organisations"), href: `/organisations${qs}` },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-1 border-b">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === active ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            t.key === active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
