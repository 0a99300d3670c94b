import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/accounts/auth-forms";
import { getCurrentUser } from "@/lib/current-user";
import { nextPath } from "@/lib/validation/accounts";
import { AuthCard } from "../auth-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.register");
  return { title: t("title") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = nextPath.parse(stringParam((await searchParams).next));
  if (await getCurrentUser()) redirect(next ?? "/account");
  const t = await getTranslations("auth.register");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <RegisterForm next={next} />
    </AuthCard>
  );
}

function stringParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
