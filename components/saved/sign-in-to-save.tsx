"use client";
// "Sign in to save" beside a search, for a reader who is signed out: a link to sign in that comes
// back to the same search. A file of its own, without the form's buttons and inputs, so that the
// search pages' first-load JavaScript carries only this link (the form loads when signed in).
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";

/** The look of "Save search" closed: the form's summary and this link alike. */
export const summaryClass =
  "flex h-8 cursor-pointer list-none items-center gap-1.5 rounded-md border bg-card px-3 text-sm font-medium text-primary shadow-xs hover:bg-muted [&::-webkit-details-marker]:hidden";

export function SignInToSave({ path, label, icon }: { path: string; label: string; icon: ReactNode }) {
  const query = useSearchParams().toString();
  const next = query ? `${path}?${query}` : path;
  return (
    <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={`${summaryClass} w-fit print:hidden`}>
      {icon} {label}
    </Link>
  );
}
