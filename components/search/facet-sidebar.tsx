// The facet sidebar of a search page: each facet a list of links with the number of results each
// would leave, so the whole search state lives in the URL (shareable; the back button undoes a
// click). Hierarchical facets (regions, themes) show the way up from the selected value and the
// values one level below it. Wide screens show it as a sidebar; phones get it folded away behind
// "Filters" (open when a filter is in force), so results start on screen one.
import { Check, ChevronDown, ChevronLeft, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import { cn } from "../ui/utils";

export interface FacetLinkItem {
  label: string;
  count: number;
  href: string;
  selected?: boolean;
  /** Values with a group are listed under its heading (a programme's family, a theme's scheme). */
  group?: string;
}

export interface FacetSection {
  id: string;
  title: string;
  items: FacetLinkItem[];
  /** Links up a hierarchy, broadest first: "All regions", "Bayern"… (the last one is the selected value). */
  trail?: { label: string; href: string }[];
  /** Shown when nothing is left to choose. */
  emptyText?: string;
  /** How many values show before "Show all". */
  limit?: number;
  /** Instead of "Show all": only the first `limit` values, with this line after them. */
  moreHint?: string;
}

export function FacetSidebar({ sections, activeCount, locale, children }: { sections: FacetSection[]; activeCount: number; locale: string; children?: React.ReactNode }) {
  const t = useTranslations("search");
  const body = sections.map((section) => <FacetSectionView key={section.id} section={section} locale={locale} />);
  // Two renderings, one shown per screen width: a closed <details> hides its links from the
  // keyboard, so wide screens get a plain list.
  return (
    <>
      <nav aria-label={t("filters")} className="hidden flex-col gap-1 rounded-xl border bg-card p-4 shadow-xs lg:flex">
        <h2 className="mb-1 flex items-center gap-2 text-sm font-semibold">
          <SlidersHorizontal aria-hidden className="size-4 text-muted-foreground" />
          {t("filters")}
        </h2>
        {children}
        {body}
      </nav>
      <details open={activeCount > 0} className="group rounded-xl border bg-card p-3 shadow-xs lg:hidden">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md py-1 text-sm font-medium [&::-webkit-details-marker]:hidden">
          <SlidersHorizontal aria-hidden className="size-4 text-muted-foreground" />
          {activeCount > 0 ? t("filtersActive", { count: activeCount }) : t("filters")}
          <ChevronDown aria-hidden className="ml-auto size-4 text-muted-foreground transition-transform group-open:rotate-180" />
        </summary>
        <nav aria-label={t("filters")} className="mt-2 flex flex-col gap-1">
          {children}
          {body}
        </nav>
      </details>
    </>
  );
}

function FacetSectionView({ section, locale }: { section: FacetSection; locale: string }) {
  const t = useTranslations("search");
  const limit = section.limit ?? 8;
  const shown = section.items.slice(0, limit);
  const rest = section.items.slice(limit);
  const headingId = `facet-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="border-t pt-3 pb-1 first-of-type:border-t-0 first-of-type:pt-0">
      <h3 id={headingId} className="mb-1.5 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {section.title}
      </h3>
      {section.trail && section.trail.length > 0 ? (
        <ul className="mb-1 flex flex-col">
          {section.trail.map((step, i) => {
            const current = i === section.trail!.length - 1;
            return (
              <li key={step.href}>
                <Link
                  href={step.href}
                  aria-current={current ? "true" : undefined}
                  className={cn(
                    "flex items-center gap-1 rounded-md px-1.5 py-1 text-sm hover:bg-muted",
                    current ? "font-semibold text-foreground" : "text-primary",
                  )}
                  style={{ paddingLeft: `${0.375 + i * 0.5}rem` }}
                >
                  {current ? <Check aria-hidden className="size-3.5 shrink-0" /> : <ChevronLeft aria-hidden className="size-3.5 shrink-0" />}
                  <span className="min-w-0 truncate">{step.label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
      {section.items.length === 0 ? (
        section.emptyText ? <p className="px-1.5 py-1 text-sm text-muted-foreground">{section.emptyText}</p> : null
      ) : (
        <>
          <FacetItems items={shown} locale={locale} indent={section.trail?.length ?? 0} />
          {rest.length > 0 && section.moreHint ? (
            <p className="px-1.5 py-1 text-xs text-muted-foreground">{section.moreHint}</p>
          ) : rest.length > 0 ? (
            <details className="group/more">
              <summary className="cursor-pointer list-none rounded-md px-1.5 py-1 text-sm text-primary hover:bg-muted [&::-webkit-details-marker]:hidden">
                <span className="group-open/more:hidden">{t("showAll", { count: formatNumber(section.items.length, locale) })}</span>
                <span className="hidden group-open/more:inline">{t("showFewer")}</span>
              </summary>
              <FacetItems items={rest} locale={locale} indent={section.trail?.length ?? 0} />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

function FacetItems({ items, locale, indent }: { items: FacetLinkItem[]; locale: string; indent: number }) {
  const groups = [...new Set(items.map((i) => i.group ?? ""))];
  return (
    <>
      {groups.map((group) => (
        <div key={group || "all"}>
          {group && groups.length > 1 ? <p className="mt-1.5 px-1.5 text-xs font-medium text-muted-foreground">{group}</p> : null}
          <ul className="flex flex-col">
            {items
              .filter((i) => (i.group ?? "") === group)
              .map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={item.selected ? "true" : undefined}
                    className={cn(
                      "flex items-baseline justify-between gap-3 rounded-md px-1.5 py-1 text-sm hover:bg-muted",
                      item.selected ? "bg-secondary font-semibold text-secondary-foreground" : "text-foreground",
                    )}
                    style={indent ? { paddingLeft: `${0.375 + indent * 0.5}rem` } : undefined}
                  >
                    <span className="min-w-0">{item.label}</span>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{formatNumber(item.count, locale)}</span>
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}
