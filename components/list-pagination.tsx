// "Showing 21–40 of 1,234 projects" and the pager of a list page.
import { ChevronLeft, ChevronRight } from "lucide-react";
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

export function ResultSummary({ total, page, pageSize, noun, locale }: { total: number; page: number; pageSize: number; noun: [string, string]; locale: string }) {
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const label = total === 1 ? noun[0] : noun[1];
  return (
    <p className="text-sm text-muted-foreground" aria-live="polite">
      {total === 0 ? (
        <>No {noun[1]} found</>
      ) : from > total ? (
        <>
          {formatNumber(total, locale)} {label}; this page is past the end
        </>
      ) : (
        <>
          Showing <span className="font-medium text-foreground tabular-nums">{formatNumber(from, locale)}–{formatNumber(to, locale)}</span> of{" "}
          <span className="font-medium text-foreground tabular-nums">{formatNumber(total, locale)}</span> {label}
        </>
      )}
    </p>
  );
}

export function ListPagination({ total, page, pageSize, hrefFor }: { total: number; page: number; pageSize: number; hrefFor: (page: number) => string }) {
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
              <span className="hidden sm:block">Previous</span>
            </PaginationDisabled>
          )}
        </PaginationItem>
        {pageWindow(page, pageCount).map((n, i) => (
          <PaginationItem key={n === "gap" ? `gap-${i}` : n}>
            {n === "gap" ? (
              <PaginationEllipsis />
            ) : (
              <PaginationLink href={hrefFor(n)} isActive={n === page} aria-label={`Page ${n}`}>
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
              <span className="hidden sm:block">Next</span>
              <ChevronRight aria-hidden />
            </PaginationDisabled>
          )}
        </PaginationItem>
      </PaginationContent>
    </Pagination>
  );
}
