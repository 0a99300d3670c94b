import { cn } from "./ui/utils";

export function PageHeader({ title, description, children, className }: { title: React.ReactNode; description?: React.ReactNode; children?: React.ReactNode; className?: string }) {
  return (
    <div className={cn("mb-6 flex flex-col gap-2", className)}>
      <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{title}</h1>
      {description ? <p className="max-w-3xl text-muted-foreground text-pretty">{description}</p> : null}
      {children}
    </div>
  );
}
