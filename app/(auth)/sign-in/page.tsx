import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/accounts/auth-forms";
import { getCurrentUser } from "@/lib/current-user";
import { nextPath } from "@/lib/validation/accounts";
import { AuthCard } from "../auth-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = nextPath.parse(typeof params.next === "string" ? params.next : undefined);
  if (await getCurrentUser()) redirect(next ?? "/account");
  const t = await getTranslations("auth.signIn");
  const notice = params.verified
    ? t("verified")
    : params.reset
      ? t("reset")
      : params.error
        ? t("error")
        : null;
  return (
    <AuthCard title={t("title")} description={t("description")}>
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      <SignInForm next={next} />
    </AuthCard>
  );
}
