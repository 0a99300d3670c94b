import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/auth-forms";
import { getCurrentUser } from "@/lib/current-user";
import { nextPath } from "@/lib/validation/accounts";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = nextPath.parse(typeof params.next === "string" ? params.next : undefined);
  if (await getCurrentUser()) redirect(next ?? "/account");
  const notice = params.verified
    ? "Your e-mail address is confirmed. Sign in to continue."
    : params.reset
      ? "Your new password is saved. Sign in with it."
      : params.error
        ? "Signing in did not work. Please try again."
        : null;
  return (
    <AuthCard title="Sign in" description="With the e-mail address and password of your Consortia account.">
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      <SignInForm next={next} />
    </AuthCard>
  );
}
