import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/accounts/auth-forms";
import { getDb } from "@/db";
import { peekToken } from "@/lib/accounts/store";
import { AuthCard } from "../auth-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  await connection();
  const t = await getTranslations("auth");
  const state = typeof token === "string" ? await peekToken(getDb(), token, "reset_password") : "unknown";
  if (state !== "valid" || typeof token !== "string") {
    return (
      <AuthCard title={t("link.broken")}>
        <p role="alert" className="text-sm">
          {t(`link.${state === "valid" ? "unknown" : state}`)}
        </p>
        <p className="mt-3 text-sm">
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("link.askNew")}
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("reset.title")} description={t("reset.description")}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
