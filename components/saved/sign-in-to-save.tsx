"use client";
// "Sign in to save" beside a search, for a reader who is signed out: a link to sign in that comes
// back to the same search. A file of its own, without the form's buttons and inputs, so that the
// search pages' first-load JavaScript carries only this link (the form loads when signed in).
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { quietButtonClass } from "./quiet-button";


export function SignInToSave({ path, label, icon }: { path: string; label: string; icon: ReactNode }) {
  const query = useSearchParams().toString();
  const next = query ? `${path}?${query}` : path;
  return (
    <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={`${quietButtonClass} w-fit print:hidden`}>
      {icon} {label}
    </Link>
  );
}
