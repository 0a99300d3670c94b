"use client";
// Fields of science (EuroSciVoc, the concepts CORDIS tags Horizon Europe projects with) for the
// interest and organisation forms: about a thousand on seven levels, so found by typing rather
// than listed. Each chosen field is sent as one more `name` value (themeIds), beside the
// vocabulary's checkboxes.
import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { fieldTrail, searchFields, type FieldOption } from "@/lib/themes/field-search";

export function FieldPicker({ fields, initial, name, hint }: { fields: FieldOption[]; initial: number[]; name: string; hint: string }) {
  const t = useTranslations("forms.fields");
  const id = useId();
  const byId = useMemo(() => new Map(fields.map((f) => [f.id, f])), [fields]);
  const [chosen, setChosen] = useState<number[]>(() => initial.filter((fieldId) => byId.has(fieldId)));
  const [query, setQuery] = useState("");
  const results = useMemo(() => searchFields(fields, query), [fields, query]);
  const trail = (f: FieldOption) => fieldTrail(byId, f).join(" › ");
  const add = (fieldId: number) => {
    setChosen((c) => (c.includes(fieldId) ? c : [...c, fieldId]));
    setQuery("");
  };

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-medium">{t("legend")}</legend>
      <p id={`${id}-hint`} className="-mt-1 text-xs text-muted-foreground">
        {hint}
      </p>
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosen")}>
          {chosen.map((fieldId) => {
            const field = byId.get(fieldId)!;
            return (
              <li key={fieldId} className="flex items-center gap-1 rounded-md border bg-secondary py-1 pr-1 pl-2 text-sm">
                <input type="hidden" name={name} value={fieldId} />
                <span>
                  {field.label}
                  {field.parentId != null ? <span className="text-xs text-muted-foreground"> · {trail(field)}</span> : null}
                </span>
                <button
                  type="button"
                  onClick={() => setChosen((c) => c.filter((x) => x !== fieldId))}
                  className="rounded p-1 text-muted-foreground hover:bg-background hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                  aria-label={t("remove", { label: field.label })}
                >
                  <X className="size-3.5" aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="flex flex-col gap-1.5 sm:max-w-xl">
        <label htmlFor={`${id}-search`} className="text-sm">
          {t("search")}
        </label>
        <Input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter takes the first field found rather than submitting the whole form.
            if (e.key === "Enter") {
              e.preventDefault();
              const first = results.find((f) => !chosen.includes(f.id));
              if (first) add(first.id);
            }
          }}
          placeholder={t("placeholder")}
          autoComplete="off"
          aria-controls={`${id}-results`}
        />
        <div id={`${id}-results`} aria-live="polite">
          {query.trim() === "" ? null : results.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noMatch", { query: query.trim() })}</p>
          ) : (
            <ul className="flex flex-col divide-y rounded-md border bg-card" aria-label={t("found")}>
              {results.map((field) => {
                const taken = chosen.includes(field.id);
                return (
                  <li key={field.id}>
                    {/* A field already chosen is found too, and says so (else "ecosystem" would seem to find nothing). */}
                    <button
                      type="button"
                      onClick={() => add(field.id)}
                      disabled={taken}
                      className="flex w-full items-start justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none disabled:cursor-default disabled:hover:bg-transparent"
                      aria-label={taken ? t("alreadyChosen", { label: field.label }) : t("add", { label: field.label })}
                    >
                      <span className="flex flex-col">
                        <span className="font-medium">{field.label}</span>
                        {field.parentId != null ? <span className="text-xs text-muted-foreground">{trail(field)}</span> : null}
                      </span>
                      {taken ? (
                        <span className="flex shrink-0 items-center gap-1 text-xs text-muted-foreground">
                          <Check className="size-3.5" aria-hidden />
                          {t("taken")}
                        </span>
                      ) : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </fieldset>
  );
}
