// The message of an action's result above or below its form: errors as an alert, success as a status.
import { CircleAlert, CircleCheck } from "lucide-react";
import type { ActionResult } from "@/lib/actions/result";
import { cn } from "@/components/ui/utils";

export function FormMessage({ state, className }: { state: ActionResult<unknown>; className?: string }) {
  if (state.status === "idle") return null;
  if (state.status === "ok" && !state.message) return null;
  const error = state.status === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      className={cn(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
        error ? "border-destructive/30 bg-destructive/5 text-destructive" : "border-success/30 bg-success-background text-success",
        className,
      )}
    >
      {error ? <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" /> : <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0" />}
      <span>{state.message}</span>
    </div>
  );
}

/** The errors of one field from an action's result. */
export function fieldErrors(state: ActionResult<unknown>, field: string): string[] | undefined {
  return state.status === "error" ? state.fieldErrors[field] : undefined;
}

/** What the user typed into a field, returned by a failed action (never passwords). */
export function typed(state: ActionResult<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.values?.[field] : undefined;
}
