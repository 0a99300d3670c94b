// "Showing 21–40 of 1,234 projects" and the pager of a list page.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import { pageCountOf, pageWindow } from "@/lib/url-state";
import {
  Pagination,
  PaginationContent,
  PaginationDisabled,
  PaginationEllipsis,
  PaginationItem,
  PaginationLink,
  PaginationNext,
  PaginationPrevious,
} from "./ui/pagination";

/**
 * `kind` names what is counted in the reader's language; `noun` (singular, plural) is for lists
 * whose pages give the words themselves.
 */
export function ResultSummary({
  total,
  page,
  pageSize,
  kind,
  noun,
  locale,
}: {
  total: number;
  page: number;
  pageSize: number;
  kind?: "projects" | "organisations";
  noun?: [string, string];
  locale: string;
}) {
  const t = useTranslations("search.summary");
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const strong = (chunks: React.ReactNode) => <span className="font-medium text-foreground tabular-nums">{chunks}</span>;
  const numbers = { count: total, from: formatNumber(from, locale), to: formatNumber(to, locale), total: formatNumber(total, locale) };
  let text: React.ReactNode;
  if (kind) {
    text = total === 0 ? t(`${kind}.none`) : from > total ? t(`${kind}.pastEnd`, numbers) : t.rich(`${kind}.showing`, { ...numbers, strong });
  } else {
    const words = noun ?? ["", ""];
    const label = total === 1 ? words[0] : words[1];
    text = total === 0 ? t("other.none", { noun: words[1] }) : from > total ? t("other.pastEnd", { ...numbers, noun: label }) : t.rich("other.showing", { ...numbers, noun: label, strong });
  }
  return (
    <p className="text-sm text-muted-foreground" aria-live="polite">
      {text}
    </p>
  );
}

export function ListPagination({ total, page, pageSize, hrefFor }: { total: number; page: number; pageSize: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("search.pagination");
  const pageCount = pageCountOf(total, pageSize);
  if (pageCount <= 1) return null;
  return (
    <Pagination className="mt-6">
      <PaginationContent>
        <PaginationItem>
          {page > 1 ? (
            <PaginationPrevious href={hrefFor(Math.min(page - 1, pageCount))} />
          ) : (
            <PaginationDisabled>
              <ChevronLeft aria-hidden />
              <span className="hidden sm:block">{t("previous")}</span>
            </PaginationDisabled>
          )}
        </PaginationItem>
        {pageWindow(page, pageCount).map((n, i) => (
          <PaginationItem key={n === "gap" ? `gap-${i}` : n}>
            {n === "gap" ? (
              <PaginationEllipsis />
            ) : (
              <PaginationLink href={hrefFor(n)} isActive={n === page} aria-label={t("page", { page: n })}>
                {n}
              </PaginationLink>
            )}
          </PaginationItem>
        ))}
        <PaginationItem>
          {page < pageCount ? (
            <PaginationNext href={hrefFor(page + 1)} />
          ) : (
            <PaginationDisabled>
              <span className="hidden sm:block">{t("next")}</span>
              <ChevronRight aria-hidden />
            </PaginationDisabled>
          )}
        </PaginationItem>
      </PaginationContent>
    </Pagination>
  );
}
