// The invitation on project pages: Consortia is for finding the next consortium. A reader who is
// signed in is not asked to create an account.
import { Handshake } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/current-user";
import { Button } from "./ui/button";

export async function PartnershipCallout() {
  const [t, user] = await Promise.all([getTranslations("projects.callout"), getCurrentUser()]);
  return (
    <section aria-labelledby="partnership-heading" className="rounded-xl border border-primary/20 bg-secondary p-5">
      <h2 id="partnership-heading" className="flex items-center gap-2 text-base font-semibold text-secondary-foreground">
        <Handshake aria-hidden className="size-5" />
        {t("title")}
      </h2>
      <p className="mt-2 text-sm text-foreground/80">
        {t("text")}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button asChild size="sm">
          <Link href="/interests/new">{t("describe")}</Link>
        </Button>
        {user ? null : (
          <Button asChild size="sm" variant="outline">
            <Link href="/register">{t("createAccount")}</Link>
          </Button>
        )}
      </div>
    </section>
  );
}
