// "Saved searches" in the header's account corner (an icon, with its name on wide screens).
import { Bookmark } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SavedSearchesLink() {
  const t = await getTranslations("saved.nav");
  return (
    <Link href="/saved" className="flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium hover:bg-muted" aria-label={t("saved")} title={t("saved")}>
      <Bookmark aria-hidden className="size-5 text-primary" />
      <span className="hidden 2xl:inline">{t("saved")}</span>
    </Link>
  );
}
