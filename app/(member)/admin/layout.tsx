import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("admin.nav");
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("label")} className="flex gap-3 text-sm">
        <Link href="/admin" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("overview")}
        </Link>
        <Link href="/admin/claims" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("claims")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
