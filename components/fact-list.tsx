// Key facts as a description list: label on the left (or above on narrow cards), value beside it.
import { useTranslations } from "next-intl";
import { cn } from "./ui/utils";

export function FactList({ children, className }: { children: React.ReactNode; className?: string }) {
  return <dl className={cn("divide-y text-sm", className)}>{children}</dl>;
}

export function Fact({ label, children, missing }: { label: string; children?: React.ReactNode; missing?: string | null }) {
  const t = useTranslations("labels");
  if (missing === undefined) missing = t("notPublished");
  const empty = children === null || children === undefined || children === false || children === "";
  if (empty && missing === null) return null;
  return (
    <div className="grid grid-cols-[minmax(7rem,40%)_1fr] gap-3 py-2.5 first:pt-0 last:pb-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className={cn("min-w-0 break-words", empty ? "text-muted-foreground italic" : "font-medium text-foreground")}>{empty ? missing : children}</dd>
    </div>
  );
}
