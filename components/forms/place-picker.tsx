"use client";
// The places an interest targets (countries and NUTS regions), found by typing a name in the
// reader's language (or another), a region's own name or a code, and shown as chips that name
// them: nobody should need to know that Styria is AT22. Each chosen place is sent as one more
// `name` value (its code). The list of places is read once, when the user first types, and kept.
import { useQuery } from "@tanstack/react-query";
import { MapPin } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useMemo } from "react";
import { ChipSearch, chipSearchWords, useChips } from "@/components/forms/chip-search";
import { fetchList } from "@/components/forms/fetch-list";
import { searchPlaces, type Place } from "@/lib/places/search";

/** A place as a chip or a result: sent as its code, named with it ("Steiermark (AT22)"); a result keeps the place found. */
interface PlaceItem {
  value: string;
  label: string;
  code: string;
  name: string;
  place?: Place;
}

function asItem(p: { code: string; name: string }, place?: Place): PlaceItem {
  return { value: p.code, label: p.name === p.code ? p.code : `${p.name} (${p.code})`, code: p.code, name: p.name, ...(place ? { place } : {}) };
}

/** Inside a FormQueryClient (the interest form). */
export function PlacePicker({
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
  const chips = useChips(() => initial.map((p) => asItem(p)));
  const query = chips.query;
  const deferred = useDeferredValue(query);
  const { data: places = [], isLoading, isError } = useQuery({
    queryKey: ["places", locale],
    queryFn: () => fetchList<Place>(`/api/places?lang=${encodeURIComponent(locale)}`, "places"),
    enabled: query.trim() !== "",
    staleTime: Infinity,
  });
  const countries = useMemo(() => new Map(places.filter((p) => p.level === 0).map((p) => [p.code, p.name])), [places]);
  const results = useMemo(() => searchPlaces(places, deferred).map((p) => asItem(p, p)), [places, deferred]);
  const where = (place: Place) =>
    place.level === 0 ? t("country") : t("region", { level: place.level, country: countries.get(place.countryCode) ?? place.countryCode });
  const status = isError ? (
    <p className="text-sm text-destructive">{t("loadError")}</p>
  ) : isLoading ? (
    <p className="text-sm text-muted-foreground">{t("loading")}</p>
  ) : results.length === 0 ? (
    <p className="text-sm text-muted-foreground">{t("noMatch", { query: query.trim() })}</p>
  ) : null;

  return (
    <ChipSearch
      name={name}
      words={chipSearchWords(t, label, hint)}
      {...chips}
      results={results}
      chip={(place) => (
        <>
          <MapPin className="size-3.5 text-muted-foreground" aria-hidden />
          <span>
            {place.name}
            {place.name !== place.code ? <span className="text-xs text-muted-foreground"> ({place.code})</span> : null}
          </span>
        </>
      )}
      result={({ place }) =>
        place ? (
          <span className="flex flex-col">
            <span>
              <span className="font-medium">{place.name}</span> <span className="text-xs text-muted-foreground">{place.code}</span>
            </span>
            <span className="text-xs text-muted-foreground">{where(place)}</span>
          </span>
        ) : null
      }
      status={status}
      errors={errors}
    />
  );
}
