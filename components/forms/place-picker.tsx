"use client";
// The places an interest targets (countries and NUTS regions), found by typing a name in the
// reader's language (or another), a region's own name or a code, and shown as chips that name
// them: nobody should need to know that Styria is AT22. Each chosen place is sent as one more
// `name` value (its code). The list of places is read once, when the user first types.
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { Check, MapPin, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { FieldErrors } from "@/components/forms/form-field";
import { Input } from "@/components/ui/input";
import { searchPlaces, type Place } from "@/lib/places/search";

async function fetchPlaces(lang: string): Promise<Place[]> {
  const response = await fetch(`/api/places?lang=${encodeURIComponent(lang)}`);
  if (!response.ok) throw new Error(`places: ${response.status}`);
  return ((await response.json()) as { places: Place[] }).places;
}

// Its own client: the form it sits in has none (the places are read once per page, then kept).
const queryClient = new QueryClient();

export function PlacePicker(props: Parameters<typeof PlaceSearch>[0]) {
  return (
    <QueryClientProvider client={queryClient}>
      <PlaceSearch {...props} />
    </QueryClientProvider>
  );
}

function PlaceSearch({
  name,
  label,
  hint,
  initial,
  errors,
}: {
  name: string;
  label: string;
  hint: string;
  /** The places chosen so far, with their names (a code the server does not know keeps its code as name). */
  initial: { code: string; name: string }[];
  errors?: string[];
}) {
  const t = useTranslations("forms.places");
  const locale = useLocale();
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const { data: places = [], isLoading, isError } = useQuery({
    queryKey: ["places", locale],
    queryFn: () => fetchPlaces(locale),
    enabled: query.trim() !== "",
    staleTime: Infinity,
  });
  const countries = useMemo(() => new Map(places.filter((p) => p.level === 0).map((p) => [p.code, p.name])), [places]);
  const results = useMemo(() => searchPlaces(places, deferred), [places, deferred]);
  const isChosen = (code: string) => chosen.some((c) => c.code === code);
  const add = (place: Place) => {
    setChosen((c) => (c.some((x) => x.code === place.code) ? c : [...c, { code: place.code, name: place.name }]));
    setQuery("");
  };
  const where = (place: Place) =>
    place.level === 0 ? t("country") : t("region", { level: place.level, country: countries.get(place.countryCode) ?? place.countryCode });
  const errorId = errors?.length ? `${id}-error` : undefined;

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium">{label}</legend>
      <p id={`${id}-hint`} className="-mt-1 text-xs text-muted-foreground">
        {hint}
      </p>
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosen")}>
          {chosen.map((place) => (
            <li key={place.code} className="flex items-center gap-1 rounded-md border bg-secondary py-1 pr-1 pl-2 text-sm">
              <input type="hidden" name={name} value={place.code} />
              <MapPin className="size-3.5 text-muted-foreground" aria-hidden />
              <span>
                {place.name}
                {place.name !== place.code ? <span className="text-xs text-muted-foreground"> ({place.code})</span> : null}
              </span>
              <button
                type="button"
                onClick={() => setChosen((c) => c.filter((x) => x.code !== place.code))}
                className="rounded p-1 text-muted-foreground hover:bg-background hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                aria-label={t("remove", { name: place.name })}
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
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
            // Enter takes the first place found rather than submitting the whole form.
            if (e.key === "Enter") {
              e.preventDefault();
              const first = results.find((p) => !isChosen(p.code));
              if (first) add(first);
            }
          }}
          placeholder={t("placeholder")}
          autoComplete="off"
          aria-controls={`${id}-results`}
          aria-invalid={errors?.length ? true : undefined}
        />
        <div id={`${id}-results`} aria-live="polite">
          {query.trim() === "" ? null : isError ? (
            <p className="text-sm text-destructive">{t("loadError")}</p>
          ) : isLoading ? (
            <p className="text-sm text-muted-foreground">{t("loading")}</p>
          ) : results.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noMatch", { query: query.trim() })}</p>
          ) : (
            <ul className="flex flex-col divide-y rounded-md border bg-card" aria-label={t("found")}>
              {results.map((place) => {
                const taken = isChosen(place.code);
                return (
                  <li key={place.code}>
                    <button
                      type="button"
                      onClick={() => add(place)}
                      disabled={taken}
                      className="flex w-full items-start justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none disabled:cursor-default disabled:hover:bg-transparent"
                      aria-label={taken ? t("alreadyChosen", { name: place.name }) : t("add", { name: place.name, code: place.code })}
                    >
                      <span className="flex flex-col">
                        <span>
                          <span className="font-medium">{place.name}</span> <span className="text-xs text-muted-foreground">{place.code}</span>
                        </span>
                        <span className="text-xs text-muted-foreground">{where(place)}</span>
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
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
