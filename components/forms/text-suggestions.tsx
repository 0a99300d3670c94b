"use client";
// What an interest's own words name, offered beside the fields that choose it: "Named in your
// title and description: + Wood and furniture industry + Clusters and economic cooperation" above
// the themes, "+ machine learning" in the fields of science. The text is read a moment after typing
// stops (POST /api/theme-suggestions), in any of the vocabulary's six languages; each offer is a
// button that chooses it where it is shown.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { usePaused } from "@/components/use-paused";

export interface Suggested {
  id: number;
  /** The text's words that named it, as the vocabulary writes them. */
  matched: string;
}

export interface TextSuggestions {
  /** Interreg (KEEP) sub-themes. */
  themes: Suggested[];
  /** Fields of science (EuroSciVoc). */
  fields: Suggested[];
}

const NONE: TextSuggestions = { themes: [], fields: [] };
const MIN_TEXT = 20;
const MAX_TEXT = 6000;
const PAUSE_MS = 500;

async function fetchSuggestions(text: string): Promise<TextSuggestions> {
  const response = await fetch("/api/theme-suggestions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
  if (!response.ok) throw new Error(`theme-suggestions: ${response.status}`);
  return (await response.json()) as TextSuggestions;
}

/** The themes and fields a text names, once it says something (20 characters); inside a QueryClientProvider. */
export function useTextSuggestions(text: string): TextSuggestions {
  const query = usePaused(text.trim().slice(0, MAX_TEXT), PAUSE_MS);
  const { data } = useQuery({
    queryKey: ["theme-suggestions", query],
    queryFn: () => fetchSuggestions(query),
    enabled: query.length >= MIN_TEXT,
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData, // no flicker while typing
  });
  return query.length >= MIN_TEXT && data ? data : NONE;
}

/** The offers not chosen yet, as buttons; nothing when there are none. */
export function SuggestedChips({
  heading,
  items,
  addLabel,
  onChoose,
  testId,
}: {
  heading: string;
  /** Those to offer, each with the label its field shows. */
  items: readonly (Suggested & { label: string })[];
  addLabel: (label: string) => string;
  onChoose: (id: number, button: HTMLButtonElement) => void;
  testId?: string;
}) {
  return (
    <div aria-live="polite">
      {items.length > 0 ? (
        <div className="flex flex-col gap-1.5 rounded-md border border-dashed bg-muted/30 px-3 py-2" data-testid={testId}>
          <p className="text-xs text-muted-foreground">{heading}</p>
          <div className="flex flex-wrap gap-1.5">
            {items.map((item) => (
              <button
                key={item.id}
                type="button"
                onClick={(e) => onChoose(item.id, e.currentTarget)}
                aria-label={addLabel(item.label)}
                title={`“${item.matched}”`}
                className="inline-flex items-center gap-1 rounded-full border bg-card px-2.5 py-1 text-xs font-medium hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                <Plus className="size-3.5" aria-hidden />
                {item.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Ticks the checkbox of the button's form that sends `name`=`value` (the theme a suggestion offers)
 * and opens the fold it is in, if any, so that the tick shows.
 */
export function tickBox(button: HTMLButtonElement, name: string, value: string): void {
  const box = button.form?.querySelector<HTMLInputElement>(`input[type="checkbox"][name="${name}"][value="${value}"]`);
  if (!box) return;
  box.checked = true;
  const fold = box.closest("details");
  if (fold) fold.open = true;
}

/**
 * The form's theme checkboxes (`name`) ticked since its last answer — an answer (`state`) brings
 * back what was sent (`sent`) —, kept as they change, so that an offer disappears once ticked and a
 * fold counts what is ticked in it. `onChange` goes on the fieldset that holds the checkboxes.
 */
export function useTicked<S>(state: S, sent: ReadonlySet<string>, name = "themeIds") {
  const [at, setAt] = useState<{ state: S; ids: ReadonlySet<string> } | null>(null);
  const ticked = at?.state === state ? at.ids : sent;
  const tick = (id: string, on: boolean) => {
    const ids = new Set(ticked);
    if (on) ids.add(id);
    else ids.delete(id);
    setAt({ state, ids });
  };
  const onChange = (e: FormEvent<HTMLFieldSetElement>) => {
    const box = e.target as EventTarget;
    if (box instanceof HTMLInputElement && box.name === name && box.type === "checkbox") tick(box.value, box.checked);
  };
  /** For an offer's button: ticks the checkbox (opening its fold) and counts it. */
  const choose = (id: number, button: HTMLButtonElement) => {
    tickBox(button, name, String(id));
    tick(String(id), true);
  };
  return { ticked, onChange, choose };
}
