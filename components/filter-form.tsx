// The filter form of a list page: a text query and a few selects, submitted with GET so that
// the whole search lives in the URL. An explicit button applies it (a select that navigates on
// change surprises keyboard users).
import { SlidersHorizontal } from "lucide-react";
import Form from "next/form";
import Link from "next/link";
import { Button } from "./ui/button";
import { Input } from "./ui/input";
import { Label } from "./ui/label";
import { NativeSelect } from "./ui/select";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterField {
  name: string;
  label: string;
  value?: string;
  anyLabel: string;
  options?: FilterOption[];
  groups?: { label: string; options: FilterOption[] }[];
}

export function FilterForm({
  action,
  searchLabel,
  searchPlaceholder,
  q,
  fields,
  resetHref,
}: {
  action: string;
  searchLabel: string;
  searchPlaceholder: string;
  q: string;
  fields: FilterField[];
  /** Shown only when something is filtered. */
  resetHref?: string;
}) {
  const prefix = action.replace(/\W/g, "");
  return (
    <Form action={action} role="search" aria-label={searchLabel} className="flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-xs">
      <h2 className="flex items-center gap-2 text-sm font-semibold">
        <SlidersHorizontal aria-hidden className="size-4 text-muted-foreground" />
        Search and filter
      </h2>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${prefix}-q`}>{searchLabel}</Label>
        <Input id={`${prefix}-q`} type="search" name="q" defaultValue={q} placeholder={searchPlaceholder} maxLength={200} autoComplete="off" />
      </div>
      {fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        return (
          <div key={field.name} className="flex flex-col gap-1.5">
            <Label htmlFor={id}>{field.label}</Label>
            <NativeSelect id={id} name={field.name} defaultValue={field.value ?? ""}>
              <option value="">{field.anyLabel}</option>
              {field.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
              {field.groups?.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </NativeSelect>
          </div>
        );
      })}
      <div className="flex items-center gap-2">
        <Button type="submit" className="flex-1">
          Apply
        </Button>
        {resetHref ? (
          <Button asChild variant="outline">
            <Link href={resetHref}>Reset</Link>
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
