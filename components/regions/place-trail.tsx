// The way from all countries down to the place the regional view is drilled into, as links up.
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { drillPatch, regionalHref, type RegionalState } from "@/lib/regions/regional";

export async function PlaceTrail({ state, trail }: { state: RegionalState; trail: { code: string; name: string }[] }) {
  const t = await getTranslations("regions.place");
  const steps = [{ label: t("europe"), href: regionalHref(state, { country: undefined, region: undefined }) }].concat(
    trail.map((step) => ({ label: step.name, href: regionalHref(state, drillPatch(step.code)) })),
  );
  return (
    <nav aria-label={t("label")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1">
        {steps.map((step, i) => (
          <li key={step.href} className="flex min-w-0 items-center gap-1">
            {i > 0 ? <ChevronRight aria-hidden className="size-3.5 shrink-0 text-muted-foreground" /> : null}
            {i === steps.length - 1 ? (
              <span aria-current="page" className="truncate font-semibold">
                {step.label}
              </span>
            ) : (
              <Link href={step.href} className="text-primary underline-offset-4 hover:underline">
                {step.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
