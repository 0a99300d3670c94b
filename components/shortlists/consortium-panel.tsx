// The consortium checks beside a shortlist: each check with its verdict (pass, warn, fail) as an
// icon and a word, and the sentence saying why. Recomputed by the page on every change.
import { CircleCheck, CircleX, TriangleAlert } from "lucide-react";
import type { ConsortiumCheck } from "@/lib/consortium/checks";
import { cn } from "@/components/ui/utils";

const looks = {
  pass: { icon: CircleCheck, word: "Passes", className: "text-success" },
  warn: { icon: TriangleAlert, word: "Warning", className: "text-warning" },
  fail: { icon: CircleX, word: "Fails", className: "text-destructive" },
} as const;

export function ConsortiumPanel({ checks, context }: { checks: ConsortiumCheck[]; context: React.ReactNode }) {
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const c of checks) counts[c.status]++;
  return (
    <section aria-labelledby="checks-heading" className="flex flex-col gap-3 rounded-xl border bg-card p-4 shadow-xs print:break-inside-avoid print:shadow-none">
      <div>
        <h2 id="checks-heading" className="text-lg font-semibold">
          Consortium checks
        </h2>
        <p className="text-sm text-muted-foreground">{context}</p>
        <p className="mt-1 text-sm" aria-live="polite" data-testid="checks-summary">
          {counts.pass} pass, {counts.warn} {counts.warn === 1 ? "warning" : "warnings"}, {counts.fail} {counts.fail === 1 ? "failure" : "failures"}
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
                  {check.title} <span className={cn("font-normal", look.className)}>— {look.word}</span>
                </p>
                <p className="text-muted-foreground break-words">{check.message}</p>
                {check.source ? <p className="mt-0.5 text-xs text-muted-foreground">Rule: {check.source}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
