// The filter form of a list page: a text query and a few selects, submitted with GET so that
// the whole search lives in the URL. An explicit button applies it (a select that navigates on
// change surprises keyboard users). Wide screens get it as a sidebar; phones get the text box
// with the selects folded away (open when a filter is in force), so results start on screen one.
import { ChevronDown, SlidersHorizontal } from "lucide-react";
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

interface FilterFormProps {
  action: string;
  searchLabel: string;
  searchPlaceholder: string;
  q: string;
  fields: FilterField[];
  /** Shown only when something is filtered. */
  resetHref?: string;
  /** A line explaining how the filters combine. */
  hint?: string;
}

export function FilterForm(props: FilterFormProps) {
  return (
    <>
      <div className="hidden lg:block">
        <SidebarFilterForm {...props} />
      </div>
      <div className="lg:hidden">
        <CompactFilterForm {...props} />
      </div>
    </>
  );
}

function SidebarFilterForm({ action, searchLabel, searchPlaceholder, q, fields, resetHref, hint }: FilterFormProps) {
  const prefix = `${action.replace(/\W/g, "")}-side`;
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
      <SelectFields fields={fields} prefix={prefix} />
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
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </Form>
  );
}

function CompactFilterForm({ action, searchLabel, searchPlaceholder, q, fields, resetHref, hint }: FilterFormProps) {
  const prefix = `${action.replace(/\W/g, "")}-compact`;
  const active = fields.filter((f) => f.value).length;
  return (
    <Form action={action} role="search" aria-label={searchLabel} className="flex flex-col gap-3 rounded-xl border bg-card p-3 shadow-xs">
      <div className="flex items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <Label htmlFor={`${prefix}-q`}>{searchLabel}</Label>
          <Input id={`${prefix}-q`} type="search" name="q" defaultValue={q} placeholder={searchPlaceholder} maxLength={200} autoComplete="off" />
        </div>
        <Button type="submit">Search</Button>
      </div>
      <details open={active > 0} className="group">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md py-1 text-sm font-medium [&::-webkit-details-marker]:hidden">
          <SlidersHorizontal aria-hidden className="size-4 text-muted-foreground" />
          Filters{active > 0 ? ` (${active} active)` : null}
          <ChevronDown aria-hidden className="ml-auto size-4 text-muted-foreground transition-transform group-open:rotate-180" />
        </summary>
        <div className="mt-3 flex flex-col gap-3">
          <SelectFields fields={fields} prefix={prefix} />
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
          {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
        </div>
      </details>
    </Form>
  );
}

function SelectFields({ fields, prefix }: { fields: FilterField[]; prefix: string }) {
  return (
    <>
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
    </>
  );
}
