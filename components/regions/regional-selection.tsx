// What the regional view shows: a programme (and a part of it) chosen in a plain GET form, and a
// theme chosen by going down the theme tree (links with the number of projects each would leave).
// Works without JavaScript; everything ends up in the URL.
import { Check, ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import type { ProgrammeSummary } from "@/db/queries/programmes";
import type { ThemeNode } from "@/db/search/vocabulary";
import { formatNumber } from "@/lib/format";
import { programmeLabel } from "@/lib/projects";
import { regionalHref, type RegionalState } from "@/lib/regions/regional";

const MAX_THEMES_SHOWN = 12;

export async function RegionalSelection({
  state,
  programmes,
  parts,
  themeTrail,
  childThemes,
  locale,
}: {
  state: RegionalState;
  programmes: ProgrammeSummary[];
  parts: { id: number; code: string; title: string; count: number }[];
  /** The labels in the reader's language where they have one (lang: the language of each label). */
  themeTrail: (ThemeNode & { lang?: string })[];
  childThemes: (ThemeNode & { count: number; lang?: string })[];
  locale: string;
}) {
  const t = await getTranslations("regions.filters");
  const families = [...new Set(programmes.map((p) => p.family))];
  const sortedParts = [...parts].sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const themes = [...childThemes].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const schemes = state.theme ? [null] : (["keep", "euroscivoc"] as const);
  return (
    <section aria-labelledby="selection-heading" className="flex flex-col gap-5 rounded-xl border bg-card p-4 shadow-xs">
      <h2 id="selection-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <form action="/regions" method="get" className="flex flex-col gap-3">
        {state.theme ? <input type="hidden" name="theme" value={state.theme} /> : null}
        {state.country ? <input type="hidden" name="country" value={state.country} /> : null}
        {state.region ? <input type="hidden" name="region" value={state.region} /> : null}
        {state.sort !== "projects" ? <input type="hidden" name="sort" value={state.sort} /> : null}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="regional-programme">{t("programme")}</Label>
          <NativeSelect id="regional-programme" name="programme" defaultValue={state.programme ?? ""} key={state.programme ?? ""}>
            <option value="">{t("allProgrammes")}</option>
            {families.map((family) => (
              <optgroup key={family} label={family}>
                {programmes
                  .filter((p) => p.family === family)
                  .map((p) => (
                    <option key={p.code} value={p.code}>
                      {programmeLabel(p)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </NativeSelect>
        </div>
        {state.programme && sortedParts.length > 0 ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="regional-part">{t("part")}</Label>
            <NativeSelect id="regional-part" name="part" defaultValue={state.part ? String(state.part) : ""} key={`${state.programme}-${state.part ?? ""}`}>
              <option value="">{t("allParts")}</option>
              {sortedParts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} {p.title} ({formatNumber(p.count, locale)})
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <Button type="submit" size="sm" className="self-start">
          {t("apply")}
        </Button>
      </form>

      <div className="flex flex-col gap-1.5 border-t pt-4">
        <h3 className="text-sm font-semibold">{t("theme")}</h3>
        {themeTrail.length > 0 ? (
          <ul className="flex flex-col text-sm">
            <li>
              <Link href={regionalHref(state, { theme: undefined })} className="inline-flex items-center gap-1 py-1 text-primary underline-offset-4 hover:underline">
                <ChevronLeft aria-hidden className="size-3.5" />
                {t("allThemes")}
              </Link>
            </li>
            {themeTrail.map((node, i) => {
              const current = i === themeTrail.length - 1;
              return (
                <li key={node.id} style={{ paddingLeft: `${(i + 1) * 0.5}rem` }}>
                  {current ? (
                    <span aria-current="true" className="inline-flex items-start gap-1 py-1 font-semibold" lang={node.lang ?? "en"}>
                      <Check aria-hidden className="mt-0.5 size-3.5 shrink-0 text-primary" />
                      {node.label}
                    </span>
                  ) : (
                    <Link href={regionalHref(state, { theme: node.id })} className="inline-block py-1 text-primary underline-offset-4 hover:underline" lang={node.lang ?? "en"}>
                      {node.label}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
        <p className="mt-1 text-xs text-muted-foreground">{state.theme ? t("narrowBelow") : t("narrow")}</p>
        {themes.length === 0 ? <p className="text-sm text-muted-foreground">{t("noNarrower")}</p> : null}
        {schemes.map((scheme) => {
          const list = themes.filter((node) => scheme === null || node.scheme === scheme);
          if (list.length === 0) return null;
          return (
            <div key={scheme ?? "all"} className="flex flex-col">
              {scheme ? <h4 className="mt-1 text-xs font-medium tracking-wide text-muted-foreground uppercase">{scheme === "keep" ? t("schemeKeep") : t("schemeEuroscivoc")}</h4> : null}
              <ThemeLinks state={state} themes={list.slice(0, MAX_THEMES_SHOWN)} t={t} />
              {list.length > MAX_THEMES_SHOWN ? (
                <details className="group">
                  <summary className="cursor-pointer py-1 text-sm text-primary">{t("more", { count: list.length - MAX_THEMES_SHOWN })}</summary>
                  <ThemeLinks state={state} themes={list.slice(MAX_THEMES_SHOWN)} t={t} />
                </details>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function ThemeLinks({
  state,
  themes,
  t,
}: {
  state: RegionalState;
  themes: (ThemeNode & { count: number; lang?: string })[];
  t: Awaited<ReturnType<typeof getTranslations<"regions.filters">>>;
}) {
  return (
    <ul className="flex flex-col text-sm">
      {themes.map((node) => (
        <li key={node.id}>
          <Link href={regionalHref(state, { theme: node.id })} className="flex items-baseline justify-between gap-3 rounded-md py-1 underline-offset-4 hover:text-primary hover:underline">
            <span lang={node.lang ?? "en"}>{node.label}</span>
            <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
              <span className="sr-only">, </span>
              {t("projectCount", { count: node.count })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
