"use client";
// Fields of science (EuroSciVoc, the concepts CORDIS tags Horizon Europe projects with) for the
// interest and organisation forms: about a thousand on seven levels, so found by typing rather
// than listed. Each chosen field is sent as one more `name` value (themeIds), beside the
// vocabulary's checkboxes.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { ChipSearch, chipSearchWords, useChips } from "@/components/forms/chip-search";
import { SuggestedChips, type Suggested } from "@/components/forms/text-suggestions";
import { fieldTrail, searchFields, type FieldOption } from "@/lib/themes/field-search";

/** A field as a chip or a result: sent as its id. */
const asItem = (f: FieldOption) => ({ ...f, value: String(f.id) });

export function FieldPicker({
  fields,
  initial,
  name,
  hint,
  suggested,
}: {
  fields: FieldOption[];
  initial: number[];
  name: string;
  hint: string;
  /** Fields the interest's text names (the interest form), offered above the search until chosen. */
  suggested?: { heading: string; items: readonly Suggested[] };
}) {
  const t = useTranslations("forms.fields");
  const byId = useMemo(() => new Map(fields.map((f) => [f.id, f])), [fields]);
  const chips = useChips(() => initial.flatMap((fieldId) => (byId.has(fieldId) ? [asItem(byId.get(fieldId)!)] : [])));
  const query = chips.query;
  const results = useMemo(() => searchFields(fields, query).map(asItem), [fields, query]);
  const trail = (f: FieldOption) => fieldTrail(byId, f).join(" › ");

  return (
    <ChipSearch
      name={name}
      words={chipSearchWords(t, t("legend"), hint)}
      {...chips}
      results={results}
      chip={(field) => (
        <span>
          {field.label}
          {field.parentId != null ? <span className="text-xs text-muted-foreground"> · {trail(field)}</span> : null}
        </span>
      )}
      result={(field) => (
        <span className="flex flex-col">
          <span className="font-medium">{field.label}</span>
          {field.parentId != null ? <span className="text-xs text-muted-foreground">{trail(field)}</span> : null}
        </span>
      )}
      status={results.length === 0 ? <p className="text-sm text-muted-foreground">{t("noMatch", { query: query.trim() })}</p> : null}
      offers={
        suggested ? (
          <SuggestedChips
            heading={suggested.heading}
            items={suggested.items.flatMap((s) => (byId.has(s.id) && !chips.chosen.some((c) => c.id === s.id) ? [{ ...s, label: byId.get(s.id)!.label }] : []))}
            addLabel={(label) => t("addSuggested", { label })}
            onChoose={(id) => chips.onAdd(asItem(byId.get(id)!))}
            testId="field-suggestions"
          />
        ) : null
      }
    />
  );
}
