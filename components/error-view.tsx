"use client";
// What the error boundary (app/error.tsx) shows: a calm message, a retry, a way out. Details stay
// in the server log (the digest links the two). Loaded only when a page fails.
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-12 text-center">
      <TriangleAlert aria-hidden className="size-10 text-warning" />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight sm:text-3xl">Something went wrong</h1>
      <p className="mt-3 text-muted-foreground">This page could not be shown just now. Trying again often helps; if it does not, please come back later.</p>
      {digest ? <p className="mt-2 font-mono text-xs text-muted-foreground">Reference: {digest}</p> : null}
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button onClick={() => retry()}>Try again</Button>
        <Button asChild variant="outline">
          <Link href="/projects">Browse projects</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/">Home</Link>
        </Button>
      </div>
    </div>
  );
}
