import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { VerifyForm } from "@/components/accounts/auth-forms";
import { getDb } from "@/db";
import { peekToken } from "@/lib/accounts/store";
import { getCurrentUser } from "@/lib/current-user";
import { tokenStateMessages } from "@/lib/accounts/tokens";
import { nextPath } from "@/lib/validation/accounts";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Confirm your e-mail address" };

// The link in the verification mail opens this page; confirming takes a click (a POST), so a
// mail scanner that fetches the link does not use it up.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : undefined;
  const sent = typeof params.sent === "string" ? params.sent : undefined;
  if (!token) {
    return (
      <AuthCard title="Check your mailbox">
        <div className="flex flex-col gap-3 text-sm">
          <p>
            We have sent a link to {sent ? <strong className="break-all">{sent}</strong> : "your e-mail address"}. Open it to confirm the address and
            finish creating your account. The link works once, for 48 hours.
          </p>
          <p className="text-muted-foreground">
            Nothing arrived? Look in the spam folder, or{" "}
            <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
              sign in
            </Link>{" "}
            to get a new link.
          </p>
        </div>
      </AuthCard>
    );
  }
  await connection();
  const state = await peekToken(getDb(), token, "verify_email");
  if (state !== "valid") {
    return (
      <AuthCard title="This link does not work">
        <p role="alert" className="text-sm">
          {tokenStateMessages[state]}
        </p>
        {(await getCurrentUser()) ? (
          <p className="mt-3 text-sm text-muted-foreground">
            You are signed in, so your address is confirmed:{" "}
            <Link href="/account" className="font-medium text-primary underline-offset-4 hover:underline">
              go to your account
            </Link>
            .
          </p>
        ) : (
          <p className="mt-3 text-sm text-muted-foreground">
            If your address is confirmed already,{" "}
            <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
              sign in
            </Link>
            . Signing in with an unconfirmed address sends a new link.
          </p>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Confirm your e-mail address" description="One click and your account is ready.">
      <VerifyForm token={token} next={nextPath.parse(typeof params.next === "string" ? params.next : undefined)} />
    </AuthCard>
  );
}
