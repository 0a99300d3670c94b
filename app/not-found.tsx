import { FileSearch } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title") };
}

export default function NotFound() {
  const t = useTranslations("errors.notFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-12 text-center">
      <FileSearch aria-hidden className="size-10 text-muted-foreground" />
      <p className="mt-4 text-sm font-medium text-primary">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-muted-foreground">
        {t("text")}
      </p>
      <SearchForm action="/projects" id="not-found-search" label={t("searchLabel")} placeholder={t("searchPlaceholder")} className="mt-6" suggest />
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button asChild variant="outline">
          <Link href="/projects">{t("browseProjects")}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/organisations">{t("browseOrganisations")}</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/">{t("home")}</Link>
        </Button>
      </div>
    </div>
  );
}
