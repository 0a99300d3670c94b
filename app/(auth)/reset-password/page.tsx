import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ResetPasswordForm } from "@/components/accounts/auth-forms";
import { getDb } from "@/db";
import { peekToken } from "@/lib/accounts/store";
import { tokenStateMessages } from "@/lib/accounts/tokens";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  await connection();
  const state = typeof token === "string" ? await peekToken(getDb(), token, "reset_password") : "unknown";
  if (state !== "valid" || typeof token !== "string") {
    return (
      <AuthCard title="This link does not work">
        <p role="alert" className="text-sm">
          {tokenStateMessages[state === "valid" ? "unknown" : state]}
        </p>
        <p className="mt-3 text-sm">
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            Ask for a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="Signing in elsewhere with the old password stops working.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
