// The attribution each source's licence asks for, shown wherever its data is shown.
import { Info } from "lucide-react";
import { cn } from "./ui/utils";

export function SourceAttribution({ sources, className }: { sources: { id: string; name: string; attribution: string; url: string | null }[]; className?: string }) {
  const unique = [...new Map(sources.map((s) => [s.attribution, s])).values()];
  if (unique.length === 0) return null;
  return (
    <div className={cn("flex gap-2.5 rounded-lg border bg-muted/60 px-4 py-3 text-xs text-muted-foreground", className)}>
      <Info aria-hidden className="mt-px size-4 shrink-0" />
      {/* The attributions are worded as the sources' licences ask, in English. */}
      <ul className="space-y-1" lang="en">
        {unique.map((s) => (
          <li key={s.id}>
            {s.attribution}
            {s.url ? (
              <>
                {" "}
                (
                <a href={s.url} rel="noopener noreferrer" className="underline underline-offset-2 hover:text-foreground">
                  {s.name}
                </a>
                )
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
