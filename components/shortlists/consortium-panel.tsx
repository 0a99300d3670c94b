// The consortium checks beside a shortlist: each check with its verdict (pass, warn, fail) as an
// icon and a word, and the sentences saying why, in the reader's language. Recomputed by the page
// on every change.
import { CircleCheck, CircleX, TriangleAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ConsortiumCheck } from "@/lib/consortium/checks";
import { renderParts, renderPhrase, type PhraseTranslator } from "@/lib/consortium/phrases";
import { cn } from "@/components/ui/utils";

const looks = {
  pass: { icon: CircleCheck, className: "text-success" },
  warn: { icon: TriangleAlert, className: "text-warning" },
  fail: { icon: CircleX, className: "text-destructive" },
} as const;

export async function ConsortiumPanel({ checks, context }: { checks: ConsortiumCheck[]; context: React.ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("consortium"), getFormatter()]);
  const say = t as unknown as PhraseTranslator;
  const join = (items: readonly string[]) => format.list(items, { type: "conjunction" });
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const c of checks) counts[c.status]++;
  return (
    <section aria-labelledby="checks-heading" className="flex flex-col gap-3 rounded-xl border bg-card p-4 shadow-xs print:break-inside-avoid print:shadow-none">
      <div>
        <h2 id="checks-heading" className="text-lg font-semibold">
          {t("panel.title")}
        </h2>
        <p className="text-sm text-muted-foreground">{context}</p>
        <p className="mt-1 text-sm" aria-live="polite" data-testid="checks-summary">
          {t("panel.summary", counts)}
        </p>
      </div>
      <ul className="flex flex-col gap-3">
        {checks.map((check) => {
          const look = looks[check.status];
          const Icon = look.icon;
          return (
            <li key={check.id} className="flex gap-2.5" data-check={check.id} data-status={check.status}>
              <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", look.className)} />
              <div className="min-w-0 text-sm">
                <p className="font-medium">
                  {t(`titles.${check.id}`)} <span className={cn("font-normal", look.className)}>— {t(`panel.${check.status}`)}</span>
                </p>
                <p className="text-muted-foreground break-words">{renderParts(check.parts, say, join)}</p>
                {check.source ? <p className="mt-0.5 text-xs text-muted-foreground">{t("panel.rule", { source: renderPhrase(check.source, say, join) })}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
