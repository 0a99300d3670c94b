import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { VerifyForm } from "@/components/accounts/auth-forms";
import { getDb } from "@/db";
import { peekToken } from "@/lib/accounts/store";
import { getCurrentUser } from "@/lib/current-user";
import { nextPath } from "@/lib/validation/accounts";
import { AuthCard } from "../auth-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verify");
  return { title: t("title") };
}

const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

// The link in the verification mail opens this page; confirming takes a click (a POST), so a
// mail scanner that fetches the link does not use it up.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  const token = typeof params.token === "string" ? params.token : undefined;
  const sent = typeof params.sent === "string" ? params.sent : undefined;
  if (!token) {
    return (
      <AuthCard title={t("verify.checkTitle")}>
        <div className="flex flex-col gap-3 text-sm">
          <p>
            {sent
              ? t.rich("verify.sentTo", { address: sent, b: (chunks) => <strong className="break-all">{chunks}</strong> })
              : t("verify.sentToYou")}
          </p>
          <p className="text-muted-foreground">
            {t.rich("verify.nothing", {
              link: (chunks) => (
                <Link href="/sign-in" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </AuthCard>
    );
  }
  await connection();
  const state = await peekToken(getDb(), token, "verify_email");
  if (state !== "valid") {
    return (
      <AuthCard title={t("link.broken")}>
        <p role="alert" className="text-sm">
          {t(`link.${state}`)}
        </p>
        {(await getCurrentUser()) ? (
          <p className="mt-3 text-sm text-muted-foreground">
            {t.rich("verify.signedIn", {
              link: (chunks) => (
                <Link href="/account" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          <p className="mt-3 text-sm text-muted-foreground">
            {t.rich("verify.signInIfConfirmed", {
              link: (chunks) => (
                <Link href="/sign-in" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("verify.title")} description={t("verify.description")}>
      <VerifyForm token={token} next={nextPath.parse(typeof params.next === "string" ? params.next : undefined)} />
    </AuthCard>
  );
}
