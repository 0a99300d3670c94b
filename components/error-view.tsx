"use client";
// What the error boundary (app/error.tsx) shows: a calm message, a retry, a way out. Loaded only
// when a page fails.
// Details stay in the server log (the digest links the two).
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-12 text-center">
      <TriangleAlert aria-hidden className="size-10 text-warning" />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-muted-foreground">{t("text")}</p>
      {digest ? <p className="mt-2 font-mono text-xs text-muted-foreground">{t("reference", { digest })}</p> : null}
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <Button asChild variant="outline">
          <Link href="/projects">{t("browseProjects")}</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/">{t("home")}</Link>
        </Button>
      </div>
    </div>
  );
}
