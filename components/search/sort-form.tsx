// The sort of a result list: a small GET form (a select and an explicit button, as the other
// search forms) that keeps every other search setting, so the sort lives in the URL too.
import Form from "next/form";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button";
import { NativeSelect } from "../ui/select";

export function SortForm({
  action,
  current,
  options,
  hidden,
}: {
  action: string;
  current: string;
  options: { value: string; label: string }[];
  /** The other settings of the search, kept on submit. */
  hidden: Record<string, string | undefined>;
}) {
  const t = useTranslations("search");
  if (options.length < 2) return null;
  const id = `${action.replace(/\W/g, "")}-sort`;
  return (
    <Form action={action} aria-label={t("sortLabel")} className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted-foreground">
        {t("sortBy")}
      </label>
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <NativeSelect id={id} name="sort" defaultValue={current} className="w-auto max-w-full">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" variant="outline" size="sm">
        {t("sort")}
      </Button>
    </Form>
  );
}
