"use client";
// "Named in your title and description: + Wood and furniture industry  + Clusters and economic
// cooperation": the themes of the list below that the interest's own words name, in any of the
// vocabulary's six languages (POST /api/theme-suggestions), each a button that ticks it there.
// Shown once the text says something (20 characters), a moment after typing stops.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

interface Suggested {
  id: number;
  matched: string;
}

const MIN_TEXT = 20;
const PAUSE_MS = 500;

async function fetchSuggestions(text: string): Promise<Suggested[]> {
  const response = await fetch("/api/theme-suggestions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
  if (!response.ok) throw new Error(`theme-suggestions: ${response.status}`);
  return ((await response.json()) as { themes: Suggested[] }).themes;
}

/** The text, once it has not changed for a moment. */
function usePaused(text: string): string {
  const [paused, setPaused] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return paused;
}

/** Inside a FormQueryClient (the interest form). */
export function ThemeSuggestions({
  text,
  labels,
  chosen,
  onChoose,
}: {
  text: string;
  /** The label the form's list shows for each theme it offers. */
  labels: ReadonlyMap<number, string>;
  /** Themes ticked already: not offered again. */
  chosen: ReadonlySet<string>;
  onChoose: (themeId: number, button: HTMLButtonElement) => void;
}) {
  const t = useTranslations("interests.form");
  const query = usePaused(text.trim().slice(0, 6000));
  const { data = [] } = useQuery({
    queryKey: ["theme-suggestions", query],
    queryFn: () => fetchSuggestions(query),
    enabled: query.length >= MIN_TEXT,
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
  const offered = data.filter((s) => labels.has(s.id) && !chosen.has(String(s.id)));
  return (
    <div aria-live="polite" className="empty:hidden">
      {offered.length > 0 ? (
        <div className="flex flex-col gap-1.5 rounded-md border border-dashed bg-muted/30 px-3 py-2" data-testid="theme-suggestions">
          <p className="text-xs text-muted-foreground">{t("suggestedThemes")}</p>
          <div className="flex flex-wrap gap-1.5">
            {offered.map((s) => (
              <button
                key={s.id}
                type="button"
                onClick={(e) => onChoose(s.id, e.currentTarget)}
                aria-label={t("addSuggestedTheme", { label: labels.get(s.id)! })}
                title={`“${s.matched}”`}
                className="inline-flex items-center gap-1 rounded-full border bg-card px-2.5 py-1 text-xs font-medium hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                <Plus className="size-3.5" aria-hidden />
                {labels.get(s.id)}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
