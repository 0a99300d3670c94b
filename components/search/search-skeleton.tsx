// What a search page shows while its results and counts load.
import { Skeleton } from "../ui/skeleton";

export function SearchSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <div className="hidden flex-col gap-3 rounded-xl border bg-card p-4 lg:flex">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-3 w-24" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-4">
        <Skeleton className="h-9 w-full" />
        <Skeleton className="h-5 w-48" />
        <div className="divide-y rounded-xl border bg-card">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="space-y-2 px-5 py-4">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-4 w-3/4" />
              <Skeleton className="h-3 w-1/2" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
