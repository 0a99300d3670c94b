"use client";
// The NUTS region of an organisation, picked from its country's hierarchy (levels 1 to 3,
// indented) with a search box that filters by name or code. A native <select>, so it works with
// the keyboard and screen readers; the regions come from /api/regions for the chosen country.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { fetchList } from "@/components/forms/fetch-list";
import { FieldErrors } from "@/components/forms/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { filterRegionTree, type NutsRegion as Region } from "@/lib/places/region-filter";

export function RegionPicker({ country, defaultValue, errors }: { country: string; defaultValue?: string | null; errors?: string[] }) {
  const id = useId();
  const t = useTranslations("profile.region");
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState(defaultValue ?? "");
  const deferredQuery = useDeferredValue(query);
  const { data: regions = [], isLoading, isError } = useQuery({
    queryKey: ["regions", country],
    queryFn: () => fetchList<Region>(`/api/regions?country=${encodeURIComponent(country)}`, "regions"),
    enabled: /^[A-Z]{2}$/.test(country),
    staleTime: Infinity,
  });

  // A region matches when its name or code does; its ancestors are kept so the tree still reads.
  const visible = useMemo(() => filterRegionTree(regions, deferredQuery, selected), [regions, deferredQuery, selected]);

  const selectedStillValid = selected === "" || regions.length === 0 || regions.some((r) => r.code === selected);
  const value = selectedStillValid ? selected : "";
  const errorId = errors?.length ? `${id}-error` : undefined;

  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`${id}-select`}>{t("label")}</Label>
      <Input
        type="search"
        aria-label={t("search")}
        placeholder={country ? t("searchPlaceholder") : t("chooseCountryFirst")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        disabled={!country || regions.length === 0}
        aria-controls={`${id}-select`}
      />
      <select
        id={`${id}-select`}
        name="nutsCode"
        size={7}
        value={value}
        onChange={(e) => setSelected(e.target.value)}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
        aria-invalid={errorId ? true : undefined}
        className="w-full rounded-md border border-input bg-card px-1 py-1 text-sm shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring/40 aria-invalid:border-destructive"
      >
        <option value="">{t("none")}</option>
        {visible.map((r) => (
          <option key={r.code} value={r.code}>
            {"\u2003".repeat(r.level - 1)}
            {r.name} ({r.code})
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {isLoading
          ? t("loading")
          : isError
            ? t("failed")
            : !country
              ? t("hintNoCountry")
              : query && visible.length === 0
                ? t("hintNoMatch")
                : t("hint")}
      </p>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
