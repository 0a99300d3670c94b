import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/accounts/auth-forms";
import { getCurrentUser } from "@/lib/current-user";
import { nextPath } from "@/lib/validation/accounts";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = nextPath.parse(stringParam((await searchParams).next));
  if (await getCurrentUser()) redirect(next ?? "/account");
  return (
    <AuthCard title="Create an account" description="Keep your organisation's profile, claim its past projects and find partners.">
      <RegisterForm next={next} />
    </AuthCard>
  );
}

function stringParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
