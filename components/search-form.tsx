// A GET search form: submitting navigates to `action?q=…` (client-side with next/form, a plain
// form submission without JavaScript). The search state stays in the URL. With `suggest`, the box
// offers projects, organisations and themes while one types.
import { Search } from "lucide-react";
import Form from "next/form";
import { useTranslations } from "next-intl";
import { SuggestingSearchInput } from "./search/search-suggestions";
import { Button } from "./ui/button";
import { Input } from "./ui/input";
import { cn } from "./ui/utils";

export function SearchForm({
  action,
  label,
  placeholder,
  defaultValue,
  id,
  size = "default",
  className,
  hidden,
  suggest = false,
}: {
  action: string;
  /** The accessible name of the search landmark and its box ("Search projects"). */
  label: string;
  placeholder?: string;
  defaultValue?: string;
  id: string;
  size?: "default" | "lg" | "compact";
  className?: string;
  /** Extra params kept on submit (e.g. the current filters). */
  hidden?: Record<string, string | undefined>;
  /** Offer projects, organisations and themes while one types (components/search/search-suggestions.tsx). */
  suggest?: boolean;
}) {
  const t = useTranslations("search");
  const large = size === "lg";
  const inputClass = cn(large ? "h-12 pl-10 text-base md:text-base" : "pl-9");
  return (
    <Form action={action} role="search" aria-label={label} className={cn("flex w-full items-center gap-2", className)}>
      <div className="relative flex-1">
        <Search aria-hidden className={cn("pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-muted-foreground", large ? "size-5" : "size-4")} />
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        {suggest ? (
          <SuggestingSearchInput id={id} defaultValue={defaultValue} placeholder={placeholder} className={inputClass} />
        ) : (
          <Input
            id={id}
            type="search"
            name="q"
            defaultValue={defaultValue}
            placeholder={placeholder}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            className={inputClass}
          />
        )}
      </div>
      {hidden &&
        Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <Button type="submit" size={large ? "lg" : "default"} className={cn(large && "h-12", size === "compact" && "sr-only")}>
        {t("submit")}
      </Button>
    </Form>
  );
}
