import { ChevronLeft, ChevronRight, MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { buttonVariants } from "./button";
import { cn } from "./utils";

export function Pagination({ className, ...props }: ComponentProps<"nav">) {
  const t = useTranslations("search.pagination");
  return <nav aria-label={t("label")} data-slot="pagination" className={cn("mx-auto flex w-full justify-center", className)} {...props} />;
}

export function PaginationContent({ className, ...props }: ComponentProps<"ul">) {
  return <ul data-slot="pagination-content" className={cn("flex flex-row flex-wrap items-center gap-1", className)} {...props} />;
}

export function PaginationItem(props: ComponentProps<"li">) {
  return <li data-slot="pagination-item" {...props} />;
}

type PaginationLinkProps = { isActive?: boolean; size?: "default" | "icon" } & ComponentProps<typeof Link>;

export function PaginationLink({ className, isActive, size = "icon", ...props }: PaginationLinkProps) {
  return (
    <Link
      aria-current={isActive ? "page" : undefined}
      data-slot="pagination-link"
      data-active={isActive}
      className={cn(buttonVariants({ variant: isActive ? "outline" : "ghost", size }), isActive && "border-primary text-primary", "tabular-nums", className)}
      {...props}
    />
  );
}

export function PaginationPrevious({ className, ...props }: ComponentProps<typeof PaginationLink>) {
  const t = useTranslations("search.pagination");
  return (
    <PaginationLink aria-label={t("previousPage")} size="default" className={cn("gap-1 px-2.5 sm:pl-2.5", className)} {...props}>
      <ChevronLeft aria-hidden />
      <span className="hidden sm:block">{t("previous")}</span>
    </PaginationLink>
  );
}

export function PaginationNext({ className, ...props }: ComponentProps<typeof PaginationLink>) {
  const t = useTranslations("search.pagination");
  return (
    <PaginationLink aria-label={t("nextPage")} size="default" className={cn("gap-1 px-2.5 sm:pr-2.5", className)} {...props}>
      <span className="hidden sm:block">{t("next")}</span>
      <ChevronRight aria-hidden />
    </PaginationLink>
  );
}

export function PaginationEllipsis({ className, ...props }: ComponentProps<"span">) {
  return (
    <span aria-hidden data-slot="pagination-ellipsis" className={cn("flex size-9 items-center justify-center text-muted-foreground", className)} {...props}>
      <MoreHorizontal className="size-4" />
    </span>
  );
}

/** A disabled Previous/Next: shown as plain text so the layout does not jump on the first and last page. */
export function PaginationDisabled({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <span aria-disabled="true" className={cn(buttonVariants({ variant: "ghost", size: "default" }), "pointer-events-none gap-1 px-2.5 text-muted-foreground opacity-60", className)}>
      {children}
    </span>
  );
}
