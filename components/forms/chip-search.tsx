"use client";
// A form field whose values are found by typing and shown as removable chips (fields of science,
// target regions): the chosen values as a list of chips, each sent as one more `name` value; a
// search box whose Enter takes the first value found rather than submitting the form; and the
// values found, a chosen one greyed and said to be chosen. What is searched, and how a value reads,
// is the caller's.
import { Check, X } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { FieldErrors } from "@/components/forms/form-field";
import { Input } from "@/components/ui/input";

export interface ChipSearchWords {
  legend: string;
  hint: string;
  search: string;
  placeholder: string;
  /** The list of chosen values. */
  chosen: string;
  /** The list of values found. */
  found: string;
  /** Said beside a value found that is already chosen. */
  taken: string;
  remove: (label: string) => string;
  add: (label: string) => string;
  alreadyChosen: (label: string) => string;
}

/** The words of a catalogue part with the keys search, placeholder, chosen, found, taken and add, alreadyChosen, remove (with {label}). */
export function chipSearchWords(
  t: (key: "search" | "placeholder" | "chosen" | "found" | "taken" | "add" | "alreadyChosen" | "remove", values?: { label: string }) => string,
  legend: string,
  hint: string,
): ChipSearchWords {
  return {
    legend,
    hint,
    search: t("search"),
    placeholder: t("placeholder"),
    chosen: t("chosen"),
    found: t("found"),
    taken: t("taken"),
    remove: (label) => t("remove", { label }),
    add: (label) => t("add", { label }),
    alreadyChosen: (label) => t("alreadyChosen", { label }),
  };
}

export interface ChipItem {
  /** What the form sends. */
  value: string;
  /** Its name, for the buttons' accessible names. */
  label: string;
}

/**
 * The chosen values and the query of a ChipSearch: a value is chosen once (by what the form sends),
 * and choosing one clears the query for the next.
 */
export function useChips<T extends ChipItem>(initial: () => T[]) {
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState("");
  return {
    chosen,
    query,
    onQuery: setQuery,
    onAdd: (item: T) => {
      setChosen((c) => (c.some((x) => x.value === item.value) ? c : [...c, item]));
      setQuery("");
    },
    onRemove: (item: T) => setChosen((c) => c.filter((x) => x.value !== item.value)),
  };
}

export function ChipSearch<T extends ChipItem>({
  name,
  words,
  chosen,
  onRemove,
  query,
  onQuery,
  results,
  onAdd,
  chip,
  result,
  status,
  offers,
  errors,
}: {
  name: string;
  words: ChipSearchWords;
  chosen: readonly T[];
  onRemove: (item: T) => void;
  query: string;
  onQuery: (query: string) => void;
  results: readonly T[];
  onAdd: (item: T) => void;
  /** How a chosen value reads in its chip. */
  chip: (item: T) => ReactNode;
  /** How a value found reads in the list. */
  result: (item: T) => ReactNode;
  /** Said instead of the list while the values load, or when they cannot be (else "no match" is the caller's too). */
  status?: ReactNode;
  /** Values offered before the search (those a text names), shown under the hint. */
  offers?: ReactNode;
  errors?: string[];
}) {
  const id = useId();
  const isChosen = (item: T) => chosen.some((c) => c.value === item.value);
  const errorId = errors?.length ? `${id}-error` : undefined;

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium">{words.legend}</legend>
      <p id={`${id}-hint`} className="-mt-1 text-xs text-muted-foreground">
        {words.hint}
      </p>
      {offers}
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={words.chosen}>
          {chosen.map((item) => (
            <li key={item.value} className="flex items-center gap-1 rounded-md border bg-secondary py-1 pr-1 pl-2 text-sm">
              <input type="hidden" name={name} value={item.value} />
              {chip(item)}
              <button
                type="button"
                onClick={() => onRemove(item)}
                className="rounded p-1 text-muted-foreground hover:bg-background hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                aria-label={words.remove(item.label)}
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-col gap-1.5 sm:max-w-xl">
        <label htmlFor={`${id}-search`} className="text-sm">
          {words.search}
        </label>
        <Input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter takes the first value found rather than submitting the whole form.
            if (e.key === "Enter") {
              e.preventDefault();
              const first = results.find((r) => !isChosen(r));
              if (first) onAdd(first);
            }
          }}
          placeholder={words.placeholder}
          autoComplete="off"
          aria-controls={`${id}-results`}
          aria-invalid={errors?.length ? true : undefined}
        />
        <div id={`${id}-results`} aria-live="polite">
          {query.trim() === "" ? null : status ? (
            status
          ) : (
            <ul className="flex flex-col divide-y rounded-md border bg-card" aria-label={words.found}>
              {results.map((item) => {
                const taken = isChosen(item);
                return (
                  <li key={item.value}>
                    {/* A value already chosen is found too, and says so (else a search would seem to find nothing). */}
                    <button
                      type="button"
                      onClick={() => onAdd(item)}
                      disabled={taken}
                      className="flex w-full items-start justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none disabled:cursor-default disabled:hover:bg-transparent"
                      aria-label={taken ? words.alreadyChosen(item.label) : words.add(item.label)}
                    >
                      {result(item)}
                      {taken ? (
                        <span className="flex shrink-0 items-center gap-1 text-xs text-muted-foreground">
                          <Check className="size-3.5" aria-hidden />
                          {words.taken}
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
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
