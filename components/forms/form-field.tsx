// A labelled form field with its hint and its errors beside it, wired for screen readers
// (aria-describedby, aria-invalid). The control is passed as a child and gets the ids.
import { cloneElement, isValidElement, type ReactElement } from "react";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/utils";

export function FormField({
  id,
  label,
  hint,
  errors,
  children,
  className,
}: {
  id: string;
  label: string;
  hint?: React.ReactNode;
  errors?: string[];
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  // An error says what to do; the hint beside it would repeat it.
  const hintId = hint && !errorId ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })
    : children;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {control}
      {hintId ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="text-sm text-destructive">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
