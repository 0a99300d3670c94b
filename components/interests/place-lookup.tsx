// "Where would another organisation rank?" under an interest's matches: a name or PIC typed (a GET
// form: the question lives in the URL), then where this interest's matching would put that
// organisation and why — as a match card when it is ranked, else the filter or the rule that
// leaves it out — and the other organisations the name found.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { InterestPlace } from "@/db/interests/place";
import type { StoredMatch } from "@/db/queries/interests";
import type { OrganisationType } from "@/db/schema/knowledge";
import { formatCountry } from "@/lib/format";
import type { PlaceRequest } from "@/lib/interests/match-filter";
import { MATCHES_KEPT } from "@/lib/interests/match-query";
import type { ThemeNames } from "@/lib/search/theme-names";
import type { ShortlistChoiceProps } from "@/components/shortlists/add-to-shortlist";
import { Button } from "@/components/ui/button";
import { SuggestingSearchInput } from "@/components/search/search-suggestions";
import { MatchCard } from "./match-card";

export async function PlaceLookup({
  interestId,
  ask,
  placed,
  matches,
  partnerTypes,
  countries,
  locale,
  hidden,
  card,
}: {
  interestId: number;
  ask: PlaceRequest | null;
  placed: InterestPlace | { found: false } | null;
  /** The interest's stored matches (to say whether it is among them). */
  matches: readonly StoredMatch[];
  partnerTypes: readonly OrganisationType[];
  /** The countries partners must come from (asked, or the programme's area). */
  countries: readonly string[];
  locale: string;
  /** The list's filters, kept by the form. */
  hidden: Record<string, string | undefined>;
  card: { best: number; shortlists?: ShortlistChoiceProps; interestTitle: string; themeNames: ThemeNames; placeNames: Readonly<Record<string, string>> };
}) {
  const t = await getTranslations("matching.place");
  const types = await getTranslations("labels.organisationTypes");
  const strong = (chunks: ReactNode) => <strong className="font-semibold text-foreground">{chunks}</strong>;
  const country = (code: string | null, name?: string | null) => formatCountry(code, locale, name) ?? code ?? "";
  // Type names are labels: quoted, as the reader's language quotes (the catalogue's quotation marks, as search quotes a query's parts).
  const quotes = await getTranslations("search.partialMatch");
  const quote = (phrase: string) => quotes("quoted", { phrase });
  const either = (items: string[]) => new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
  let verdict: ReactNode = null;
  if (placed && "found" in placed) {
    verdict = <p>{t("notFound", { q: ask?.q ?? "" })}</p>;
  } else if (placed) {
    const { organisation, place } = placed;
    const name = organisation.name;
    if (place.kind === "ranked") {
      const stored = matches.find((m) => m.organisationId === organisation.id);
      const note = stored ? (stored.dismissed ? t("dismissed") : t("inList")) : place.rank <= MATCHES_KEPT ? t("wouldEnter", { kept: MATCHES_KEPT }) : t("belowList", { kept: MATCHES_KEPT });
      verdict = (
        <>
          <p>
            {t.rich("ranked", { name, rank: place.rank, of: place.of, strong })} {note}
          </p>
          {placed.card ? (
            <ol aria-label={name}>
              <MatchCard match={placed.card} interestId={interestId} position={place.rank} {...card} />
            </ol>
          ) : null}
        </>
      );
    } else if (place.kind === "type") {
      verdict = <p>{t.rich("type", { name, type: quote(types(organisation.type)), types: either(partnerTypes.map((type) => quote(types(type)))), strong })}</p>;
    } else if (place.kind === "country") {
      verdict = <p>{t.rich("country", { name, country: country(organisation.countryCode, organisation.countryName), countries: either(countries.map((c) => country(c)).sort((a, b) => a.localeCompare(b, locale))), strong })}</p>;
    } else {
      verdict = <p>{t.rich(place.kind, { name, strong })}</p>;
    }
  }
  const others = placed && !("found" in placed) ? placed.others : [];
  return (
    <details id="place" open={ask !== null} className="scroll-mt-20 rounded-xl border bg-card px-4 py-3">
      <summary className="cursor-pointer text-sm font-medium">{t("heading")}</summary>
      <div className="mt-2 flex flex-col gap-3 text-sm">
        <p className="text-muted-foreground">{t("intro")}</p>
        <form method="get" action={`/interests/${interestId}#place`} role="search" aria-label={t("heading")} className="flex flex-wrap items-center gap-2">
          {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
          <label htmlFor="place-q" className="sr-only">
            {t("label")}
          </label>
          <div className="relative w-full sm:w-80">
            <SuggestingSearchInput
              id="place-q"
              name="place"
              defaultValue={ask?.q ?? ""}
              placeholder={t("placeholder")}
              organisationsTo={`/interests/${interestId}?${new URLSearchParams({ ...definedOnly(hidden), placeId: "{id}" }).toString().replace("%7Bid%7D", "{id}")}#place`}
              alignLeft
            />
          </div>
          <Button type="submit" size="sm" variant="outline">
            {t("submit")}
          </Button>
        </form>
        {verdict ? (
          <div className="flex flex-col gap-3" data-testid="place-verdict">
            {verdict}
          </div>
        ) : null}
        {others.length ? (
          <p className="text-muted-foreground">
            {t("others")}{" "}
            {others.map((o, i) => (
              <span key={o.id}>
                {i > 0 ? " · " : null}
                <Link href={`/interests/${interestId}?${new URLSearchParams({ ...definedOnly(hidden), placeId: String(o.id) })}#place`} className="text-primary underline-offset-4 hover:underline">
                  {o.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </details>
  );
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}
