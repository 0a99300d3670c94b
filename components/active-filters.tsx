// The filters in force, each removable with one link.
import { X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

export function ActiveFilters({ filters }: { filters: { label: string; value: string; removeHref: string }[] }) {
  const t = useTranslations("search");
  if (filters.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("activeFilters")}>
      {filters.map((f) => (
        <li key={f.label}>
          <Link
            href={f.removeHref}
            className="inline-flex items-center gap-1.5 rounded-full border bg-card py-1 pr-2 pl-3 text-sm shadow-xs transition-colors hover:bg-muted"
            aria-label={t("removeFilter", { label: f.label, value: f.value })}
          >
            <span className="text-muted-foreground">{f.label}:</span>
            <span className="font-medium">{f.value}</span>
            <X aria-hidden className="size-3.5 text-muted-foreground" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
